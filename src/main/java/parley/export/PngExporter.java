package parley.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import parley.domain.Event;
import parley.domain.Mention;
import parley.domain.Source;
import parley.timeline.Fit;
import parley.timeline.TextMeasure;
import parley.timeline.TimeScale;
import parley.timeline.TimelineIndex;
import parley.timeline.TimelineTheme;
import parley.timeline.TimelineView;

/**
 * Renders the timeline to a PNG with the window's painter and stylesheet: heading, axis, events (each label ending in
 * the numbers of its sources), legend, undated events and the numbered source list. Works with no display (the
 * toolkit starts headless) and inside the running app; images wider or taller than a texture are drawn in tiles.
 */
public final class PngExporter {
    /** Largest canvas drawn at once; software and GPU pipelines both accept it. */
    static final int TILE = 4096;
    /** Longest title drawn before its source numbers in an export. */
    static final int TITLE_CHARS = 34;

    private PngExporter() {
    }

    public static void export(List<Event> events, List<Source> sources, ExportOptions options, Path out) {
        if (options.width() < 1 || options.height() < 1) {
            throw new IllegalArgumentException("image size must be positive");
        }
        BufferedImage image = render(events, sources, options);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", out.toFile())) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** Renders the image without writing it. */
    public static BufferedImage render(List<Event> events, List<Source> sources, ExportOptions options) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        for (Source s : sources) {
            numbers.put(s.id(), numbers.size() + 1);
        }
        List<Event> labelled = events.stream().map(e -> withSourceNumbers(e, numbers)).toList();
        int w = options.width();
        int h = options.height();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            TimelineTheme theme = FxRuntime.call(PngExporter::styledTheme);
            TimelineIndex index = new TimelineIndex(labelled);
            // Large images are drawn at a larger type size, so text stays readable on a wall or a slide.
            double zoom = ExportLayout.zoom(w, h);
            int pw = (int) Math.round(w / zoom);
            int ph = (int) Math.round(h / zoom);
            ExportLayout layout = ExportLayout.of(pw, ph, options.title() != null && !options.title().isBlank(),
                    sources.size(), !index.undated().isEmpty());
            TimeScale scale = scaleFor(index, options, pw - 2 * layout.margin());
            ExportPage page = new ExportPage(theme, layout, index, scale, sources, options, events.size(), pw, ph,
                    zoom);
            for (int ty = 0; ty < h; ty += TILE) {
                for (int tx = 0; tx < w; tx += TILE) {
                    int tw = Math.min(TILE, w - tx);
                    int th = Math.min(TILE, h - ty);
                    int x0 = tx;
                    int y0 = ty;
                    BufferedImage tile = FxRuntime.call(() -> tile(page, x0, y0, tw, th));
                    g2.drawImage(tile, tx, ty, null);
                }
            }
        } finally {
            g2.dispose();
        }
        return image;
    }

    private static BufferedImage tile(ExportPage page, int x, int y, int w, int h) {
        Canvas canvas = new Canvas(w, h);
        new Scene(new Group(canvas));
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.translate(-x, -y);
        g.scale(page.zoom(), page.zoom());
        page.draw(g);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage img = canvas.snapshot(params, new WritableImage(w, h));
        return SwingFXUtils.fromFXImage(img, null);
    }

    /** The colours and font of the window's stylesheet, so the image looks like the app. */
    private static TimelineTheme styledTheme() {
        TimelineView view = new TimelineView();
        new Scene(new Group(view));
        view.applyCss();
        return view.theme();
    }

    static TimeScale scaleFor(TimelineIndex index, ExportOptions o, double width) {
        double[] extent = index.extent();
        double day = TimeScale.DAY;
        double from;
        double to;
        if (o.from() != null || o.to() != null || extent == null) {
            double lo = extent == null ? 0 : extent[0];
            double hi = extent == null ? 365 * day : extent[1];
            from = o.from() != null ? o.from().toEpochDay() * day : lo;
            to = o.to() != null ? (o.to().toEpochDay() + 1) * day : Math.max(hi, from + day);
            from = Math.min(from, to - day);
            // An explicit range is shown as asked, without margin.
            double spp = (to - from) / Math.max(1, width);
            return extent == null && o.from() == null && o.to() == null
                    ? TimeScale.fit(from, to, width, TimelineView.FIT_MARGIN)
                    : new TimeScale(from, spp, width);
        }
        return Fit.all(index, width, TimelineView.FIT_MARGIN, TextMeasure.approximate(12));
    }

    private static Event withSourceNumbers(Event e, Map<Long, Integer> numbers) {
        String refs = e.mentions().stream().map(Mention::sourceId).map(numbers::get).filter(n -> n != null)
                .distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        if (refs.isEmpty()) {
            return e;
        }
        // The source numbers must survive: shorten the title, never the references.
        String t = e.title() == null ? "(untitled)" : e.title();
        if (t.length() > TITLE_CHARS) {
            t = t.substring(0, TITLE_CHARS - 1).stripTrailing() + "…";
        }
        String title = t + "  [" + refs + "]";
        return new Event(e.id(), e.type(), title, e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), e.mentions(), e.disagreements());
    }
}
