package parley.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import parley.domain.Event;
import parley.domain.Source;
import parley.timeline.DrawingContext;
import parley.timeline.TimeScale;
import parley.timeline.TimelineIndex;
import parley.timeline.TimelinePainter;
import parley.timeline.TimelineTheme;
import parley.timeline.TickUnit;

/**
 * Draws a whole export page in page units (image pixels / zoom); the exporter calls it once per tile. Events are
 * labelled through {@code labels} (title and source numbers), computed only for the events a frame labels.
 */
final class ExportPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final TimelineTheme theme;
    private final ExportLayout layout;
    private final TimelineIndex index;
    private final TimeScale scale;
    private final List<Source> sources;
    private final ExportOptions options;
    private final int eventCount;
    private final double width;
    private final double height;
    private final double zoom;
    private final java.util.function.Function<Event, String> labels;
    private final TimelinePainter painter;

    ExportPage(TimelineTheme theme, ExportLayout layout, TimelineIndex index, TimeScale scale, List<Source> sources,
               ExportOptions options, int eventCount, double width, double height, double zoom,
               java.util.function.Function<Event, String> labels) {
        this(theme, layout, index, scale, sources, options, eventCount, width, height, zoom, labels, null);
    }

    /** As above, laying labels out with this measure (null: the window's font); vector exports pass their font's. */
    ExportPage(TimelineTheme theme, ExportLayout layout, TimelineIndex index, TimeScale scale, List<Source> sources,
               ExportOptions options, int eventCount, double width, double height, double zoom,
               java.util.function.Function<Event, String> labels, parley.timeline.TextMeasure measure) {
        this.theme = theme;
        this.layout = layout;
        this.index = index;
        this.scale = scale;
        this.sources = sources;
        this.options = options;
        this.eventCount = eventCount;
        this.width = width;
        this.height = height;
        this.zoom = zoom;
        this.labels = labels;
        // One painter for every tile: its fonts and layouts are made once.
        this.painter = new TimelinePainter(theme, measure, labels);
    }

    /** Image pixels per page unit. */
    double zoom() {
        return zoom;
    }

    /** The page's background colour. */
    javafx.scene.paint.Color background() {
        return theme.background();
    }

    /** Page width in page units. */
    double width() {
        return width;
    }

    double height() {
        return height;
    }

    void draw(DrawingContext g) {
        draw(g, false);
    }

    /**
     * Draws the page. Tiles of an image draw the timeline unclipped and cover the page around it again (see
     * TimelinePainter#paint); a vector page clips it instead, so no label cut off at the edge lingers, hidden, in
     * the file's text.
     */
    void draw(DrawingContext g, boolean clip) {
        double m = layout.margin();
        g.setFill(theme.background());
        g.fillRect(0, 0, width, height);
        g.save();
        g.translate(m, layout.timelineTop());
        painter.paint(g, index, scale, layout.timelineHeight(), null, null, true, clip);
        g.restore();
        double top = layout.timelineTop();
        double bottom = top + layout.timelineHeight();
        double right = m + scale.width();
        g.setFill(theme.background());
        g.fillRect(0, 0, width, top);
        g.fillRect(0, bottom, width, height - bottom);
        g.fillRect(0, top, m, bottom - top);
        g.fillRect(right, top, width - right, bottom - top);

        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        double y = m;
        if (options.title() != null && !options.title().isBlank()) {
            g.setFill(theme.text());
            g.setFont(Font.font(theme.fontFamily(), FontWeight.BOLD, 22));
            g.fillText(options.title(), m, y);
            y += 30;
        }
        g.setFill(theme.mutedText());
        g.setFont(Font.font(theme.fontFamily(), 12));
        g.fillText(subtitle(), m, y);

        Font small = Font.font(theme.fontFamily(), 11.5);
        double after = layout.timelineTop() + layout.timelineHeight() + 6;
        if (!index.undated().isEmpty()) {
            g.setFont(small);
            g.setFill(theme.mutedText());
            String list = index.undated().stream().limit(12).map(labels).reduce((a, b) -> a + "; " + b)
                    .orElse("");
            String more = index.undated().size() > 12 ? "; …" : "";
            g.fillText("Undated (" + index.undated().size() + "): " + list + more, m, after);
        }
        drawSources(g, small);
    }

    private String subtitle() {
        String range = TickUnit.dateTime(scale.start()).toLocalDate().format(DAY) + " – "
                + TickUnit.dateTime(scale.end()).toLocalDate().format(DAY);
        return eventCount + (eventCount == 1 ? " event" : " events") + " from " + sources.size()
                + (sources.size() == 1 ? " source" : " sources") + " · " + range + " · made with Parley";
    }

    private void drawSources(DrawingContext g, Font font) {
        if (layout.sourceRows() == 0) {
            return;
        }
        double m = layout.margin();
        double top = layout.sourcesTop();
        g.setFont(Font.font(theme.fontFamily(), FontWeight.BOLD, 12));
        g.setFill(theme.text());
        g.fillText("Sources", m, top);
        g.setFont(font);
        double colW = (width - 2 * m) / layout.sourceColumns();
        int shown = layout.sourcesShown();
        for (int i = 0; i < shown; i++) {
            int col = i / layout.sourceRows();
            int row = i % layout.sourceRows();
            double x = m + col * colW;
            double y = top + (row + 1) * ExportLayout.LINE + 4;
            g.setFill(theme.mutedText());
            g.fillText(String.format("%2d", i + 1), x, y);
            g.setFill(theme.text());
            g.fillText(describe(sources.get(i), colW - 40), x + 22, y);
        }
        if (shown < sources.size()) {
            int col = shown / layout.sourceRows();
            int row = shown % layout.sourceRows();
            g.setFill(theme.mutedText());
            g.fillText("… and " + (sources.size() - shown) + " more sources", m + col * colW + 22,
                    top + (row + 1) * ExportLayout.LINE + 4);
        }
    }

    /**
     * "Title — Publisher, 3 May 2024": a long title is shortened, never the publisher and date, so every line names
     * where it came from. The file name stands in only for an article with no title.
     */
    static String describe(Source s, double px) {
        String title = s.title() == null || s.title().isBlank() ? s.file() : s.title();
        StringBuilder tail = new StringBuilder();
        if (s.publisher() != null && !s.publisher().isBlank()) {
            tail.append(" — ").append(s.publisher());
        }
        tail.append(", ").append(s.published() == null ? "undated" : s.published().format(DAY));
        int max = (int) Math.max(8, px / 6.2);
        if (title.length() + tail.length() <= max) {
            return title + tail;
        }
        int room = max - tail.length();
        return room >= 12 ? fit(title, room * 6.2) + tail : fit(title + tail, px);
    }

    private static String fit(String text, double px) {
        int max = (int) Math.max(8, px / 6.2);
        return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
