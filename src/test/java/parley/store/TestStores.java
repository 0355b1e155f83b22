package parley.store;

import java.nio.file.Path;

import parley.domain.EventStore;
import parley.domain.StoreAddress;

/**
 * Where a store-contract test keeps its store: a folder (the embedded H2 store) unless the system property
 * {@value #PROPERTY} is {@code postgresql}, then a fresh database on the test server ({@link TestPostgres}). The
 * build runs the contract tests (tag {@value #CONTRACT}) once each way.
 */
public final class TestStores {
    public static final String PROPERTY = "parley.test.store";
    /** The tag of the tests every store must pass. */
    public static final String CONTRACT = "store-contract";

    private TestStores() {
    }

    public static boolean onPostgres() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    /** A new store's address: {@code folder} on H2, a fresh database holding an empty store on PostgreSQL. */
    public static StoreAddress fresh(Path folder) {
        return onPostgres() ? TestPostgres.freshStore() : new StoreAddress.Folder(folder);
    }

    public static EventStore open(StoreAddress address) {
        return address instanceof StoreAddress.Server s ? PostgresEventStore.open(s, status -> { })
                : H2EventStore.open(((StoreAddress.Folder) address).path());
    }

    /** Drops a test database (a folder goes with its test's temporary folder). */
    public static void discard(StoreAddress address) {
        if (address instanceof StoreAddress.Server s) {
            TestPostgres.drop(s);
        }
    }
}
