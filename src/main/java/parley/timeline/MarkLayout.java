package parley.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import parley.domain.EventType;

/**
 * Lays out the visible events of a frame. Close in, every event gets a row where its mark and label overlap nothing
 * (greedy interval colouring, O(n log n)); events that find no free row fold into "+n" clusters in the last row.
 * Zoomed out, when the window holds more events than the rows could ever label, events are binned by pixel column
 * per type into clusters with a count (level of detail): one lane per type, so the overview reads as a density
 * strip per kind of event, and the number of marks never exceeds lanes × bins.
 */
public final class MarkLayout {
    /** Width of a cluster bin in pixels. */
    public static final double BIN_PX = 34;
    /** Radius reserved around a mark. */
    public static final double MARK_RADIUS = 6;
    /** Gap between a mark and its label, and between neighbours in a row. */
    public static final double GAP = 6;
    /** Longest label in pixels; longer titles are shortened with an ellipsis. */
    public static final double MAX_LABEL_PX = 280;

    private final TextMeasure measure;
    /** The text drawn beside an event's mark (its title; an export appends its source numbers). */
    private final java.util.function.Function<parley.domain.Event, String> labels;

    public MarkLayout(TextMeasure measure) {
        this(measure, parley.domain.Event::title);
    }

    /** A layout that labels each event with {@code labels} instead of its title. */
    public MarkLayout(TextMeasure measure, java.util.function.Function<parley.domain.Event, String> labels) {
        this.labels = labels;
        this.measure = measure;
    }

    /** Upper bound of marks for a view of this width and row count, whatever the number of events. */
    public static int maxMarks(double width, int rows) {
        return detailLimit(width, rows) + bins(width) * (EventType.values().length + 1);
    }

    /**
     * @param index events by time
     * @param scale the visible window
     * @param rows  rows available (at least 1); the last one also receives overflow clusters
     */
    public Marks layout(TimelineIndex index, TimeScale scale, int rows) {
        int rowCount = Math.max(1, rows);
        double margin = (MARK_RADIUS + 2) * scale.secondsPerPx();
        double from = scale.start() - margin;
        double to = scale.end() + margin;
        int lo = index.firstVisible(from);
        int hi = index.endVisible(to);
        int limit = detailLimit(scale.width(), rowCount);
        if (hi - lo > 4 * limit) {
            // Far more candidates than could ever be labelled: count per bin without visiting them.
            return overview(index, from, to, scale, rowCount);
        }
        List<TimelineItem> visible = new ArrayList<>();
        for (int i = lo; i < hi; i++) {
            TimelineItem it = index.get(i);
            if (it.to() >= from && it.from() <= to) {
                visible.add(it);
            }
        }
        if (visible.size() > limit) {
            return overview(index, from, to, scale, rowCount);
        }
        int count = visible.size();
        return detailed(visible, scale, rowCount, count);
    }

    static int detailLimit(double width, int rows) {
        return Math.max(40, (int) (rows * width / 80));
    }

    static int bins(double width) {
        return (int) Math.ceil(Math.max(width, 1) / BIN_PX) + 1;
    }

    private Marks detailed(List<TimelineItem> visible, TimeScale scale, int rows, int count) {
        List<Marks.Placed> candidates = new ArrayList<>(visible.size());
        for (TimelineItem it : visible) {
            double markX = scale.x(it.anchor());
            if (it.kind() != TimelineItem.Extent.POINT) {
                // A span whose mark point has scrolled away keeps its mark and label on its visible part.
                double lo = Math.max(scale.x(it.from()), MARK_RADIUS + 2);
                double hi = Math.min(scale.x(it.to()), scale.width() - MARK_RADIUS - 2);
                markX = lo <= hi ? Math.max(lo, Math.min(hi, markX)) : markX;
            }
            double left = Math.max(-BIN_PX, Math.min(scale.x(it.from()), markX - MARK_RADIUS));
            String label = shorten(labels.apply(it.event()));
            double labelStart = it.kind() == TimelineItem.Extent.RANGE
                    ? Math.max(markX, Math.min(scale.x(it.to()), scale.width())) : markX;
            double labelX = labelStart + MARK_RADIUS + GAP;
            double right = labelX + measure.width(label);
            if (it.kind() != TimelineItem.Extent.POINT) {
                right = Math.max(right, Math.min(scale.x(it.to()), scale.width() + BIN_PX));
            }
            candidates.add(new Marks.Placed(it, -1, markX, left, right, labelX, label));
        }
        candidates.sort(Comparator.comparingDouble(Marks.Placed::left)
                .thenComparingLong(p -> p.item().event().id()));
        int labelRows = Math.max(1, rows - 1);
        PriorityQueue<double[]> busy = new PriorityQueue<>(Comparator.comparingDouble(r -> r[0]));
        PriorityQueue<Integer> free = new PriorityQueue<>();
        int opened = 0;
        List<Marks.Placed> placed = new ArrayList<>();
        List<TimelineItem> overflow = new ArrayList<>();
        for (Marks.Placed c : candidates) {
            while (!busy.isEmpty() && busy.peek()[0] + GAP <= c.left()) {
                free.add((int) busy.poll()[1]);
            }
            int row;
            if (!free.isEmpty()) {
                row = free.poll();
            } else if (opened < labelRows) {
                row = opened++;
            } else {
                overflow.add(c.item());
                continue;
            }
            busy.add(new double[] {c.right(), row});
            placed.add(new Marks.Placed(c.item(), row, c.markX(), c.left(), c.right(), c.labelX(), c.label()));
        }
        overflow.sort(Comparator.comparingDouble(TimelineItem::anchor));
        List<Marks.Cluster> clusters = binned(overflow, scale, rows == 1 ? 0 : labelRows);
        return new Marks(placed, clusters, true, count);
    }

