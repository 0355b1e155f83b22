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

    public MarkLayout(TextMeasure measure) {
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
        List<TimelineItem> visible = new ArrayList<>();
        int count = 0;
        boolean tooMany = false;
        int limit = detailLimit(scale.width(), rowCount);
        for (int i = lo; i < hi; i++) {
            TimelineItem it = index.get(i);
            if (it.to() < from || it.from() > to) {
                continue;
            }
            count++;
            if (!tooMany) {
                visible.add(it);
                tooMany = visible.size() > limit;
            }
        }
        if (tooMany) {
            return overview(index, lo, hi, from, to, scale, count, rowCount);
        }
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
            String label = shorten(it.event().title());
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

    private Marks overview(TimelineIndex index, int lo, int hi, double from, double to, TimeScale scale, int count,
                           int rows) {
        int bins = bins(scale.width());
        int types = EventType.values().length;
        int[][] counts = new int[types][bins];
        double[][] first = new double[types][bins];
        double[][] last = new double[types][bins];
        int[][] only = new int[types][bins];
        boolean[] present = new boolean[types];
        for (int i = lo; i < hi; i++) {
            TimelineItem it = index.get(i);
            if (it.to() < from || it.from() > to) {
                continue;
            }
            int t = it.event().type().ordinal();
            int b = bin(scale.x(it.anchor()), bins);
            if (counts[t][b]++ == 0) {
                first[t][b] = it.anchor();
                only[t][b] = i;
            }
            last[t][b] = it.anchor();
            present[t] = true;
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
        for (int t = 0; t < types; t++) {
            for (int b = 0; b < bins && present[t]; b++) {
                int row = laned ? lane[t] : 0;
                if (counts[t][b] == 1) {
                    TimelineItem it = index.get(only[t][b]);
                    double x = scale.x(it.anchor());
                    placed.add(new Marks.Placed(it, row, x, x - MARK_RADIUS, x + MARK_RADIUS, x, null));
                } else if (counts[t][b] > 1) {
                    double x = scale.x((first[t][b] + last[t][b]) / 2);
                    clusters.add(new Marks.Cluster(x, row, counts[t][b], EventType.values()[t], first[t][b],
                            last[t][b]));
                }
            }
        }
        return new Marks(placed, clusters, false, count);
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
            out.add(new Marks.Cluster(scale.x((a + z) / 2), row, j - i, dominant(types), a, z));
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
