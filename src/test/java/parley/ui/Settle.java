package parley.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.testfx.util.WaitForAsyncUtils;

/** Waits for the window's background worker and the FX thread to go quiet, as the real-store window tests need. */
final class Settle {
    private Settle() {
    }

    /**
     * Lets the worker and the FX thread hand work to each other this many times: a read on the worker applies its
     * result on the FX thread, which may queue the next read.
     */
    static void rounds(ExecutorService worker, int rounds) throws Exception {
        for (int i = 0; i < rounds; i++) {
            worker.submit(() -> { }).get(30, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Stops the worker (letting its current task end), then closes the store it worked on. */
    static void shutdown(ExecutorService worker, AutoCloseable store) throws Exception {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        store.close();
    }
}
