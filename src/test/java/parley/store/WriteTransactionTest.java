package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import parley.domain.DateBasis;
import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.EventDate;
import parley.domain.EventStore;
import parley.domain.EventType;
import parley.domain.Role;
import parley.domain.Source;

class WriteTransactionTest extends StoreTestBase {

    @Test
    void aFailingArticleLeavesNothingBehind() {
        assertThatThrownBy(() -> store.write(tx -> {
            long id = tx.insertSource(Fixtures.source("a", Fixtures.sha(1), null), Set.of(1L, 2L, 3L));
            tx.upsertEntities(List.of(new Entity(0, "Kaja Kallas", EntityKind.PERSON, null, null)));
            tx.insertEvent(Fixtures.event(EventType.CALL, "Call",
                    EventDate.day(LocalDate.of(2025, 8, 13)), id,
                    Fixtures.person("Antonio Costa", Role.HOST)));
            throw new IllegalStateException("extractor broke halfway");
        })).isInstanceOf(IllegalStateException.class).hasMessage("extractor broke halfway");

        assertThat(store.sources()).isEmpty();
        assertThat(store.events()).isEmpty();
        assertThat(store.entities()).isEmpty();
        assertThat(store.containsSha(Fixtures.sha(1))).isFalse();
        assertThat(store.sourcesSharingSentences(Set.of(1L, 2L, 3L))).isEmpty();
    }

    @Test
    void checkedExceptionsComeBackUncheckedWithAClearMessage() {
        assertThatThrownBy(() -> store.write(tx -> {
            tx.insertSource(Fixtures.source("a", Fixtures.sha(1), null), Set.of());
            throw new IOException("disk gone");
        })).isInstanceOf(StoreException.class)
                .hasMessage("Nothing was saved: the change failed with IOException: disk gone")
                .hasCauseInstanceOf(IOException.class);
        assertThat(store.sources()).isEmpty();
    }

    @Test
    void eachWriteIsItsOwnTransaction() {
        long first = Fixtures.storeSource(store, "first", 1, LocalDate.of(2025, 1, 2), Set.of());
        assertThatThrownBy(() -> store.write(tx -> {
            tx.insertSource(Fixtures.source("second", Fixtures.sha(2), null), Set.of());
            throw new RuntimeException("second article fails");
        })).hasMessage("second article fails");
        assertThat(store.sources()).extracting(s -> s.id()).containsExactly(first);
    }

    @Test
    void shaIsUniqueAndADuplicateRollsItsArticleBack() {
        assertThat(store.containsSha(Fixtures.sha(7))).isFalse();
        Fixtures.storeSource(store, "a", 7, null, Set.of(1L));
        assertThat(store.containsSha(Fixtures.sha(7))).isTrue();
        assertThat(store.containsSha(Fixtures.sha(8))).isFalse();

        assertThatThrownBy(() -> store.write(tx -> {
            tx.upsertEntities(List.of(new Entity(0, "NATO", EntityKind.ORGANISATION, null, null)));
            return tx.insertSource(Fixtures.source("copy", Fixtures.sha(7), null), Set.of(2L));
        })).isInstanceOf(StoreException.class).hasMessageStartingWith("The store could not save the change")
                // On a team store the same clash may be another analyst's import committed a moment earlier: the
                // import then reads again and retries (the embedded store has one writer, so it is just refused).
                .isInstanceOf(TestStores.onPostgres() ? StoreConflictException.class : StoreException.class);
        assertThat(store.sources()).hasSize(1);
        assertThat(store.entities()).isEmpty();
    }

    @Test
    void sourcesComeOldestImportFirstWithoutText() {
        store.write(tx -> tx.insertSource(Fixtures.source("late", Fixtures.sha(1), null), Set.of()));
        Source early = new Source(0, "early.txt", "txt", null, null, null, null, DateBasis.UNKNOWN, null,
                Fixtures.sha(2), "Some text.", Fixtures.IMPORTED.minusSeconds(3600));
        store.write(tx -> tx.insertSource(early, Set.of()));
        assertThat(store.sources()).extracting(Source::file).containsExactly("early.txt", "late.txt");
        assertThat(store.sources()).extracting(Source::text).containsOnlyNulls();
    }

    @Test
    void theTransactionCannotBeUsedAfterItsWrite() {
        EventStore.Transaction[] kept = new EventStore.Transaction[1];
        store.write(tx -> kept[0] = tx);
        assertThatThrownBy(() -> kept[0].source(1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readersSeeOnlyCommittedDataWhileAWriteIsUnderWay() {
        Fixtures.storeSource(store, "old", 1, LocalDate.of(2025, 1, 2), Set.of());
        int seenDuringWrite = store.write(tx -> {
            tx.insertSource(Fixtures.source("new", Fixtures.sha(2), null), Set.of());
            // A read from another thread, as the window does while an import runs: it must not block or see "new".
            return CompletableFuture.supplyAsync(() -> store.sources().size()).join();
        });
        assertThat(seenDuringWrite).isEqualTo(1);
        assertThat(store.sources()).hasSize(2);
    }

    @Test
    void publicationDatesCanBeSetAndAnUnknownSourceIsAnError() {
        long lender = Fixtures.storeSource(store, "dated", 1, LocalDate.of(2025, 8, 12), Set.of());
        long borrower = Fixtures.storeSource(store, "undated", 2, null, Set.of());
        store.write(tx -> {
            tx.setPublished(borrower, LocalDate.of(2025, 8, 12), DateBasis.INFERRED, lender);
            return null;
        });
        Source s = store.source(borrower).orElseThrow();
        assertThat(s.published()).isEqualTo(LocalDate.of(2025, 8, 12));
        assertThat(s.publishedBasis()).isEqualTo(DateBasis.INFERRED);
        assertThat(s.inferredFrom()).isEqualTo(lender);
        assertThatThrownBy(() -> store.write(tx -> {
            tx.setPublished(999, LocalDate.of(2025, 8, 12), DateBasis.SET_BY_USER, null);
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("There is no source 999 in the store.");
    }
}
