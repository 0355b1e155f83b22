package parley.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventExtractor;
import parley.domain.EventStatus;
import parley.domain.EventStore;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Source;
import parley.domain.Tombstone;
import parley.extract.EventMerger;
import parley.extract.EventTitles;
import parley.extract.RuleBasedExtractor;

/**
 * Makes the analyst's edits as commands. Making a command reads the store (for its description); nothing changes
 * until it is executed, normally through {@link EditHistory#perform}. Every command that changes an event marks it
 * edited; confirming marks it confirmed. Call from a background thread: each step is a store transaction.
 */
public final class Review {
    private static final int TITLE_CHARS = 40;

    private final EventStore store;
    private final EventMerger merger;
    private final SourceDating dating;
    private final EventExtractor extractor;

    public Review(EventStore store, EventMerger merger, SourceDating dating) {
        this(store, merger, dating, new RuleBasedExtractor());
    }

    /** @param extractor splits sources into sentences and guesses what a selected sentence reports */
    public Review(EventStore store, EventMerger merger, SourceDating dating, EventExtractor extractor) {
        this.store = store;
        this.merger = merger;
        this.dating = dating;
        this.extractor = extractor;
    }

    /**
     * What "Add event from selection" proposes: the whole sentences a selection of a source's text covers, and an
     * event guessed from them for the analyst to correct before {@link #add} stores it.
     *
     * @param event    type, status, date, place and participants as extraction reads the sentences alone; the date
     *                 falls back to the article's publication date, the type to OTHER
     * @param evidence the sentences, as a span of the source's text
     * @param sentence their words
     */
    public record Draft(Event event, Evidence evidence, String sentence) {
    }

    /**
     * Widens a selection [start, end) of a source's text to the sentences it touches and guesses the event they
     * report by running extraction on those sentences alone (cheap: a sentence or two). Reads the store: call it off
     * the FX thread.
     */
    public Draft draftFromSelection(long sourceId, int start, int end) {
        Source s = store.source(sourceId).orElseThrow(() -> new IllegalArgumentException(
                "There is no source " + sourceId + " in the store."));
        Evidence evidence = SelectionSentences.cover(s.text(), extractor.sentences(s.text()), sourceId, start, end);
        String sentence = s.text().substring(evidence.start(), evidence.end());
        return new Draft(SelectionSentences.guess(extractor, s, sentence), evidence, sentence);
    }

    /** A sentence (or any span) of a source, as evidence for an event added by hand. */
    public record Evidence(long sourceId, int start, int end) {
    }

    /** One event as stored, with all its sentences (the timeline's rows may carry none). Reads the store. */
    public java.util.Optional<Event> find(long id) {
        return store.event(id);
    }

    /** The edits recorded for this event, oldest first. Reads the store. */
    public List<parley.domain.EditRecord> history(long eventId) {
        return store.history(eventId);
    }

    public EditCommand confirm(long eventId) {
        Event e = event(eventId);
        return change("Confirm '" + shorten(e.title()) + "'", eventId, "confirm", "confirmed",
                ev -> ev.withReview(true, ev.edited()));
    }

    public EditCommand unconfirm(long eventId) {
        Event e = event(eventId);
        return change("Unconfirm '" + shorten(e.title()) + "'", eventId, "unconfirm", "not confirmed",
                ev -> ev.withReview(false, ev.edited()));
    }

    public EditCommand setType(long eventId, EventType type) {
        Objects.requireNonNull(type, "type");
        return edit(eventId, "type", type.name(), "set-type", e -> copy(e).type(type).build());
    }

    public EditCommand setStatus(long eventId, EventStatus status) {
        Objects.requireNonNull(status, "status");
        return edit(eventId, "status", status.name(), "set-status", e -> copy(e).status(status).build());
    }

    /** The date at its precision (with time, range end), e.g. {@code EventDate.month(...)} for "August 2025". */
    public EditCommand setDate(long eventId, EventDate date) {
        EventDate d = date == null ? EventDate.UNKNOWN : date;
        return edit(eventId, "date", d.known() ? d.iso() : "undated", "set-date", e -> copy(e).date(d).build());
    }

