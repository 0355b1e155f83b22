package parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javafx.scene.paint.Color;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Source;
import parley.timeline.TimelineTheme;
import parley.ui.FakeEventStore;
import parley.ui.SampleData;

class PngExporterTest {
    @TempDir
    Path dir;

    private static Event event(long id, EventType type, LocalDate day) {
        return new Event(id, type, type.name(), EventDate.day(day), null, null, EventStatus.HELD, List.of(), List.of(),
                List.of());
    }

    private static int argb(Color c) {
        return 0xFF000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Mean x of the pixels of exactly this colour inside [top, bottom), or NaN when there are none. */
    private static double meanX(BufferedImage img, int colour, int top, int bottom) {
        long sum = 0;
        long n = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (img.getRGB(x, y) == colour) {
                    sum += x;
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : (double) sum / n;
    }

    @Test
    void writesAnImageOfTheRequestedSizeWithEventsInTheirColoursWhereTheyAre() throws Exception {
        TimelineTheme theme = TimelineTheme.light();
        LocalDate first = LocalDate.of(2025, 1, 1);
        LocalDate last = LocalDate.of(2025, 12, 31);
        List<Event> events = List.of(event(1, EventType.CALL, first.plusDays(30)),
                event(2, EventType.MILITARY, first.plusDays(300)));
        Path out = dir.resolve("timeline.png");
        PngExporter.export(events, List.of(), new ExportOptions(1200, 700, first, last, "Test"), out);

        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(1200);
        assertThat(img.getHeight()).isEqualTo(700);
        ExportLayout layout = ExportLayout.of(1200, 700, true, 0, false);
        int top = (int) (layout.timelineTop() + 50);
        int bottom = (int) (layout.timelineTop() + 120);
        double width = 1200 - 2 * layout.margin();
        double call = meanX(img, argb(theme.colour(EventType.CALL)), top, bottom);
        double military = meanX(img, argb(theme.colour(EventType.MILITARY)), top, bottom);
        double expectedCall = layout.margin() + (30.5 / 365) * width;
        double expectedMilitary = layout.margin() + (300.5 / 365) * width;
        assertThat(call).isBetween(expectedCall - 4, expectedCall + 4);
        assertThat(military).isBetween(expectedMilitary - 4, expectedMilitary + 4);
    }

    @Test
    void fitsAllEventsWhenNoRangeIsGiven() {
        FakeEventStore store = SampleData.store();
        BufferedImage img = PngExporter.render(store.events(), store.sources(),
                new ExportOptions(1600, 900, null, null, null));
        TimelineTheme theme = TimelineTheme.light();
        ExportLayout layout = ExportLayout.of(1600, 900, false, store.sources().size(), true);
        int top = (int) layout.timelineTop();
        int bottom = (int) (layout.timelineTop() + layout.timelineHeight() - 70);
        for (EventType t : List.of(EventType.CALL, EventType.SUMMIT, EventType.MILITARY, EventType.VISIT)) {
            double x = meanX(img, argb(theme.colour(t)), top, bottom);
            assertThat(x).as(t.name()).isBetween(layout.margin(), 1600 - layout.margin());
        }
    }

    @Test
    void wideImagesAreDrawnInTilesWithoutSeams() throws Exception {
        TimelineTheme theme = TimelineTheme.light();
        LocalDate first = LocalDate.of(2000, 1, 1);
        List<Event> events = List.of(event(1, EventType.SUMMIT, first.plusDays(10)),
                event(2, EventType.TALKS, first.plusDays(3650 - 12)));
        Path out = dir.resolve("wide.png");
        PngExporter.export(events, List.of(), new ExportOptions(20_000, 400, first, first.plusDays(3649), null), out);
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(20_000);
        assertThat(img.getHeight()).isEqualTo(400);
        ExportLayout layout = ExportLayout.of(20_000, 400, false, 0, false);
        int top = (int) layout.timelineTop() + 50;
        double talks = meanX(img, argb(theme.colour(EventType.TALKS)), top, top + 60);
        double summit = meanX(img, argb(theme.colour(EventType.SUMMIT)), top, top + 60);
        assertThat(summit).isLessThan(TILE_EDGE);
        assertThat(talks).isGreaterThan(4 * TILE_EDGE);
        // The background is continuous across the tile edge.
        int y = (int) layout.timelineTop() + 150;
        assertThat(img.getRGB(PngExporter.TILE - 1, y)).isEqualTo(img.getRGB(PngExporter.TILE, y));
    }

    private static final int TILE_EDGE = PngExporter.TILE;

    @Test
    void tilesAndBandsAddUpToTheSameImageAsOneCanvas() {
        FakeEventStore store = SampleData.store();
        ExportOptions options = new ExportOptions(1300, 700, null, null, "Seams");
        BufferedImage whole = PngExporter.render(store.events(), store.sources(), options, 1300, 700);
        // Tile edges every 300 px and band edges every 128 rows cross the axis, marks, labels and legend.
        BufferedImage tiled = PngExporter.render(store.events(), store.sources(), options, 300, 128);
        int differing = 0;
        int worst = 0;
        for (int y = 0; y < 700; y++) {
            for (int x = 0; x < 1300; x++) {
                int a = whole.getRGB(x, y);
                int b = tiled.getRGB(x, y);
                if (a != b) {
                    differing++;
                    for (int shift = 0; shift <= 16; shift += 8) {
                        worst = Math.max(worst, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
                    }
                }
            }
        }
        // The rasteriser may round a gradient's shade by one step differently at another offset; nothing more.
        assertThat(worst).isLessThanOrEqualTo(1);
        assertThat(differing).isLessThan(100);
        // Not a blank image compared with itself: the page has drawing on both sides of a seam.
        long distinct = java.util.stream.IntStream.range(280, 320).map(x -> whole.getRGB(x, 140)).distinct().count()
                + java.util.stream.IntStream.range(0, 1300).map(x -> whole.getRGB(x, 128)).distinct().count();
        assertThat(distinct).isGreaterThan(3);
    }

    @Test
    void theStreamedFileHasTheRenderedPixels() throws Exception {
        FakeEventStore store = SampleData.store();
        ExportOptions options = new ExportOptions(900, 600, null, null, "Stream");
        Path out = dir.resolve("stream.png");
        PngExporter.export(store.events(), store.sources(), options, out);
        BufferedImage read = ImageIO.read(out.toFile());
        BufferedImage rendered = PngExporter.render(store.events(), store.sources(), options);
        for (int y = 0; y < 600; y += 7) {
            for (int x = 0; x < 900; x += 3) {
                assertThat(read.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(rendered.getRGB(x, y));
            }
        }
        assertThat(Files.exists(dir.resolve("stream.png.part"))).isFalse();
    }

    @Test
    void labelsEndInTheSourceNumbersWithoutCopyingEvents() {
        Event e = new Event(7, EventType.TALKS, "Talks on the ceasefire lines between the two delegations",
                EventDate.day(LocalDate.of(2025, 3, 1)), null, null, EventStatus.HELD, List.of(),
                List.of(new parley.domain.Mention(30, 0, 5, null, null), new parley.domain.Mention(10, 9, 12, null, null),
                        new parley.domain.Mention(30, 20, 25, null, null)), List.of());
        assertThat(PngExporter.label(e, java.util.Map.of(10L, 1, 30L, 4)))
                .isEqualTo("Talks on the ceasefire lines betw…  [1,4]");
        assertThat(PngExporter.label(e, java.util.Map.of())).isEqualTo(e.title());
    }

    @Test
    void anEmptyStoreStillGivesAnImage() {
        BufferedImage img = PngExporter.render(List.of(), List.<Source>of(), new ExportOptions(640, 360, null, null,
                "Nothing yet"));
        assertThat(img.getWidth()).isEqualTo(640);
        assertThat(img.getRGB(320, 200)).isEqualTo(argb(TimelineTheme.light().background()));
    }

    @Test
    void worksFromTheFxThreadOfARunningApp() {
        FxRuntime.ensureStarted();
        BufferedImage img = FxRuntime.call(() -> PngExporter.render(SampleData.store().events(), List.of(),
                new ExportOptions(800, 500, null, null, null)));
        assertThat(img.getWidth()).isEqualTo(800);
    }

    @Test
    void layoutGivesTheSourcesAtMostAThirdAndCountsTheRest() {
        ExportLayout l = ExportLayout.of(1200, 600, true, 500, false);
        assertThat(l.sourceRows() * ExportLayout.LINE).isLessThanOrEqualTo(200);
        assertThat(l.sourcesShown()).isLessThan(500).isPositive();
        assertThat(l.timelineHeight()).isGreaterThan(300);
        ExportLayout few = ExportLayout.of(1200, 600, true, 3, false);
        assertThat(few.sourcesShown()).isEqualTo(3);
    }
}
