package parley.store;

import java.nio.file.Path;

import parley.domain.EventStore;

/** Run in a separate JVM by the tests: holds a store open until its standard input closes. */
public final class HoldStoreOpen {
    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (EventStore store = H2EventStore.open(Path.of(args[0]))) {
            System.out.println("open " + store.sources().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the test to close our input.
            }
        }
    }
}
