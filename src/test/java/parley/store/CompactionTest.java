package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.EventStore;

class CompactionTest {
    @TempDir
    Path temp;

    @Test
    void aFileWithDeadPagesIsRewrittenSmallerWithEverythingInIt() throws Exception {
        Path dir = temp.resolve("store");
        try (EventStore store = H2EventStore.open(dir)) {
            long source = Fixtures.storeSource(store, "a", 1, null, Set.of(5L));
            // Many small commits, as an import makes: each writes its pages anew.
            for (int i = 0; i < 400; i++) {
                int n = i;
                store.write(tx -> tx.insertEvent(Fixtures.dayEvent("Meeting " + n,
                        LocalDate.of(2025, 1, 1).plusDays(n), source)));
            }
        }
        Path file = dir.resolve("parley.mv.db");
        long before = Files.size(file);

        boolean compacted;
        try (Connection c = H2EventStore.connect(dir)) {
            assertThat(H2EventStore.compactIfSparse(c, Long.MAX_VALUE, 101)).as("small files are left alone").isFalse();
            assertThat(H2EventStore.compactIfSparse(c, 0, 0)).as("dense files are left alone").isFalse();
            compacted = H2EventStore.compactIfSparse(c, 0, 101);
        }

        long after = Files.size(file);
        System.out.printf("store compaction: %d KB before, %d KB after%n", before / 1024, after / 1024);
        assertThat(compacted).isTrue();
        assertThat(after).isLessThan(before);
        try (EventStore store = H2EventStore.open(dir)) {
            assertThat(store.events()).hasSize(400);
            assertThat(store.sourcesSharingSentences(Set.of(5L))).hasSize(1);
        }
    }
}
