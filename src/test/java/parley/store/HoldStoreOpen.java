package parley.store;

import java.nio.file.Path;
import java.util.Set;

import parley.domain.EventStore;

/**
 * Run in a separate JVM by the tests: holds a store open until its standard input closes. With a second argument it
 * first stores a source with that SHA-256, so a test can kill the process and look for it.
 */
public final class HoldStoreOpen {
    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (EventStore store = H2EventStore.open(Path.of(args[0]))) {
            if (args.length > 1) {
                store.write(tx -> tx.insertSource(Fixtures.source("written", args[1], null), Set.of(1L)));
            }
            System.out.println("open " + store.sources().size());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the test to close our input.
            }
        }
    }
}
