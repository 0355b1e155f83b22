package parley.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
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
 * toolkit starts headless) and inside the running app. The image is drawn band by band of rows, each band in tiles
 * no wider than a texture, all on one reused canvas, and each band goes to the PNG file as soon as it is drawn: the
 * whole image is never held (a 20,000×2,000 export would take 160 MB).
 */
public final class PngExporter {
    /** Widest canvas drawn at once; software and GPU pipelines both accept it. */
    static final int TILE = 4096;
    /** Rows drawn at once: a band of the widest image (20,000 px) holds 20 MB of pixels. */
    static final int BAND = 256;
    /** Longest title drawn before its source numbers in an export. */
    static final int TITLE_CHARS = 34;

    private PngExporter() {
    }

    public static void export(List<Event> events, List<Source> sources, ExportOptions options, Path out) {
        export(new TimelineIndex(events), sources, options, out);
    }

    /** Exports the events of an index already built (the window's): 100,000 events are not indexed twice. */
    public static void export(TimelineIndex index, List<Source> sources, ExportOptions options, Path out) {
        checkSize(options);
        ExportPage page = page(index, sources, options);
        AtomicWrite.write(out, file -> {
            try (PngStreamWriter png = new PngStreamWriter(file, options.width(), options.height())) {
                draw(page, options.width(), options.height(), TILE, BAND, (band, y, rows) -> png.writeRows(band, 0,
                        options.width(), rows));
            }
        });
    }

    /** Renders the image without writing it (the whole image in memory: for previews and tests). */
    public static BufferedImage render(List<Event> events, List<Source> sources, ExportOptions options) {
        return render(events, sources, options, TILE, BAND);
    }

    /** As {@link #render(List, List, ExportOptions)} with tiles of this size (tests compare tilings). */
    static BufferedImage render(List<Event> events, List<Source> sources, ExportOptions options, int tileWidth,
                                int bandHeight) {
        checkSize(options);
        ExportPage page = page(new TimelineIndex(events), sources, options);
        BufferedImage image = new BufferedImage(options.width(), options.height(), BufferedImage.TYPE_INT_RGB);
        try {
            draw(page, options.width(), options.height(), tileWidth, bandHeight,
                    (band, y, rows) -> image.setRGB(0, y, options.width(), rows, band, 0, options.width()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return image;
    }

    static void checkSize(ExportOptions options) {
        if (options.width() < 1 || options.height() < 1) {
            throw new IllegalArgumentException("image size must be positive");
        }
    }

    /** Everything the tiles share: theme, index, layout, scale and the labels with source numbers. */
    private static ExportPage page(TimelineIndex index, List<Source> sources, ExportOptions options) {
        return page(index, sources, options, null);
    }

    /** As above, with labels laid out by this measure (null: the window's font). */
    static ExportPage page(TimelineIndex index, List<Source> sources, ExportOptions options,
                           parley.timeline.TextMeasure measure) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (Source s : sources) {
            numbers.putIfAbsent(s.id(), numbers.size() + 1);
        }
        int w = options.width();
        int h = options.height();
        TimelineTheme theme = FxRuntime.call(PngExporter::styledTheme);
        // Large images are drawn at a larger type size, so text stays readable on a wall or a slide.
        double zoom = ExportLayout.zoom(w, h);
        int pw = (int) Math.round(w / zoom);
        int ph = (int) Math.round(h / zoom);
        ExportLayout layout = ExportLayout.of(pw, ph, options.title() != null && !options.title().isBlank(),
                sources.size(), !index.undated().isEmpty());
        TimeScale scale = scaleFor(index, options, pw - 2 * layout.margin());
        return new ExportPage(theme, layout, index, scale, sources, options, index.events().size(), pw, ph, zoom,
                e -> label(e, numbers), measure);
    }

    /** Receives each band of rows, top to bottom: ARGB pixels, {@code width} per row. */
    @FunctionalInterface
    private interface BandSink {
        void accept(int[] band, int y, int rows) throws IOException;
    }

    /** Draws the page band by band, each band tile by tile on one canvas, and hands each band to the sink. */
    private static void draw(ExportPage page, int w, int h, int tileWidth, int bandHeight, BandSink sink)
            throws IOException {
        int canvasW = Math.min(tileWidth, w);
        int canvasH = Math.min(bandHeight, h);
        Tiles tiles = FxRuntime.call(() -> new Tiles(canvasW, canvasH));
        int[] band = new int[w * canvasH];
        for (int y = 0; y < h; y += canvasH) {
            int rows = Math.min(canvasH, h - y);
            int y0 = y;
            FxRuntime.call(() -> {
                for (int x = 0; x < w; x += canvasW) {
                    tiles.draw(page, x, y0, Math.min(canvasW, w - x), rows, band, w);
                }
                return null;
            });
            sink.accept(band, y, rows);
        }
    }

    /** One canvas (with its scene and snapshot image) that every tile is drawn on in turn; FX thread only. */
    private static final class Tiles {
        private final Canvas canvas;
        private final WritableImage pixels;
        private final SnapshotParameters params = new SnapshotParameters();

        Tiles(int w, int h) {
            canvas = new Canvas(w, h);
            new Scene(new Group(canvas));
            pixels = new WritableImage(w, h);
            params.setFill(Color.WHITE);
        }

        /** Draws the page's pixels [x, x + w) × [y, y + h) and copies them into band at column x (row stride). */
        void draw(ExportPage page, int x, int y, int w, int h, int[] band, int stride) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setTransform(1, 0, 0, 1, 0, 0);
            // Clearing the whole canvas also drops the previous tile's drawing commands.
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.save();
            g.translate(-x, -y);
            g.scale(page.zoom(), page.zoom());
            page.draw(new parley.timeline.FxDrawing(g));
            g.restore();
            canvas.snapshot(params, pixels);
            pixels.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), band, x, stride);
        }
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

    /** The title an export draws: shortened if need be, then the numbers of its sources ("Talks …  [2,5]"). */
    static String label(Event e, Map<Long, Integer> numbers) {
        String refs = e.mentions().stream().map(Mention::sourceId).map(numbers::get).filter(n -> n != null)
                .distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
        if (refs.isEmpty()) {
            return e.title();
        }
        // The source numbers must survive: shorten the title, never the references.
        String t = e.title() == null ? "(untitled)" : e.title();
        if (t.length() > TITLE_CHARS) {
            t = t.substring(0, TITLE_CHARS - 1).stripTrailing() + "…";
        }
        return t + "  [" + refs + "]";
    }
}
