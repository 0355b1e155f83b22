package parley.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import parley.core.Parley;
import parley.domain.StoreAddress;

/**
 * The store opening on a thread of its own while the JavaFX toolkit starts: at launch each takes a few tenths of a
 * second of one core (the database's and the toolkit's classes loading), so on two cores they overlap. What opening
 * says meanwhile (an upgrade) is kept for the window's "Opening…" text, which may come later.
 */
final class EarlyOpen {
    private final CompletableFuture<Parley> opened = new CompletableFuture<>();
    private volatile Consumer<String> listener;
    private volatile String said;

    private EarlyOpen() {
    }

    static EarlyOpen start(StoreAddress address, Opener opener) {
        EarlyOpen early = new EarlyOpen();
        Thread t = new Thread(() -> {
            try {
                early.opened.complete(opener.open(address, early::say));
            } catch (Throwable e) {
                early.opened.completeExceptionally(e);
            }
        }, "parley-open");
        t.setDaemon(true);
        t.start();
        return early;
    }

    private void say(String status) {
        said = status;
        Consumer<String> l = listener;
        if (l != null) {
            l.accept(status);
        }
    }

    /** From now on, what opening says goes here (with what it said before, if anything). */
    void listen(Consumer<String> status) {
        listener = status;
        String before = said;
        if (before != null) {
            status.accept(before);
        }
    }

    /** The opened store, once open; opening's own exception otherwise. */
    Parley await() {
        try {
            return opened.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @FunctionalInterface
    interface Opener {
        Parley open(StoreAddress address, Consumer<String> status);
    }
}