    /** The time of day on the event's day (null removes it; the date becomes day-precise). */
    public EditCommand setTime(long eventId, LocalTime time) {
        return edit(eventId, "time", time == null ? "none" : time.toString(), "set-time", e -> {
            if (!e.date().known()) {
                throw new IllegalArgumentException("Give the event a day before a time.");
            }
            EventDate d = new EventDate(e.date().start(), time == null ? Precision.DAY : Precision.MINUTE, time,
                    e.date().end());
            return copy(e).date(d).build();
        });
    }

    public EditCommand setLocation(long eventId, String location) {
        String loc = blankToNull(location);
        return edit(eventId, "location", loc == null ? "none" : loc, "set-location",
                e -> copy(e).location(loc).build());
    }

    public EditCommand setTitle(long eventId, String title) {
        String t = blankToNull(title);
        if (t == null) {
            throw new IllegalArgumentException("A title cannot be empty.");
        }
        return edit(eventId, "title", "'" + shorten(t) + "'", "set-title", e -> copy(e).title(t).build());
    }

    /** Participants and their roles, replacing the list. */
    public EditCommand setParticipants(long eventId, List<Participant> participants) {
        List<Participant> ps = List.copyOf(participants);
        return edit(eventId, "participants", ps.size() + (ps.size() == 1 ? " participant" : " participants"),
                "set-participants", e -> copy(e).participants(ps).build());
    }

    /** Several fields at once (the edit dialog): the event's fields become those of {@code changed}. */
    public EditCommand update(long eventId, Event changed) {
        Event e = event(eventId);
        return change("Edit '" + shorten(e.title()) + "'", eventId, "edit", null,
                ev -> retitled(ev, copy(ev).type(changed.type()).status(changed.status()).date(changed.date())
                        .location(blankToNull(changed.location())).participants(changed.participants())
                        .title(blankToNull(changed.title()) == null ? ev.title() : changed.title().strip()).build())
                        .withReview(ev.confirmed(), true));
    }

    /**
     * Adds an event by hand, optionally supported by a span of a source's text. It is both confirmed and edited: a
     * person made it. A missing title is made from its type and participants.
     */
    public EditCommand add(Event draft, Evidence evidence) {
        Event base = draft.withId(0);
        String title = blankToNull(base.title()) != null ? base.title() : EventTitles.of(base);
        return new EventChange(store, "Add '" + shorten(title) + "'", tx -> {
            List<Mention> mentions = new ArrayList<>();
            if (evidence != null) {
                Source s = tx.source(evidence.sourceId()).orElseThrow(() -> new IllegalArgumentException(
                        "There is no source " + evidence.sourceId() + " in the store."));
                String text = s.text();
                if (evidence.start() < 0 || evidence.end() > text.length() || evidence.start() >= evidence.end()) {
                    throw new IllegalArgumentException("The sentence lies outside the source's text.");
                }
                mentions.add(new Mention(s.id(), evidence.start(), evidence.end(),
                        text.substring(evidence.start(), evidence.end()), "added by hand"));
            }
            Event added = new Event(0, base.type(), title, base.date(), null, base.location(), base.status(),
                    base.participants(), mentions, List.of(), true, true);
            return new EventChange.Change(List.of(), List.of(added), List.of(), "add", Diff.summary(added));
        });
    }

    /** Deletes an event; re-extraction will not bring it back (a tombstone keeps its sentences and type). */
    public EditCommand delete(long eventId) {
        Event e = event(eventId);
        return new EventChange(store, "Delete '" + shorten(e.title()) + "'", tx -> {
            Event now = current(tx, eventId);
            List<Tombstone> buried = now.mentions().stream().map(m -> Tombstone.of(now, m)).toList();
            return new EventChange.Change(List.of(now), List.of(), buried, "delete", Diff.summary(now));
        });
    }

