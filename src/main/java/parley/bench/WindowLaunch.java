package parley.bench;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.scene.Scene;
import javafx.stage.Stage;

import parley.core.Parley;
import parley.domain.StoreAddress;
import parley.export.FxRuntime;
import parley.ui.MainView;
import parley.ui.Theme;

/**
 * The launch an analyst sees: the whole window (menus, participants, timeline, sources, details, status bar) built
 * as the application builds it, on a store opened on a thread of its own while the toolkit starts, until the first
 * frame that shows every event with its lanes, the participants and the sources, rendered to pixels. The timeline
 * launch row times the timeline alone; this one adds what the panels cost.
 */
final class WindowLaunch {
    static final double WIDTH = 1360;
    static final double HEIGHT = 820;

    /** What one launch measured, in seconds from before the toolkit starts. */
    record Figures(double frame, double toolkit, double opened, double built, double read, double cpu, double jit,
                   int participants, int sources) {
        String describe() {
            return String.format(Locale.ROOT, "%.2f s: toolkit %.2f, store open at %.2f, window built at %.2f, rows"
                    + " read and applied at %.2f; process CPU %.2f s (JIT compilers %.2f); %,d participants and %,d"
                    + " sources listed", frame, toolkit, opened, built, read, cpu, jit, participants, sources);
        }
    }

    private WindowLaunch() {
    }

    static Figures measure(StoreAddress store) {
        long t0 = System.nanoTime();
        long cpu0 = CpuTime.process();
        long jit0 = CpuTime.compilingMillis();
        CompletableFuture<Parley> opening = CompletableFuture.supplyAsync(() -> Parley.open(store),
                r -> {
                    Thread t = new Thread(r, "bench-window-open");
                    t.setDaemon(true);
                    t.start();
                });
        FxRuntime.ensureStarted();
        long toolkit = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bench-window-worker");
            t.setDaemon(true);
            return t;
        });
        try (Parley parley = opening.join()) {
            long opened = System.nanoTime();
            CompletableFuture<Void> complete = new CompletableFuture<>();
            Stage[] stage = new Stage[1];
            MainView view = FxRuntime.call(() -> {
                MainView v = new MainView(parley.store(), parley.importer(), worker, () -> { });
                v.viewModel().timelineIndexProperty().addListener((o, was, index) -> {
                    if (!v.viewModel().outlineShownProperty().get()) {
                        complete.complete(null);
                    }
                });
                Scene scene = new Scene(v, WIDTH, HEIGHT);
                scene.getStylesheets().setAll(Theme.LIGHT.stylesheetUrls());
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                return v;
            });
            long built = System.nanoTime();
            complete.join();
            long read = System.nanoTime();
            int[] listed = FxRuntime.call(() -> {
                Scene scene = view.getScene();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                scene.snapshot(null);
                if (view.timeline().lastFrameProperty().get().marksDrawn() == 0) {
                    throw new IllegalStateException("the window's timeline drew nothing in its first frame");
                }
                return new int[] {view.viewModel().participants().size(), view.viewModel().sources().size()};
            });
            long frame = System.nanoTime();
            double cpu = (CpuTime.process() - cpu0) / 1e9;
            double jit = (CpuTime.compilingMillis() - jit0) / 1e3;
            FxRuntime.call(() -> {
                stage[0].close();
                return null;
            });
            return new Figures((frame - t0) / 1e9, (toolkit - t0) / 1e9, (opened - t0) / 1e9, (built - t0) / 1e9,
                    (read - t0) / 1e9, cpu, jit, listed[0], listed[1]);
        } finally {
            worker.shutdownNow();
        }
    }
}
