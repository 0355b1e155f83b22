package parley.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * Lays out the "lanes by participant" view: one row per person or organisation, an event drawn in the lane of every
 * participant present (not the absent ones) and joined by a vertical connector. Only the visible window of the index
 * and the lanes that fit are visited, so a frame costs O(visible); marks closer than a bin in one lane become a
 * counted cluster, so no lane draws more marks than it has pixels.
 */
public final class LaneLayout {
    /** Lane of the events that name no participant. */
    public static final String NO_PARTICIPANT = "(no participant)";
    /** Width of the lane names at the left. */
    public static final double HEADER_PX = 168;

    private final TextMeasure measure;
    /** The text drawn beside an event's mark (its title; an export appends its source numbers). */
    private final java.util.function.Function<parley.domain.Event, String> labels;

    public LaneLayout(TextMeasure measure) {
        this(measure, parley.domain.Event::title);
    }

    /** A layout that labels each event with {@code labels} instead of its title. */
    public LaneLayout(TextMeasure measure, java.util.function.Function<parley.domain.Event, String> labels) {
        this.labels = labels;
        this.measure = measure;
    }

    /**
     * What one frame of lanes draws.
     *
     * @param marks      placed marks (row = lane's row on screen) and per-lane clusters
     * @param lanes      lane names by row on screen
     * @param connectors x and the first and last row joined, for events in several lanes
     * @param more       lanes below the last row that fit
     */
    public record Result(Marks marks, List<String> lanes, List<Connector> connectors, int more) {
    }

    /** A vertical line joining one event's marks in rows {@code top}..{@code bottom}. */
    public record Connector(double x, int top, int bottom, Event event) {
    }

    /**
     * @param lanes  every shown lane in order
     * @param offset index of the first lane on screen
     * @param rows   rows that fit
     */
    public Result layout(TimelineIndex index, TimeScale scale, List<String> lanes, int offset, int rows) {
        int first = Math.max(0, Math.min(offset, Math.max(0, lanes.size() - 1)));
        List<String> onScreen = lanes.subList(first, Math.min(lanes.size(), first + rows));
        double from = scale.time(HEADER_PX - MarkLayout.BIN_PX);
        double to = scale.time(scale.width() + MarkLayout.BIN_PX);
        // Each lane is queried in its own time-sorted positions: a lane with few visible events lays them out one by
        // one; a crowded lane is counted per pixel bin with binary searches, so the cost follows the width.
        int sparse = (int) (scale.width() / (MarkLayout.MARK_RADIUS * 2));
        List<List<TimelineItem>> perRow = new ArrayList<>();
        List<Marks.Cluster> binnedClusters = new ArrayList<>();
        List<Marks.Placed> binnedPlaced = new ArrayList<>();
        int visible = 0;
        for (int r = 0; r < onScreen.size(); r++) {
            List<TimelineItem> row = new ArrayList<>();
            perRow.add(row);
            int[] pos = index.laneItems(onScreen.get(r));
            int lo = index.laneLowerBound(pos, from - index.reach());
            int hi = index.laneLowerBound(pos, to + index.reach());
            if (hi - lo > sparse) {
                visible += bin(index, pos, index.laneLowerBound(pos, from), index.laneLowerBound(pos, to), r, scale,
                        binnedPlaced, binnedClusters);
                continue;
            }
            for (int k = lo; k < hi; k++) {
                TimelineItem it = index.get(pos[k]);
                if (it.to() >= from && it.from() <= to) {
                    row.add(it);
                }
            }
            visible += row.size();
        }
        List<Marks.Placed> placed = new ArrayList<>(binnedPlaced);
        List<Marks.Cluster> clusters = new ArrayList<>(binnedClusters);
        Map<Event, int[]> spans = new HashMap<>();
        Map<Event, Double> xs = new HashMap<>();
        for (int r = 0; r < perRow.size(); r++) {
            lay(perRow.get(r), r, scale, placed, clusters, spans, xs);
        }
        List<Connector> connectors = new ArrayList<>();
        spans.forEach((e, span) -> {
            if (span[1] > span[0]) {
                connectors.add(new Connector(xs.get(e), span[0], span[1], e));
            }
        });
        connectors.sort(java.util.Comparator.comparingDouble(Connector::x));
        int more = Math.max(0, lanes.size() - first - onScreen.size());
        return new Result(new Marks(placed, clusters, true, visible), List.copyOf(onScreen), connectors, more);
    }

