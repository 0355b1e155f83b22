package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * The last step of an article's extraction: reports of one event inside the article merged, meetings between
 * leaders made summits, titles, and the entities the article named.
 */
final class ArticleEvents {
    private final EventMerger merger;
    private final EntityFinder names;
    private final Story story;

    ArticleEvents(EventMerger merger, EntityFinder names, Story story) {
        this.merger = merger;
        this.names = names;
        this.story = story;
    }

    /**
     * Two reports of one event combined; a photo caption's report adds its sentence, date and place to an event the
     * story reports but not the people shown in the picture.
     */
    private Event merge(Event kept, Event other) {
        boolean keptCaption = story.fromCaption(kept);
        boolean otherCaption = story.fromCaption(other);
        if (keptCaption && !otherCaption) {
            return merger.merge(Story.withoutParticipants(kept), other);
        }
        return merger.merge(kept, otherCaption && !keptCaption ? Story.withoutParticipants(other) : other);
    }

    /** Several sentences about one event become one event; earlier events absorb later ones. */
    List<Event> consolidate(List<Event> found) {
        // one pass in reading order: each report joins the earlier event it best matches
        List<Event> out = new ArrayList<>(found.size());
        for (Event e : found) {
            int best = -1;
            int bestScore = -1;
            for (int i = 0; i < out.size(); i++) {
                int score = sameness(e, out.get(i));
                if (score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                out.set(best, merge(out.get(best), e));
            } else {
                out.add(e);
            }
        }
        // then until nothing changes: a merged event may now match one it did not match before (rarely needed;
        // restarting this loop after every merge was the cost of the old single loop)
        boolean changed = true;
        while (changed) {
            changed = false;
            outer:
            for (int i = 0; i < out.size(); i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    if (sameness(out.get(j), out.get(i)) >= 0) {
                        int k = i;
                        int bestScore = -1;
                        for (int c = 0; c < j; c++) {
                            int score = sameness(out.get(j), out.get(c));
                            if (score > bestScore) {
                                k = c;
                                bestScore = score;
                            }
                        }
                        out.set(k, merge(out.get(k), out.get(j)));
                        out.remove(j);
                        changed = true;
                        break outer;
                    }
                }
            }
        }
        return out;
    }

    /**
     * How strongly two reports of this article are one event ({@link EventMerger#sameness}), except that two
     * different kinds of gathering with different groups are two events: the talks Witkoff joins and his meeting
     * with the Emir the same day share Witkoff, but each has someone the other has not.
     */
    private int sameness(Event a, Event b) {
        int score = merger.sameness(a, b);
        return score >= 0 && a.type() != b.type() && distinctGroups(a, b) ? -1 : score;
    }

    private static boolean distinctGroups(Event a, Event b) {
        return present(a) >= 2 && present(b) >= 2 && hasOwn(a, b) && hasOwn(b, a);
    }

    private static int present(Event e) {
        int n = 0;
        for (Participant p : e.participants()) {
            n += p.role().present() ? 1 : 0;
        }
        return n;
    }

    /** True when {@code a} has someone present whom {@code b} does not name as present. */
    private static boolean hasOwn(Event a, Event b) {
        outer:
        for (Participant p : a.participants()) {
            if (!p.role().present()) {
                continue;
            }
            for (Participant q : b.participants()) {
                if (q.role().present() && q.name().equals(p.name())) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Meetings between leaders of two or more countries are summits; titles last. */
    Event finish(Event e) {
        EventType type = e.type();
        boolean hosted = e.participants().stream().anyMatch(p -> p.role() == Role.HOST);
        if ((type == EventType.MEETING || (type == EventType.TALKS && hosted)) && isSummit(e)) {
            // a leader receiving another leader, for a meeting or for talks, is a bilateral summit
            type = EventType.SUMMIT;
        }
        Event typed = new Event(0, type, null, e.date(), e.derivation(), e.location(), e.status(), e.participants(),
                e.mentions(), e.disagreements());
        return new Event(0, type, EventTitles.of(typed), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), e.mentions(), e.disagreements());
    }

    private boolean isSummit(Event e) {
        Set<String> countries = new java.util.HashSet<>();
        int present = 0;
        for (Participant p : e.participants()) {
            if (!p.role().present()) {
                continue;
            }
            KnownEntity k = known(p.name());
            if (k != null && k.kind() == EntityKind.ORGANISATION && k.title() != null
                    && (k.title().contains("government") || k.title().contains("presidency"))) {
                continue; // "the Kremlin" beside Putin is his government, not another party
            }
            present++;
            if (k == null || !k.leader()) {
                return false;
            }
            countries.add(k.country());
        }
        return present >= 2 && countries.size() >= 2;
    }

    private KnownEntity known(String name) {
        for (KnownEntity k : names.aliasesUsed().keySet()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<KnownEntity, Set<String>> e : names.aliasesUsed().entrySet()) {
            KnownEntity k = e.getKey();
            List<String> aliases = e.getValue().stream().filter(a -> !a.equals(k.name())).toList();
            out.add(new Entity(0, k.name(), k.kind() == null ? EntityKind.PERSON : k.kind(), k.title(), aliases));
        }
        return out;
    }
}
