package parley.timeline;

/**
 * Where a timeline's story is: the range of time its dated events crowd into, leaving out the few that lie far off
 * (an article recalls "the first visit since 2008", or announces a summit in 2030). Those outliers stretch a plain
 * fit until the story itself is a sliver. The dense core is the shortest window holding {@value #CORE_SHARE} of the
 * events' marks; it is widened on each side by half its span or one and a half of its mean gaps between events,
 * whichever is more, and at least {@value #MIN_WIDEN_DAYS} days, so only events far from the story, not its own first
 * and last, are left out; every event whose mark falls inside the widened window is shown. Events spread evenly lose nothing: the one or
 * two beyond the core of an even spread lie within the widening.
 */
public final class StoryRange {
    /** Share of the dated events the dense core must hold. */
    static final double CORE_SHARE = 0.9;
    /** The core is widened by this fraction of its span on each side. */
    static final double WIDEN = 0.5;
    /** And by at least this much, so a story of one busy day keeps the week around it. */
    static final double MIN_WIDEN_DAYS = 7;

    private StoryRange() {
    }

    /**
     * The earliest and latest second the story covers, or null when the index has no dated event. Points and ranges
     * count with their whole interval; a month- or year-only date with its mark alone, since its soft span only says
     * "somewhere in here" (a year-only date would otherwise stretch a story of weeks to a year).
     */
    public static double[] of(TimelineIndex index) {
        int n = index.size();
        if (n == 0) {
            return null;
        }
        int keep = (int) Math.ceil(n * CORE_SHARE);
        int best = 0;
        double bestSpan = Double.MAX_VALUE;
        // The index is sorted by mark: the shortest window of `keep` marks starts at some i and ends at i + keep - 1.
        for (int i = 0; i + keep - 1 < n; i++) {
            double span = index.get(i + keep - 1).anchor() - index.get(i).anchor();
            if (span < bestSpan) {
                bestSpan = span;
                best = i;
            }
        }
        // Half the core, and at least one and a half of its mean gaps, so a planned event a few weeks after a
        // story of months, or the next event of an even spread, is never cut off.
        double gap = keep > 1 ? bestSpan / (keep - 1) : 0;
        double widen = Math.max(Math.max(bestSpan * WIDEN, 1.5 * gap), MIN_WIDEN_DAYS * TimeScale.DAY);
        double lo = index.get(best).anchor() - widen;
        double hi = index.get(best + keep - 1).anchor() + widen;
        int first = index.firstAtOrAfter(lo);
        int end = index.firstAtOrAfter(Math.nextUp(hi));
        double from = Double.MAX_VALUE;
        double to = -Double.MAX_VALUE;
        for (int i = first; i < end; i++) {
            TimelineItem it = index.get(i);
            boolean soft = it.kind() == TimelineItem.Extent.UNCERTAIN;
            from = Math.min(from, soft ? it.anchor() : it.from());
            to = Math.max(to, soft ? it.anchor() : it.to());
        }
        return new double[] {from, to};
    }
}