    /** Counts a crowded lane's events [lo, hi) per pixel bin; returns how many there are. */
    private static int bin(TimelineIndex index, int[] pos, int lo, int hi, int row, TimeScale scale,
                           List<Marks.Placed> placed, List<Marks.Cluster> clusters) {
        int start = lo;
        for (double x = HEADER_PX - MarkLayout.BIN_PX; start < hi; x += MarkLayout.BIN_PX) {
            int end = Math.max(start, Math.min(hi, index.laneLowerBound(pos, scale.time(x + MarkLayout.BIN_PX))));
            int n = end - start;
            if (n == 1) {
                TimelineItem it = index.get(pos[start]);
                double mx = scale.x(it.anchor());
                placed.add(new Marks.Placed(it, row, mx, mx - MarkLayout.MARK_RADIUS, mx + MarkLayout.MARK_RADIUS,
                        mx, null));
            } else if (n > 1) {
                int[] types = new int[EventType.values().length];
                // The dominant type from a bounded sample keeps a bin's cost independent of its count.
                int step = Math.max(1, n / 64);
                for (int k = start; k < end; k += step) {
                    types[index.get(pos[k]).event().type().ordinal()]++;
                }
                int best = 0;
                for (int t = 1; t < types.length; t++) {
                    best = types[t] > types[best] ? t : best;
                }
                clusters.add(new Marks.Cluster(x + MarkLayout.BIN_PX / 2, row, n, EventType.values()[best],
                        index.get(pos[start]).anchor(), index.get(pos[end - 1]).anchor()));
            }
            start = end;
        }
        return hi - lo;
    }

    private void lay(List<TimelineItem> items, int row, TimeScale scale, List<Marks.Placed> placed,
                     List<Marks.Cluster> clusters, Map<Event, int[]> spans, Map<Event, Double> xs) {
        int i = 0;
        while (i < items.size()) {
            double x0 = scale.x(items.get(i).anchor());
            int j = i + 1;
            while (j < items.size() && scale.x(items.get(j).anchor()) - x0 < MarkLayout.MARK_RADIUS * 2 + 2) {
                j++;
            }
            if (j - i > 1) {
                int[] types = new int[EventType.values().length];
                for (int k = i; k < j; k++) {
                    types[items.get(k).event().type().ordinal()]++;
                }
                int best = 0;
                for (int t = 1; t < types.length; t++) {
                    best = types[t] > types[best] ? t : best;
                }
                double x = (x0 + scale.x(items.get(j - 1).anchor())) / 2;
                clusters.add(new Marks.Cluster(x, row, j - i, EventType.values()[best], items.get(i).anchor(),
                        items.get(j - 1).anchor()));
            } else {
                TimelineItem it = items.get(i);
                double next = j < items.size() ? scale.x(items.get(j).anchor()) : scale.width();
                double labelX = x0 + MarkLayout.MARK_RADIUS + MarkLayout.GAP;
                String label = fit(labels.apply(it.event()), next - labelX - MarkLayout.GAP - MarkLayout.MARK_RADIUS);
                double right = label == null ? x0 + MarkLayout.MARK_RADIUS : labelX + measure.width(label);
                placed.add(new Marks.Placed(it, row, x0, x0 - MarkLayout.MARK_RADIUS, right, labelX, label));
                int[] span = spans.computeIfAbsent(it.event(), e -> new int[] {row, row});
                span[0] = Math.min(span[0], row);
                span[1] = Math.max(span[1], row);
                xs.putIfAbsent(it.event(), x0);
            }
            i = j;
        }
    }

    /** The title cut to fit the room (with an ellipsis), or null when not even a short stub fits. */
    private String fit(String title, double room) {
        String t = title == null || title.isBlank() ? "(untitled)" : title.strip();
        room = Math.min(room, MarkLayout.MAX_LABEL_PX);
        if (room < 36) {
            return null;
        }
        if (measure.width(t) <= room) {
            return t;
        }
        int a = 0;
        int b = t.length();
        while (a < b) {
            int mid = (a + b + 1) / 2;
            if (measure.width(t.substring(0, mid) + "…") <= room) {
                a = mid;
            } else {
                b = mid - 1;
            }
        }
        return a < 3 ? null : t.substring(0, a).stripTrailing() + "…";
    }

    /** The lanes one event appears in: its participants present, or {@link #NO_PARTICIPANT}. */
    static java.util.Set<String> lanesOfEvent(Event e) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Participant p : e.participants()) {
            if (p.role() != Role.ABSENT) {
                out.add(p.name());
            }
        }
        if (out.isEmpty()) {
            out.add(NO_PARTICIPANT);
        }
        return out;
    }

    /** Lane names of these events, busiest first then by name; events naming nobody get {@link #NO_PARTICIPANT}. */
    public static List<String> lanesOf(List<Event> events) {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : events) {
            boolean any = false;
            for (Participant p : e.participants()) {
                if (p.role() != Role.ABSENT) {
                    counts.merge(p.name(), 1, Integer::sum);
                    any = true;
                }
            }
            if (!any) {
                counts.merge(NO_PARTICIPANT, 1, Integer::sum);
            }
        }
        List<String> names = new ArrayList<>(counts.keySet());
        names.sort(java.util.Comparator.comparingInt((String n) -> n.equals(NO_PARTICIPANT) ? 1 : 0)
                .thenComparingInt(n -> -counts.get(n)).thenComparing(String.CASE_INSENSITIVE_ORDER));
        return names;
    }
}