    /** Merges two or more events into the first: mentions and participants combined; the others are removed. */
    public EditCommand merge(List<Long> eventIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(eventIds));
        if (ids.size() < 2) {
            throw new IllegalArgumentException("Merging needs at least two different events.");
        }
        Event first = event(ids.get(0));
        ids.forEach(this::event);
        return new EventChange(store, "Merge " + ids.size() + " events into '" + shorten(first.title()) + "'", tx -> {
            List<Event> before = ids.stream().map(id -> current(tx, id)).toList();
            Event merged = before.get(0);
            boolean confirmed = merged.confirmed();
            for (Event other : before.subList(1, before.size())) {
                merged = merger.merge(merged, other);
                confirmed |= other.confirmed();
            }
            // An analyst's title survives the merge: the first merged event's that has one (the kept event first).
            String custom = before.stream().filter(Review::customTitle).map(Event::title).findFirst().orElse(null);
            if (custom != null) {
                merged = copy(merged).title(custom).build();
            }
            merged = merged.withReview(confirmed, true);
            return new EventChange.Change(before, List.of(merged), List.of(), "merge",
                    "merged events " + ids + " into " + ids.get(0));
        });
    }

    /**
     * Splits an event: the mentions at these positions (0-based, in the event's order) move to a new event with
     * the same fields, which the analyst then corrects. Both are marked edited.
     */
    public EditCommand split(long eventId, Set<Integer> mentionPositions) {
        Event e = event(eventId);
        Set<Integer> moved = Set.copyOf(mentionPositions);
        if (moved.isEmpty() || moved.size() >= e.mentions().size()
                || moved.stream().anyMatch(i -> i < 0 || i >= e.mentions().size())) {
            throw new IllegalArgumentException("Split moves some, not all, of the event's "
                    + e.mentions().size() + " sentences (positions 0 to " + (e.mentions().size() - 1) + ").");
        }
        return new EventChange(store, "Split '" + shorten(e.title()) + "'", tx -> {
            Event now = current(tx, eventId);
            List<Mention> stay = new ArrayList<>();
            List<Mention> go = new ArrayList<>();
            for (int i = 0; i < now.mentions().size(); i++) {
                (moved.contains(i) ? go : stay).add(now.mentions().get(i));
            }
            if (stay.isEmpty() || go.isEmpty()) {
                throw new IllegalStateException("The event changed since the split was chosen.");
            }
            Event kept = copy(now).mentions(stay).build().withReview(now.confirmed(), true);
            Event split = copy(now).mentions(go).build().withId(0).withReview(false, true);
            return new EventChange.Change(List.of(now), List.of(kept, split), List.of(), "split",
                    go.size() + " of " + now.mentions().size() + " sentences moved to a new event");
        });
    }

    /** Sets or corrects an article's publication date (its events re-resolve; analysts' events stay). */
    public EditCommand setPublicationDate(long sourceId, LocalDate date) {
        return new PublicationDateChange(store, dating, sourceId, date);
    }

    /** "Change date of 'Call: Starmer, Zelensky' to 2025-08-14": an edit of one field. */
    private EditCommand edit(long eventId, String field, String value, String action, UnaryOperator<Event> how) {
        Event e = event(eventId);
        return change("Change " + field + " of '" + shorten(e.title()) + "' to " + value, eventId, action, null,
                ev -> retitled(ev, how.apply(ev)).withReview(ev.confirmed(), true));
    }

    /**
     * True when the event's title is not the one Parley makes from its type, participants and place: an analyst
     * wrote it (or kept it while changing what the machine title is made of).
     */
    public static boolean customTitle(Event e) {
        return e.title() != null && !e.title().equals(EventTitles.of(e));
    }

    /** A machine title follows the edit (a new type or new participants); an analyst's title stays as written. */
    private static Event retitled(Event before, Event after) {
        if (customTitle(before) || !java.util.Objects.equals(before.title(), after.title())) {
            return after;
        }
        return copy(after).title(EventTitles.of(after)).build();
    }

    private EditCommand change(String description, long eventId, String action, String detail,
                               UnaryOperator<Event> how) {
        return new EventChange(store, description, tx -> {
            Event now = current(tx, eventId);
            Event after = how.apply(now);
            return new EventChange.Change(List.of(now), List.of(after), List.of(), action,
                    detail != null ? detail : Diff.of(now, after));
        });
    }

    private Event event(long id) {
        return store.event(id).orElseThrow(() -> new IllegalArgumentException("There is no event " + id + "."));
    }

    private static Event current(EventStore.Transaction tx, long id) {
        // Locked: an import's sentence for it waits for this edit, then joins the event as edited.
        return tx.lockEvent(id).orElseThrow(() -> new IllegalArgumentException(
                "There is no event " + id + " any more."));
    }

    private static EventBuilder copy(Event e) {
        return new EventBuilder(e);
    }

    static String shorten(String s) {
        if (s == null) {
            return "untitled";
        }
        String t = s.strip();
        return t.length() <= TITLE_CHARS ? t : t.substring(0, TITLE_CHARS - 1).strip() + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
