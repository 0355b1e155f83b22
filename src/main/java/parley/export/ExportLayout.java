package parley.export;

/**
 * Where the parts of an exported image go, from its size and content: heading, timeline (with legend), undated line
 * and the numbered source list. Pure arithmetic, so the proportions are tested without rendering.
 *
 * @param margin        outer margin
 * @param titleHeight   height of the heading band (0 without heading)
 * @param timelineTop   y of the timeline's top
 * @param timelineHeight height of the timeline including axis and legend
 * @param sourcesTop    y of the source list's first line
 * @param sourceRows    lines per source column
 * @param sourceColumns columns of sources
 * @param sourcesShown  how many sources are listed (the rest are counted in an "and n more" line)
 */
public record ExportLayout(double margin, double titleHeight, double timelineTop, double timelineHeight,
                           double sourcesTop, int sourceRows, int sourceColumns, int sourcesShown) {
    public static final double LINE = 17;
    public static final double COLUMN_WIDTH = 560;

    /** Image pixels per page unit: 1 up to about 1400×800, growing with the image up to 3. */
    public static double zoom(int width, int height) {
        return Math.max(1, Math.min(3, Math.min(width / 1400.0, height / 800.0)));
    }

    public static ExportLayout of(int width, int height, boolean title, int sources, boolean undated) {
        double margin = Math.max(12, Math.min(32, Math.min(width, height) * 0.03));
        double titleH = title ? 58 : 30;
        double inner = width - 2 * margin;
        int columns = Math.max(1, (int) Math.min(4, Math.floor(inner / COLUMN_WIDTH)));
        int rowsNeeded = sources == 0 ? 0 : (int) Math.ceil(sources / (double) columns);
        // Sources take at most a third of the height; the timeline keeps the rest.
        int rowsFit = (int) Math.floor(height / 3.0 / LINE) - 2;
        int rows = Math.max(0, Math.min(rowsNeeded, rowsFit));
        double sourcesH = rows == 0 ? 0 : (rows + 2) * LINE;
        double undatedH = undated ? LINE * 1.6 : 0;
        double timelineTop = margin + titleH;
        double timelineH = Math.max(60, height - timelineTop - margin - sourcesH - undatedH);
        int shown = Math.min(sources, rows * columns);
        if (shown < sources && shown > 0) {
            shown--; // the last slot says how many more there are
        }
        return new ExportLayout(margin, titleH, timelineTop, timelineH, timelineTop + timelineH + undatedH + LINE,
                rows, columns, shown);
    }
}
