package parley.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import parley.domain.Event;
import parley.domain.Mention;

/**
 * Cuts a source's text into plain runs and the sentences that produced events, in order and without overlap, so the
 * text view builds one node per run (a few hundred for a long article), not one per character or word.
 */
final class SourceHighlights {
    private SourceHighlights() {
    }

    /**
     * One run of the text.
     *
     * @param start  offset of its first character
     * @param end    offset just past it
     * @param events the events this sentence supports, in the order given; empty for plain text
     */
    record Run(int start, int end, List<Event> events) {
        boolean highlighted() {
            return !events.isEmpty();
        }
    }

    /** The runs of a text of this length given the events; mentions of other sources or outside the text are ignored. */
    static List<Run> runs(int length, long sourceId, Collection<Event> events) {
        record Span(int start, int end, Event event) {
        }
        List<Span> spans = new ArrayList<>();
        for (Event e : events) {
            for (Mention m : e.mentions()) {
                if (m.sourceId() == sourceId && m.start() >= 0 && m.end() <= length && m.start() < m.end()) {
                    spans.add(new Span(m.start(), m.end(), e));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()));
        List<Run> out = new ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < spans.size()) {
            Span first = spans.get(i);
            int start = Math.max(first.start(), at);
            int end = first.end();
            List<Event> evs = new ArrayList<>();
            // Overlapping sentences (one sentence, several events) merge into one highlight.
            while (i < spans.size() && spans.get(i).start() < end) {
                end = Math.max(end, spans.get(i).end());
                if (!evs.contains(spans.get(i).event())) {
                    evs.add(spans.get(i).event());
                }
                i++;
            }
            if (end <= at) {
                continue;
            }
            if (start > at) {
                out.add(new Run(at, start, List.of()));
            }
            out.add(new Run(start, end, List.copyOf(evs)));
            at = end;
        }
        if (at < length) {
            out.add(new Run(at, length, List.of()));
        }
        return out;
    }
}
