package parley.timeline;

import java.util.List;

import javafx.scene.canvas.Canvas;

import parley.domain.Event;
import parley.export.FxRuntime;
import parley.ui.SampleData;

/** Prints how long indexing, layout and painting take for 100,000 events (run by hand; tests assert no timings). */
public final class TimelineBench {
    private TimelineBench() {
    }

    public static void main(String[] args) {
        List<Event> events = SampleData.many(100_000, 2000, 25);
        long t0 = System.nanoTime();
        TimelineIndex cold = new TimelineIndex(events);
        System.out.printf("index 100k (cold): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        for (int i = 0; i < 5; i++) {
            new TimelineIndex(events);
        }
        t0 = System.nanoTime();
        TimelineIndex index = new TimelineIndex(events);
        System.out.printf("index 100k (warm): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        double[] ext = index.extent();
        TimeScale all = TimeScale.fit(ext[0], ext[1], 1600, 0.04);
        MarkLayout layout = new MarkLayout(TextMeasure.approximate(12));
        for (double zoom : new double[] {1, 30, 300, 3000}) {
            TimeScale s = all.zoomAt(800, zoom);
            for (int i = 0; i < 20; i++) {
                layout.layout(index, s, 28);
            }
            long t = System.nanoTime();
            int n = 50;
            Marks m = null;
            for (int i = 0; i < n; i++) {
                m = layout.layout(index, s, 28);
            }
            System.out.printf("layout zoom %5.0fx: visible %6d, marks %4d, %.2f ms%n", zoom, m.visible(),
                    m.markCount(), (System.nanoTime() - t) / 1e6 / n);
        }
        FxRuntime.ensureStarted();
        for (double zoom : new double[] {1, 300}) {
            double ms = FxRuntime.call(() -> {
                Canvas c = new Canvas(1600, 800);
                TimelinePainter p = new TimelinePainter(TimelineTheme.light());
                TimeScale s = all.zoomAt(800, zoom);
                for (int i = 0; i < 10; i++) {
                    p.paint(c.getGraphicsContext2D(), index, s, 800, null, null, true);
                }
                long t = System.nanoTime();
                for (int i = 0; i < 20; i++) {
                    p.paint(c.getGraphicsContext2D(), index, s, 800, null, null, true);
                }
                return (System.nanoTime() - t) / 1e6 / 20;
            });
            System.out.printf("paint zoom %5.0fx (layout + draw calls): %.2f ms%n", zoom, ms);
        }
        System.exit(0);
    }
}
