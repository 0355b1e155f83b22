package parley.export;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import javafx.application.Platform;

/**
 * Makes sure the JavaFX toolkit runs (headless through Monocle when there is no display) and runs work on its thread.
 * Shared by the command line, which has no window, and the desktop app, where the toolkit already runs.
 */
public final class FxRuntime {
    private static boolean started;

    private FxRuntime() {
    }

    /** Starts the toolkit unless it already runs. With no display on Linux, it starts headless (Monocle, software). */
    public static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        if (needsHeadless()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            // Monocle's default screen (1280×800) is smaller than the window the benchmark and the installer's
            // training run open (1360×820): each frame's upload to the screen then fails with an exception.
            if (System.getProperty("headless.geometry") == null) {
                System.setProperty("headless.geometry", "1920x1200-32");
            }
        }
        try {
            CompletableFuture<Void> up = new CompletableFuture<>();
            Platform.startup(() -> up.complete(null));
            // We started it for a job without windows: closing no window must not stop it.
            Platform.setImplicitExit(false);
            up.join();
        } catch (IllegalStateException alreadyRunning) {
            // The app or a test framework runs the toolkit already; use it as it is.
        }
        started = true;
    }

    /** Runs the work on the FX thread and waits for it; runs it directly when already on that thread. */
    public static <T> T call(Callable<T> work) {
        ensureStarted();
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(cause);
        }
    }

    static boolean needsHeadless() {
        if (System.getProperty("glass.platform") != null) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String display = System.getenv("DISPLAY");
        boolean wayland = System.getenv("WAYLAND_DISPLAY") != null;
        return os.contains("linux") && (display == null || display.isBlank()) && !wayland
                || Boolean.getBoolean("testfx.headless");
    }
}
