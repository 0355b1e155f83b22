package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.store.Fixtures.titles;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventType;

class EventQueriesTest extends StoreTestBase {
    private long source;

    @BeforeEach
    void storeEvents() {
        source = Fixtures.storeSource(store, "a", 1, LocalDate.of(2025, 8, 20), Set.of());
        // Inserted out of date order on purpose: reads must order by date, undated last, then id.
        insert("undated talks", EventDate.UNKNOWN);
        insert("summit 15-17 Aug", EventDate.range(LocalDate.of(2025, 8, 15), LocalDate.of(2025, 8, 17)));
        insert("call 13 Aug noon", EventDate.at(LocalDate.of(2025, 8, 13), LocalTime.NOON));
        insert("visit in July", EventDate.month(YearMonth.of(2025, 7)));
        insert("meeting 13 Aug", EventDate.day(LocalDate.of(2025, 8, 13)));
        insert("treaty in 2024", EventDate.year(2024));
        insert("second undated", EventDate.UNKNOWN);
        insert("statement 1 Sep", EventDate.day(LocalDate.of(2025, 9, 1)));
    }

    private void insert(String title, EventDate date) {
        store.write(tx -> tx.insertEvent(Fixtures.event(EventType.MEETING, title, date, source)));
    }

    @Test
    void eventsAreOrderedByDateThenIdWithUndatedLast() {
        assertThat(titles(store.events())).containsExactly("treaty in 2024", "visit in July", "call 13 Aug noon",
                "meeting 13 Aug", "summit 15-17 Aug", "statement 1 Sep", "undated talks", "second undated");
    }

    @Test
    void aWindowFindsEverythingWhoseDaysOverlapIt() {
        assertThat(titles(store.eventsBetween(LocalDate.of(2025, 8, 13), LocalDate.of(2025, 8, 13))))
                .containsExactly("call 13 Aug noon", "meeting 13 Aug");
        // The range 15-17 Aug overlaps a window that starts on its last day or ends on its first.
        assertThat(titles(store.eventsBetween(LocalDate.of(2025, 8, 17), LocalDate.of(2025, 8, 20))))
                .containsExactly("summit 15-17 Aug");
        assertThat(titles(store.eventsBetween(LocalDate.of(2025, 8, 10), LocalDate.of(2025, 8, 15))))
                .containsExactly("call 13 Aug noon", "meeting 13 Aug", "summit 15-17 Aug");
        assertThat(titles(store.eventsBetween(LocalDate.of(2025, 8, 18), LocalDate.of(2025, 8, 31)))).isEmpty();
    }

    @Test
    void aMonthOrYearCoversAllItsDays() {
        assertThat(titles(store.eventsBetween(LocalDate.of(2025, 7, 31), LocalDate.of(2025, 8, 2))))
                .containsExactly("visit in July");
        assertThat(titles(store.eventsBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 7, 1))))
                .containsExactly("treaty in 2024", "visit in July");
        assertThat(titles(store.eventsBetween(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 1))))
                .containsExactly("treaty in 2024");
    }

    @Test
    void aWideWindowReturnsEveryDatedEventButNoUndatedOne() {
        assertThat(store.eventsBetween(LocalDate.of(1, 1, 1), LocalDate.MAX)).hasSize(6);
        assertThat(store.eventsBetween(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 1))).isEmpty();
    }

    @Test
    void candidatesAreTheOverlappingEventsPlusAllUndatedOnes() {
        List<Event> candidates = store.write(tx -> tx.candidates(LocalDate.of(2025, 8, 12), LocalDate.of(2025, 8, 14)));
        assertThat(titles(candidates)).containsExactly("call 13 Aug noon", "meeting 13 Aug", "undated talks",
                "second undated");
        List<Event> forJuly = store.write(tx -> tx.candidates(LocalDate.of(2025, 7, 14), LocalDate.of(2025, 7, 16)));
        assertThat(titles(forJuly)).containsExactly("visit in July", "undated talks", "second undated");
    }

    @Test
    void withoutDatesOnlyUndatedEventsAreCandidates() {
        assertThat(titles(store.write(tx -> tx.candidates(null, null))))
                .containsExactly("undated talks", "second undated");
    }

    @Test
    void candidatesSeeEventsInsertedEarlierInTheSameTransaction() {
        List<Event> seen = store.write(tx -> {
            tx.insertEvent(Fixtures.dayEvent("new this article", LocalDate.of(2025, 8, 13), source));
            return tx.candidates(LocalDate.of(2025, 8, 13), LocalDate.of(2025, 8, 13));
        });
        assertThat(titles(seen)).contains("new this article");
    }

    @Test
    void oneEventById() {
        long id = store.events().get(0).id();
        assertThat(store.event(id)).map(Event::title).contains("treaty in 2024");
        assertThat(store.event(123_456)).isEmpty();
    }
}
