package parley.timeline;

import parley.domain.Event;

/**
 * What a paint produced, for hit-testing and for checking the painter's work: the marks, where rows sit, and how many
 * marks were drawn.
 *
 * @param marks      the laid-out marks
 * @param rowsTop    y of the first row's top
 * @param rowHeight  height of a row
 * @param marksDrawn event marks and cluster marks drawn in this paint
 * @param lanes      in the lanes layout, the participant of each row on screen; empty when stacked
 */
public record Frame(Marks marks, double rowsTop, double rowHeight, int marksDrawn, java.util.List<String> lanes) {

    public Frame(Marks marks, double rowsTop, double rowHeight, int marksDrawn) {
        this(marks, rowsTop, rowHeight, marksDrawn, java.util.List.of());
    }

    /** In the lanes layout, the lane whose name is at (x, y), or null. */
    public String laneAt(double x, double y) {
        int row = (int) Math.floor((y - rowsTop) / rowHeight);
        if (x > LaneLayout.HEADER_PX || y < rowsTop || row < 0 || row >= lanes.size()) {
            return null;
        }
        return lanes.get(row);
    }

    public static final Frame EMPTY = new Frame(new Marks(java.util.List.of(), java.util.List.of(), true, 0), 0, 1, 0);

    /** The event whose mark or label is under (x, y), or null. */
    public Event eventAt(double x, double y) {
        int row = (int) Math.floor((y - rowsTop) / rowHeight);
        // In lanes, marks that slid under the lane names are covered: they cannot be hovered or clicked there.
        if (y < rowsTop || row < 0 || (!lanes.isEmpty() && x <= LaneLayout.HEADER_PX)) {
            return null;
        }
        Event best = null;
        double bestDist = Double.MAX_VALUE;
        for (Marks.Placed p : marks.placed()) {
            if (p.row() != row || x < p.left() - 3 || x > p.right()) {
                continue;
            }
            double d = Math.abs(x - p.markX());
            if (d < bestDist) {
                bestDist = d;
                best = p.item().event();
            }
        }
        return best;
    }

    /** The cluster under (x, y), or null. */
    public Marks.Cluster clusterAt(double x, double y) {
        int row = (int) Math.floor((y - rowsTop) / rowHeight);
        for (Marks.Cluster c : marks.clusters()) {
            if (c.row() == row && Math.abs(x - c.x()) <= MarkLayout.BIN_PX / 2) {
                return c;
            }
        }
        return null;
    }
}
