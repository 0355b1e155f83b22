package parley.ui;

import java.time.LocalDate;

import parley.export.ExportOptions;

/**
 * What the Export PNG dialog asks: the current view or the whole range, a size (1×, 2× the view, or a custom width
 * with the view's proportions) and a title.
 *
 * @param wholeRange  the fit of Fit all (where the events crowd, far-off ones counted at the edges) rather than
 *                    the visible range
 * @param scale       1 or 2 times the view's size; ignored when {@code customWidth} is set
 * @param customWidth width in pixels, or 0
 * @param title       heading of the image (blank: none)
 */
record PngExportChoice(boolean wholeRange, int scale, int customWidth, String title) {
    /** Widest image offered: wide exports render in tiles, but a bound keeps memory sane. */
    static final int MAX_WIDTH = 40_000;

    /** The exporter's options for a view of this size showing [viewFrom, viewTo]. */
    ExportOptions options(double viewWidth, double viewHeight, LocalDate viewFrom, LocalDate viewTo) {
        double w = Math.max(320, viewWidth);
        double h = Math.max(240, viewHeight);
        int width;
        int height;
        if (customWidth > 0) {
            width = Math.min(MAX_WIDTH, Math.max(320, customWidth));
            height = (int) Math.round(h * Math.min(2.0, width / w));
        } else {
            int k = Math.max(1, Math.min(4, scale));
            width = (int) Math.round(w * k);
            height = (int) Math.round(h * k);
        }
        String t = title == null || title.isBlank() ? null : title.strip();
        return wholeRange ? new ExportOptions(width, height, null, null, t)
                : new ExportOptions(width, height, viewFrom, viewTo, t);
    }
}
