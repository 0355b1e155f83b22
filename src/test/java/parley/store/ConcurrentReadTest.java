package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

/** The window reads while an import writes: every read must be whole, never half of a write. */
class ConcurrentReadTest extends StoreTestBase {

    @Test
    void readsDuringAnImportSeeWholeEventsOnly() throws Exception {
        long source = Fixtures.storeSource(store, "a", 1, null, Set.of());
        AtomicBoolean writing = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int i = 0; i < 300; i++) {
                    int n = i;
                    // Each event brings an entity nobody has seen yet, with three participants.
                    store.write(tx -> tx.insertEvent(Fixtures.event(EventType.MEETING, "Meeting " + n,
                            EventDate.day(LocalDate.of(2025, 1, 1).plusDays(n % 40)), source,
                            new Participant("Envoy " + n, EntityKind.PERSON, null, Role.HOST),
                            new Participant("Country " + n, EntityKind.COUNTRY, null, Role.ATTENDEE),
                            new Participant("Envoy " + (n + 1), EntityKind.PERSON, null, Role.ABSENT))));
                }
            } finally {
                writing.set(false);
            }
        });
        List<Integer> sizes = new ArrayList<>();
        while (writing.get()) {
            List<Event> seen = store.events();
            sizes.add(seen.size());
            assertThat(seen).allSatisfy(e -> {
                assertThat(e.participants()).hasSize(3);
                assertThat(e.mentions()).hasSize(1);
            });
            assertThat(store.eventsBetween(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 20)))
                    .allSatisfy(e -> assertThat(e.participants()).hasSize(3));
        }
        writer.get();
        assertThat(sizes).isSortedAccordingTo(Integer::compare);
        assertThat(store.events()).hasSize(300);
    }
}
