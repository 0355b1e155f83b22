package parley.timeline;

/**
 * Fits a view to the story of the dated events ({@link StoryRange}: far-off outliers left out, counted at the view's
 * edges by the painter), leaving room at the right for the labels of the latest ones: labels run to the
 * right of their marks, and a fit that cuts off the newest events' titles hides what the analyst came to see.
 */
public final class Fit {
    /** How many of the latest events are checked for room. */
    private static final int LAST = 40;
    /** More rows than any timeline has: with more events than these could label, none is labelled. */
    private static final int TALLEST_ROWS = 80;

    private Fit() {
    }

    /**
     * @param margin  margin on each side, as a fraction of the events' span
     * @param measure label widths (an estimate is fine: it errs on the generous side)
     * @return the fitted scale, or null when the index has no dated event
     */
    public static TimeScale all(TimelineIndex index, double width, double margin, TextMeasure measure) {
        double[] extent = StoryRange.of(index);
        if (extent == null) {
            return null;
        }
        double lo = 0;
        double hi = width / 3;
        if (index.size() > MarkLayout.detailLimit(width, TALLEST_ROWS)) {
            // Too many events to label: the overview draws counts, and room for labels at the right would only
            // leave empty years there; its lane names cover the left edge, so the data starts beside them.
            double names = Math.min(width / 4, TimelinePainter.widestLaneLabel());
            TimeScale fit = TimeScale.fit(extent[0], extent[1], width - names, margin);
            return new TimeScale(fit.start() - names * fit.secondsPerPx(), fit.secondsPerPx(), width);
        }
        if (fits(index, extent, width, margin, 0, measure)) {
            return TimeScale.fit(extent[0], extent[1], width, margin);
        }
        // The more room, the more the events are squeezed left; find the least room that shows every label.
        for (int i = 0; i < 24; i++) {
            double mid = (lo + hi) / 2;
            if (fits(index, extent, width, margin, mid, measure)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return TimeScale.fit(extent[0], extent[1], width - hi, margin).withWidth(width);
    }

    private static boolean fits(TimelineIndex index, double[] extent, double width, double margin, double room,
                                TextMeasure measure) {
        TimeScale s = TimeScale.fit(extent[0], extent[1], width - room, margin).withWidth(width);
        // The latest events the fit shows: those after its range are outliers, counted at the edge instead.
        int end = index.firstAtOrAfter(Math.nextUp(extent[1]));
        for (int i = Math.max(0, end - LAST); i < end; i++) {
            TimelineItem it = index.get(i);
            String title = it.event().title() == null ? "" : it.event().title();
            double label = Math.min(measure.width(title), MarkLayout.MAX_LABEL_PX);
            double start = it.kind() == TimelineItem.Extent.RANGE ? s.x(it.to()) : s.x(it.anchor());
            if (start + MarkLayout.MARK_RADIUS + MarkLayout.GAP + label > width - 4) {
                return false;
            }
        }
        return true;
    }
}
