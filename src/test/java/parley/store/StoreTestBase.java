package parley.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.StoreAddress;

/** A fresh store for each test: in a temporary folder, or a fresh PostgreSQL database (see {@link TestStores}). */
@Tag(TestStores.CONTRACT)
abstract class StoreTestBase {
    @TempDir
    Path temp;

    StoreAddress address;
    SqlEventStore store;

    @BeforeEach
    void openStore() {
        address = TestStores.fresh(temp.resolve("store"));
        store = (SqlEventStore) TestStores.open(address);
    }

    /** Closes the store and opens the same one again. */
    void reopen() {
        store.close();
        store = (SqlEventStore) TestStores.open(address);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
        if (address != null) {
            TestStores.discard(address);
        }
    }
}
