package parley.bench;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import parley.export.FxRuntime;
import parley.timeline.TimeScale;
import parley.timeline.TimelineIndex;
import parley.timeline.TimelineSkin;
import parley.timeline.TimelineView;

/**
 * Drives the real timeline control in a window (headless through Monocle when there is no display). A frame is what
 * the skin does on a pulse after the scale changed: the layout pass calls the painter on the canvas; the probe
 * changes the scale, runs that pass and times it, and counts the skin's paints to be sure each frame painted.
 */
final class TimelineProbe implements AutoCloseable {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Stage stage;
    private final TimelineView view;

    private TimelineProbe(Stage stage, TimelineView view) {
        this.stage = stage;
        this.view = view;
    }

    /**
     * Opens a window with a timeline of this index and returns once its first frame is painted and rendered (a
     * snapshot of the scene forces the rendering of the canvas's drawing commands).
     */
    static TimelineProbe firstFrame(TimelineIndex index) {
        TimelineProbe probe = open();
        probe.show(index);
        return probe;
    }

    /** Opens the window with an empty timeline, styled and laid out, as the app does while the store is read. */
    static TimelineProbe open() {
        return FxRuntime.call(() -> {
            TimelineView view = new TimelineView();
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(view), WIDTH, HEIGHT);
            stage.setScene(scene);
            stage.show();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return new TimelineProbe(stage, view);
        });
    }

    /** Gives the timeline this index and returns once the frame is painted and rendered to pixels. */
    void show(TimelineIndex index) {
        FxRuntime.call(() -> {
            Scene scene = view.getScene();
            view.setIndex(index);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            WritableImage pixels = scene.snapshot(null);
            if (pixels.getWidth() < 1 || view.lastFrameProperty().get().marksDrawn() == 0 && index.size() > 0) {
                throw new IllegalStateException("the timeline drew nothing in its first frame");
            }
            return null;
        });
    }

    /** How many marks and clusters the last frame drew. */
    int marksDrawn() {
        return FxRuntime.call(() -> view.lastFrameProperty().get().marksDrawn());
    }

    /**
     * Times {@code frames} frames around a window of {@code spanSeconds} centred on {@code centre}, alternately
     * panning by a few dozen pixels and zooming by 10% in and out (so the span stays near its level).
     */
    Samples frames(double centre, double spanSeconds, int frames) {
        return frames(centre, spanSeconds, frames, false);
    }

    /**
     * As {@link #frames(double, double, int)}, each frame also rendered to pixels: a snapshot of the scene into a
     * reused image renders the canvas's drawing commands (and reads the pixels back, a little more than a screen
     * frame costs).
     */
    Samples renderedFrames(double centre, double spanSeconds, int frames) {
        return frames(centre, spanSeconds, frames, true);
    }

    private Samples frames(double centre, double spanSeconds, int frames, boolean render) {
        WritableImage[] target = new WritableImage[1];
        Samples samples = new Samples();
        TimeScale start = TimeScale.fit(centre - spanSeconds / 2, centre + spanSeconds / 2, WIDTH, 0);
        FxRuntime.call(() -> {
            // As a user's first gesture does, this ends the fit-all mode, in which a layout would re-fit the view.
            view.panBy(0);
            view.setScale(start);
            view.layout();
            return null;
        });
        for (int i = 0; i < frames; i++) {
            int step = i;
            // One FX call per frame: pulses run between frames, as they would between user gestures.
            long nanos = FxRuntime.call(() -> {
                TimelineSkin skin = (TimelineSkin) view.getSkin();
                int before = skin.paintCount();
                TimeScale s = view.getScale();
                TimeScale next = switch (step % 4) {
                    case 0 -> s.zoomAt(WIDTH / 2, 1.1);
                    case 1 -> s.panBy(37);
                    case 2 -> s.zoomAt(WIDTH / 2, 1 / 1.1);
                    default -> s.panBy(-37);
                };
                long t0 = System.nanoTime();
                view.setScale(next);
                view.layout();
                if (render) {
                    target[0] = view.getScene().snapshot(target[0]);
                }
                long took = System.nanoTime() - t0;
                if (skin.paintCount() != before + 1) {
                    throw new IllegalStateException("a frame did not repaint the timeline exactly once");
                }
                return took;
            });
            samples.add(nanos);
        }
        return samples;
    }

    @Override
    public void close() {
        FxRuntime.call(() -> {
            stage.close();
            return null;
        });
    }

    /** Zoom levels of the frame measure: name and span of time in view. */
    record Level(String name, double spanSeconds) {
        static List<Level> all() {
            double day = TimeScale.DAY;
            return List.of(new Level("10 years", 3652 * day), new Level("1 year", 365 * day),
                    new Level("1 month", 30 * day), new Level("1 week", 7 * day), new Level("1 day", day));
        }
    }
}
