package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Role;

class RemoveMentionsTest extends StoreTestBase {

    @Test
    void eventsLeftWithoutEvidenceGoAndSharedOnesStay() {
        long a = Fixtures.storeSource(store, "a", 1, LocalDate.of(2025, 8, 12), Set.of());
        long b = Fixtures.storeSource(store, "b", 2, LocalDate.of(2025, 8, 12), Set.of());
        LocalDate day = LocalDate.of(2025, 8, 13);
        long onlyA = store.write(tx -> tx.insertEvent(new Event(0, EventType.CALL, "only in a", EventDate.day(day),
                null, null, EventStatus.HELD, List.of(Fixtures.person("Keir Starmer", Role.HOST)),
                List.of(new Mention(a, 0, 5, "one", "trigger"), new Mention(a, 6, 9, "two", "date")),
                List.of("a says noon, nobody else does"))));
        long shared = store.write(tx -> tx.insertEvent(new Event(0, EventType.MEETING, "in a and b",
                EventDate.day(day), null, null, EventStatus.HELD, List.of(Fixtures.person("Keir Starmer", Role.ATTENDEE)),
                List.of(new Mention(a, 0, 5, "one", "trigger"), new Mention(b, 0, 5, "uno", "trigger")), List.of())));
        long onlyB = store.write(tx -> tx.insertEvent(Fixtures.dayEvent("only in b", day, b)));

        Set<Long> touched = store.write(tx -> tx.removeMentionsOf(a));

        assertThat(touched).containsExactlyInAnyOrder(onlyA, shared);
        assertThat(store.events()).extracting(Event::id).containsExactly(shared, onlyB);
        Event kept = store.event(shared).orElseThrow();
        assertThat(kept.mentions()).containsExactly(new Mention(b, 0, 5, "uno", "trigger"));
        assertThat(kept.participants()).hasSize(1);
        assertThat(store.eventCountsBySource()).isEqualTo(Map.of(a, 0, b, 2));
        // The source itself stays: only what it contributed is gone.
        assertThat(store.source(a)).isPresent();
    }

    @Test
    void aSourceWithNoMentionsTouchesNothing() {
        long a = Fixtures.storeSource(store, "a", 1, null, Set.of());
        long b = Fixtures.storeSource(store, "b", 2, null, Set.of());
        store.write(tx -> tx.insertEvent(Fixtures.dayEvent("only in b", LocalDate.of(2025, 8, 13), b)));
        Set<Long> touched = store.write(tx -> tx.removeMentionsOf(a));
        assertThat(touched).isEmpty();
        assertThat(store.events()).hasSize(1);
    }
}
