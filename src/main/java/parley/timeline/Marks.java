package parley.timeline;

import java.util.List;

import parley.domain.EventType;

/**
 * What one frame draws: events placed in rows and clusters standing for many events. The layout is computed from
 * the visible window only, and its size is bounded by the view's width, never by the number of events.
 *
 * @param placed   events drawn one by one
 * @param clusters marks standing for several events
 * @param detailed true when events carry labels; false in the zoomed-out overview
 * @param visible  number of events in the window
 */
public record Marks(List<Placed> placed, List<Cluster> clusters, boolean detailed, int visible) {

    /**
     * An event in a row.
     *
     * @param item   the event in time
     * @param row    row index from the top
     * @param markX  pixel of its mark
     * @param left   left edge of what it occupies (span, mark)
     * @param right  right edge of what it occupies (mark and label)
     * @param labelX where the label starts
     * @param label  the label drawn beside it, possibly shortened, or null
     */
    public record Placed(TimelineItem item, int row, double markX, double left, double right, double labelX,
                         String label) {
    }

    /**
     * Several events too close together to draw one by one.
     *
     * @param x        pixel of the cluster's centre
     * @param row      row it sits in
     * @param count    how many events it stands for
     * @param dominant the most common type among them
     * @param from     earliest mark time among them
     * @param to       latest mark time among them
     */
    public record Cluster(double x, int row, int count, EventType dominant, double from, double to) {
    }

    public int markCount() {
        return placed.size() + clusters.size();
    }
}
