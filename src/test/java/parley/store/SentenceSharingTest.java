package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class SentenceSharingTest extends StoreTestBase {

    @Test
    void countsSharedFingerprintsPerSource() {
        long dated = Fixtures.storeSource(store, "dated", 1, LocalDate.of(2025, 8, 12), Set.of(1L, 2L, 3L, 4L));
        long undated = Fixtures.storeSource(store, "undated", 2, null, Set.of(3L, 4L, 5L, -9L));
        Fixtures.storeSource(store, "unrelated", 3, null, Set.of(100L));

        assertThat(store.sourcesSharingSentences(Set.of(2L, 3L, 4L, -9L, 77L)))
                .isEqualTo(Map.of(dated, 3, undated, 3));
        assertThat(store.sourcesSharingSentences(Set.of(77L))).isEmpty();
        assertThat(store.sourcesSharingSentences(Set.of())).isEmpty();
    }

    @Test
    void undatedSharingLeavesDatedSourcesOut() {
        Fixtures.storeSource(store, "dated", 1, LocalDate.of(2025, 8, 12), Set.of(1L, 2L, 3L));
        long undated = Fixtures.storeSource(store, "undated", 2, null, Set.of(2L, 3L, 8L));
        Map<Long, Integer> shared = store.write(tx -> tx.undatedSourcesSharing(Set.of(1L, 2L, 3L)));
        assertThat(shared).isEqualTo(Map.of(undated, 2));
    }

    @Test
    void aLongArticleIsCountedAcrossInListChunks() {
        Set<Long> many = new LinkedHashSet<>();
        LongStream.range(0, 1_234).forEach(i -> many.add(i * 7919));
        long id = Fixtures.storeSource(store, "long", 1, null, many);
        assertThat(store.sourcesSharingSentences(many)).isEqualTo(Map.of(id, 1_234));
    }
}
