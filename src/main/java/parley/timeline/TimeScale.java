package parley.timeline;

/**
 * Maps time (seconds since the epoch, UTC) to pixels and back for a view of a given width. Immutable: zooming and
 * panning return a new scale, which makes every change easy to test and to publish as one property value.
 *
 * @param start        time at pixel 0
 * @param secondsPerPx how many seconds one pixel stands for
 * @param width        width of the view in pixels
 */
public record TimeScale(double start, double secondsPerPx, double width) {
    /** Closest zoom: two pixels per second, so minute ticks stand well apart. */
    public static final double MIN_SECONDS_PER_PX = 0.5;
    /** Widest zoom: about 500 years across 1,000 pixels. */
    public static final double MAX_SECONDS_PER_PX = 500 * 365.25 * 86_400 / 1000;

    public static final double DAY = 86_400;

    public TimeScale {
        if (!(width > 0)) {
            width = 1;
        }
        secondsPerPx = clamp(secondsPerPx);
    }

    /** A scale showing [from, to] across the width, with a margin of this fraction of the span on each side. */
    public static TimeScale fit(double from, double to, double width, double margin) {
        double span = Math.max(to - from, DAY);
        double padded = span * (1 + 2 * margin);
        double spp = clamp(padded / Math.max(width, 1));
        double centre = (from + to) / 2;
        return new TimeScale(centre - spp * width / 2, spp, width);
    }

    public double x(double time) {
        return (time - start) / secondsPerPx;
    }

    public double time(double x) {
        return start + x * secondsPerPx;
    }

    public double end() {
        return time(width);
    }

    /** Zooms by this factor (&gt;1 zooms in) keeping the time under pixel {@code x} where it is. */
    public TimeScale zoomAt(double x, double factor) {
        double anchor = time(x);
        double spp = clamp(secondsPerPx / factor);
        return new TimeScale(anchor - x * spp, spp, width);
    }

    /** Moves the view so content follows a drag of {@code dx} pixels (positive drags content right). */
    public TimeScale panBy(double dx) {
        return new TimeScale(start - dx * secondsPerPx, secondsPerPx, width);
    }

    /** The same start and zoom for a new width (a resized window keeps its zoom). */
    public TimeScale withWidth(double newWidth) {
        return new TimeScale(start, secondsPerPx, newWidth);
    }

    private static double clamp(double spp) {
        if (!(spp > 0) || Double.isInfinite(spp)) {
            return MAX_SECONDS_PER_PX;
        }
        return Math.max(MIN_SECONDS_PER_PX, Math.min(MAX_SECONDS_PER_PX, spp));
    }
}
