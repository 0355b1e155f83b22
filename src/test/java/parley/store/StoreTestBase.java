package parley.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh store in a temporary folder for each test. */
abstract class StoreTestBase {
    @TempDir
    Path temp;

    SqlEventStore store;

    @BeforeEach
    void openStore() {
        store = (SqlEventStore) H2EventStore.open(temp.resolve("store"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
