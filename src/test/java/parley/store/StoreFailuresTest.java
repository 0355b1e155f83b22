package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;

class StoreFailuresTest {
    @Test
    void h2sFullDiskIsAFailureOfTheWholeStoreWithAPlainReason() {
        // The chain H2 2.3 gave on a full tmpfs: database closed <- MVStoreException <- IOException.
        SQLException closed = new SQLNonTransientConnectionException("The database has been closed [90098-232]",
                "90098", 90098, new IllegalStateException("Writing to channel failed; length 3977216 at 274432",
                        new IOException("No space left on device")));
        StoreException wrapped = StoreFailures.wrap("Nothing of this change was saved.", closed);
        assertThat(wrapped).isInstanceOf(StoreUnavailableException.class)
                .hasMessage("The store cannot be written or read any more: the disk is full (No space left on device)."
                        + " Nothing of this change was saved.");
        assertThat(((StoreUnavailableException) wrapped).reason())
                .isEqualTo("the disk is full (No space left on device)");
    }

    @Test
    void postgresDiskFullAndLostConnectionsCountToo() {
        assertThat(StoreFailures.storeItselfFailed(new SQLException("could not extend file", "53100"))).isTrue();
        assertThat(StoreFailures.storeItselfFailed(new SQLException("connection lost", "08006"))).isTrue();
    }

    @Test
    void aFailureOfOneChangeIsNot() {
        SQLException duplicate = new SQLIntegrityConstraintViolationException("unique index", "23505");
        assertThat(StoreFailures.storeItselfFailed(duplicate)).isFalse();
        assertThat(StoreFailures.wrap("Nothing was saved", duplicate)).isNotInstanceOf(StoreUnavailableException.class)
                .hasMessage("Nothing was saved: unique index");
        assertThat(StoreFailures.storeItselfFailed(new IllegalArgumentException("no source 7"))).isFalse();
    }
}
