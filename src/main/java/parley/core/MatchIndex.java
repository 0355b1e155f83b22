package parley.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import parley.domain.Event;
import parley.domain.Participant;

/**
 * The stored events an import may merge into, kept in memory as outlines (type, date, place, date phrase, who takes
 * part; see {@link parley.domain.EventStore.Transaction#outlines}) so that the merge candidates of an extracted
 * event cost no query: built once per import, kept current by the import's own writes.
 *
 * <p>{@link #candidates} gives the outlines the store's window query gave, in the same order, less those that
 * cannot be the same event anyway: dated events overlapping the day before to the day after, in (first day, id)
 * order, then undated events — only those sharing a participant who takes part, since an undated report needs one
 * to match ({@link parley.extract.EventMerger}). The merger therefore picks the same event from either list.
 */
final class MatchIndex {
    /**
     * (first day, id) as numbers, compared by hand: the JIT the app runs with (C1) inlines little, and a chain of
     * comparator lambdas on LocalDate was a third of the candidates' cost on the storing thread.
     */
    private record Key(long day, long id) implements Comparable<Key> {
        static Key of(LocalDate start, long id) {
            return new Key(start.toEpochDay(), id);
        }

        @Override
        public int compareTo(Key o) {
            return day != o.day ? Long.compare(day, o.day) : Long.compare(id, o.id);
        }
    }

    /** An outline with its last day, which the window test reads for every outline it passes. */
    private record Slot(Event outline, long lastDay) {
    }

    /**
     * Dated outlines by (first day, id), one map per class of span: a window query reaches back by the longest span
     * in its map, so one year-long event no longer drags a year of single-day events into every candidate list.
     */
    private final SpanClass[] dated = {new SpanClass(0), new SpanClass(7), new SpanClass(31), new SpanClass(366),
            new SpanClass(Integer.MAX_VALUE)};
    private final NavigableMap<Long, Event> undated = new TreeMap<>();
    /** Undated events' ids by the name of each participant taking part. */
    private final Map<String, Set<Long>> undatedByName = new HashMap<>();
    private final Map<Long, Event> byId = new HashMap<>();

    MatchIndex(List<Event> outlines) {
        outlines.forEach(this::put);
    }

    int size() {
        return byId.size();
    }

    /** Adds the event, or replaces the outline of the one with its id. */
    void put(Event event) {
        Event outline = outline(event);
        remove(outline.id());
        byId.put(outline.id(), outline);
        if (outline.date().known()) {
            long span = spanDays(outline);
            spanClass(span).put(outline, span);
        } else {
            undated.put(outline.id(), outline);
            for (Participant p : outline.participants()) {
                undatedByName.computeIfAbsent(p.name(), k -> new TreeSet<>()).add(outline.id());
            }
        }
    }

    void remove(long id) {
        Event old = byId.remove(id);
        if (old == null) {
            return;
        }
        if (old.date().known()) {
            spanClass(spanDays(old)).events.remove(Key.of(old.date().start(), id));
        } else {
            undated.remove(id);
            for (Participant p : old.participants()) {
                Set<Long> ids = undatedByName.get(p.name());
                if (ids != null) {
                    ids.remove(id);
                    if (ids.isEmpty()) {
                        undatedByName.remove(p.name());
                    }
                }
            }
        }
    }

    /** Gives a stored event the id the store assigned it (ids keep their order: see {@link MergeWrites}). */
    void renumber(long from, long to) {
        Event e = byId.get(from);
        if (e != null) {
            remove(from);
            put(e.withId(to));
        }
    }

    /** The outlines that may be the same event as this one, in the order the merger is to weigh them. */
    List<Event> candidates(Event event) {
        List<Event> out = new ArrayList<>();
        EventDate span = EventDate.of(event);
        if (span != null) {
            LocalDate from = span.from();
            LocalDate to = span.to();
            int classes = 0;
            for (SpanClass c : dated) {
                int before = out.size();
                c.overlapping(from, to, out);
                classes += out.size() > before ? 1 : 0;
            }
            if (classes > 1) {
                out.sort((x, y) -> {
                    int byDay = x.date().start().compareTo(y.date().start());
                    return byDay != 0 ? byDay : Long.compare(x.id(), y.id());
                });
            }
        }
        TreeSet<Long> sharing = new TreeSet<>();
        for (Participant p : event.participants()) {
            if (p.role().present()) {
                Set<Long> ids = undatedByName.get(p.name());
                if (ids != null) {
                    sharing.addAll(ids);
                }
            }
        }
        for (long id : sharing) {
            out.add(undated.get(id));
        }
        return out;
    }

    private static long spanDays(Event dated) {
        return ChronoUnit.DAYS.between(dated.date().start(), dated.date().lastDay());
    }

    private SpanClass spanClass(long span) {
        for (SpanClass c : dated) {
            if (span <= c.limit) {
                return c;
            }
        }
        return dated[dated.length - 1];
    }

    /** Outlines spanning at most {@code limit} days, and the longest span among them (it only grows). */
    private static final class SpanClass {
        final long limit;
        final NavigableMap<Key, Slot> events = new TreeMap<>();
        long longest;

        SpanClass(long limit) {
            this.limit = limit;
        }

        void put(Event outline, long span) {
            events.put(Key.of(outline.date().start(), outline.id()),
                    new Slot(outline, outline.date().lastDay().toEpochDay()));
            longest = Math.max(longest, span);
        }

        /** Adds those whose days overlap [from, to], in (first day, id) order. */
        void overlapping(LocalDate from, LocalDate to, List<Event> out) {
            if (events.isEmpty()) {
                return;
            }
            long first = from.toEpochDay();
            Key low = new Key(first - longest, Long.MIN_VALUE);
            Key high = new Key(to.toEpochDay(), Long.MAX_VALUE);
            for (Slot slot : events.subMap(low, true, high, true).values()) {
                if (slot.lastDay() >= first) {
                    out.add(slot.outline());
                }
            }
        }
    }

    /** The window the store was asked for: the day before the event's first day to the day after its last. */
    private record EventDate(LocalDate from, LocalDate to) {
        static EventDate of(Event e) {
            return e.date().known() ? new EventDate(e.date().start().minusDays(1), e.date().lastDay().plusDays(1))
                    : null;
        }
    }

    /** What the merger compares, nothing more: mentions, disagreements, titles and absent people dropped. */
    static Event outline(Event e) {
        List<Participant> taking = new ArrayList<>(e.participants().size());
        for (Participant p : e.participants()) {
            if (p.role().present()) {
                taking.add(p.title() == null ? p : new Participant(p.name(), p.kind(), null, p.role()));
            }
        }
        return new Event(e.id(), e.type(), null, e.date(),
                e.derivation() == null || e.derivation().phrase() == null ? null
                        : new parley.domain.DateDerivation(e.derivation().phrase(), null, null, null),
                e.location(), e.status(), taking, null, null);
    }
}