    /**
     * Bins marks per type and pixel column. Each bin is counted with two binary searches in the type's anchors, so the
     * cost depends on the width and the number of types, not on how many events are in view.
     */
    private Marks overview(TimelineIndex index, double from, double to, TimeScale scale, int rows) {
        int bins = bins(scale.width());
        int types = EventType.values().length;
        int[][] lo = new int[types][bins];
        int[][] counts = new int[types][bins];
        boolean[] present = new boolean[types];
        for (int t = 0; t < types; t++) {
            int start = index.typeLowerBound(t, from);
            for (int b = 0; b < bins; b++) {
                double t1 = b == bins - 1 ? Math.nextUp(to) : Math.min(Math.nextUp(to), scale.time(b * BIN_PX));
                int end = Math.max(start, index.typeLowerBound(t, t1));
                lo[t][b] = start;
                counts[t][b] = end - start;
                present[t] |= end > start;
                start = end;
            }
        }
        // One lane per type present, in the legend's order, when the rows allow; otherwise one shared lane.
        int[] lane = new int[types];
        int lanes = 0;
        for (int t = 0; t < types; t++) {
            lane[t] = present[t] ? lanes++ : -1;
        }
        boolean laned = lanes <= rows;
        List<Marks.Placed> placed = new ArrayList<>();
        List<Marks.Cluster> clusters = new ArrayList<>();
        int visible = 0;
        for (int t = 0; t < types; t++) {
            for (int b = 0; b < bins && present[t]; b++) {
                int n = counts[t][b];
                visible += n;
                int row = laned ? lane[t] : 0;
                if (n == 1) {
                    TimelineItem it = index.typeItem(t, lo[t][b]);
                    double x = scale.x(it.anchor());
                    placed.add(new Marks.Placed(it, row, x, x - MARK_RADIUS, x + MARK_RADIUS, x, null));
                } else if (n > 1) {
                    double first = index.typeAnchor(t, lo[t][b]);
                    double last = index.typeAnchor(t, lo[t][b] + n - 1);
                    clusters.add(new Marks.Cluster((b - 0.5) * BIN_PX, row, n, EventType.values()[t], first,
                            last));
                }
            }
        }
        return new Marks(placed, clusters, false, visible);
    }

    private static List<Marks.Cluster> binned(List<TimelineItem> items, TimeScale scale, int row) {
        List<Marks.Cluster> out = new ArrayList<>();
        int i = 0;
        while (i < items.size()) {
            int b = bin(scale.x(items.get(i).anchor()), Integer.MAX_VALUE);
            int[] types = new int[EventType.values().length];
            int j = i;
            while (j < items.size() && bin(scale.x(items.get(j).anchor()), Integer.MAX_VALUE) == b) {
                types[items.get(j).event().type().ordinal()]++;
                j++;
            }
            double a = items.get(i).anchor();
            double z = items.get(j - 1).anchor();
            // Centred on its bin, not on its events, so neighbouring pills never touch.
            out.add(new Marks.Cluster((b - 0.5) * BIN_PX, row, j - i, dominant(types), a, z));
            i = j;
        }
        return out;
    }

    private static int bin(double x, int bins) {
        int b = (int) Math.floor((x + BIN_PX) / BIN_PX);
        return Math.max(0, Math.min(bins - 1, b));
    }

    private static EventType dominant(int[] counts) {
        int best = 0;
        for (int t = 1; t < counts.length; t++) {
            if (counts[t] > counts[best]) {
                best = t;
            }
        }
        return EventType.values()[best];
    }

    private String shorten(String title) {
        String t = title == null || title.isBlank() ? "(untitled)" : title.strip();
        if (measure.width(t) <= MAX_LABEL_PX) {
            return t;
        }
        int lo = 0;
        int hi = t.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (measure.width(t.substring(0, mid) + "…") <= MAX_LABEL_PX) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return t.substring(0, lo).stripTrailing() + "…";
    }
}
