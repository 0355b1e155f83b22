package parley.timeline;

import java.util.List;

import parley.domain.Event;

/**
 * What a paint produced, for hit-testing and for checking the painter's work: the marks, where rows sit, how many
 * marks were drawn, and the clickable places that are not events (legend entries, the counts at the edges).
 *
 * @param marks      the laid-out marks
 * @param rowsTop    y of the first row's top
 * @param rowHeight  height of a row
 * @param marksDrawn event marks and cluster marks drawn in this paint
 * @param lanes      in the lanes layout, the participant of each row on screen; empty when stacked
 * @param hits       legend entries and edge counts, each with the box it was drawn in
 */
public record Frame(Marks marks, double rowsTop, double rowHeight, int marksDrawn, List<String> lanes,
                   List<Hit> hits) {

    /** Which edge of the view a count of events beyond it sits at. */
    public enum Edge { EARLIER, LATER }

    /**
     * A clickable box: {@code key} is an {@link parley.domain.EventType} or {@link parley.domain.EventStatus} for a
     * legend entry, an {@link Edge} for the count of events beyond an edge; {@code count} is that count (else 0).
     */
    public record Hit(Object key, double x, double y, double w, double h, int count) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    public Frame {
        lanes = List.copyOf(lanes);
        hits = List.copyOf(hits);
    }

    public Frame(Marks marks, double rowsTop, double rowHeight, int marksDrawn) {
        this(marks, rowsTop, rowHeight, marksDrawn, List.of(), List.of());
    }

    /** The legend entry or edge count at (x, y), or null. */
    public Hit hitAt(double x, double y) {
        for (Hit h : hits) {
            if (h.contains(x, y)) {
                return h;
            }
        }
        return null;
    }

    /** The count drawn at this edge, or null when no event lies beyond it. */
    public Hit edge(Edge edge) {
        return hits.stream().filter(h -> h.key() == edge).findFirst().orElse(null);
    }

    /** In the lanes layout, the lane whose name is at (x, y), or null. */
    public String laneAt(double x, double y) {
        int row = (int) Math.floor((y - rowsTop) / rowHeight);
        if (x > LaneLayout.HEADER_PX || y < rowsTop || row < 0 || row >= lanes.size()) {
            return null;
        }
        return lanes.get(row);
    }

    public static final Frame EMPTY = new Frame(new Marks(List.of(), List.of(), true, 0), 0, 1, 0);

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
