package parley.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import parley.domain.Event;
import parley.domain.Mention;
import parley.domain.Tombstone;

/**
 * What analysts said about one source while it is extracted again: the sentences of events they deleted, and the
 * events they own (confirmed or edited) that hold sentences of it. An extracted event sharing a sentence with an
 * owned event is that event: merged and split events therefore stay as the analyst left them.
 */
final class AnalystWord {
    private final List<Tombstone> tombstones;
    private final List<Event> owned;

    AnalystWord(List<Tombstone> tombstones, List<Event> owned) {
        this.tombstones = List.copyOf(tombstones);
        this.owned = new ArrayList<>(owned);
        this.owned.sort(Comparator.comparingLong(Event::id));
    }

    /** The event without the sentences a deleted event of its type held. */
    Event unburied(Event e) {
        if (tombstones.isEmpty()) {
            return e;
        }
        List<Mention> kept = e.mentions().stream()
                .filter(m -> tombstones.stream().noneMatch(t -> t.buries(m, e.type()))).toList();
        return kept.size() == e.mentions().size() ? e : copy(e, kept);
    }

    /** The owned event (lowest id) holding any of this event's sentences. */
    Optional<Event> owner(Event e) {
        return owned.stream().filter(o -> o.mentions().stream().anyMatch(m -> holds(e, m))).findFirst();
    }

    /**
     * The owned event with the extracted event's sentences that no owned event holds yet; its fields stay. The
     * result replaces the owned event for the rest of this extraction.
     */
    Event gain(Event owner, Event extracted) {
        Set<String> held = new HashSet<>();
        owned.forEach(o -> o.mentions().forEach(m -> held.add(key(m))));
        owner.mentions().forEach(m -> held.add(key(m)));
        List<Mention> mentions = new ArrayList<>(owner.mentions());
        for (Mention m : extracted.mentions()) {
            if (held.add(key(m))) {
                mentions.add(m);
            }
        }
        mentions.sort(Comparator.comparingLong(Mention::sourceId).thenComparingInt(Mention::start));
        Event grown = copy(owner, mentions);
        owned.removeIf(o -> o.id() == owner.id());
        owned.add(grown);
        owned.sort(Comparator.comparingLong(Event::id));
        return grown;
    }

    private static boolean holds(Event e, Mention held) {
        return e.mentions().stream().anyMatch(m -> key(m).equals(key(held)));
    }

    private static String key(Mention m) {
        return m.sourceId() + ":" + m.start() + ":" + m.end();
    }

    private static Event copy(Event e, List<Mention> mentions) {
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), mentions, e.disagreements(), e.confirmed(), e.edited());
    }
}
