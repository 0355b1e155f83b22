package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.domain.DateDerivation;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/** The whole-store reads: full events and the timeline's rows without sentences. */
class TimelineRowsTest extends StoreTestBase {
    private long first;
    private long second;

    @BeforeEach
    void storeEvents() {
        first = Fixtures.storeSource(store, "a", 1, LocalDate.of(2025, 8, 20), Set.of());
        second = Fixtures.storeSource(store, "b", 2, LocalDate.of(2025, 8, 21), Set.of());
        // Out of date order, with several children each, so order and grouping are both put to the test.
        insert("undated talks", EventDate.UNKNOWN, 2);
        insert("summit 15-17 Aug", EventDate.range(LocalDate.of(2025, 8, 15), LocalDate.of(2025, 8, 17)), 3);
        insert("call 13 Aug noon", EventDate.at(LocalDate.of(2025, 8, 13), LocalTime.NOON), 1);
        insert("visit in July", EventDate.month(YearMonth.of(2025, 7)), 4);
        insert("meeting 13 Aug", EventDate.day(LocalDate.of(2025, 8, 13)), 2);
        insert("second undated", EventDate.UNKNOWN, 3);
    }

    private void insert(String title, EventDate date, int children) {
        List<Participant> people = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = children; i > 0; i--) {
            // Names in reverse alphabetical order: the written order must survive, not a sorted one.
            people.add(new Participant("Person " + (char) ('A' + i) + " of " + title, EntityKind.PERSON,
                    i % 2 == 0 ? "Minister" : null, i == 1 ? Role.ABSENT : Role.ATTENDEE));
            long src = i % 2 == 0 ? first : second;
            mentions.add(new Mention(src, 100 * i, 100 * i + 40, "Sentence " + i + " about " + title,
                    "trigger " + i));
            notes.add("note " + i);
        }
        Event e = new Event(0, EventType.MEETING, title, date,
                new DateDerivation("on Tuesday", "2025-08-20", "weekday", "2025-08-19"), "Geneva",
                EventStatus.HELD, people, mentions, notes);
        store.write(tx -> tx.insertEvent(e));
    }

    @Test
    void theWholeStoreReadsLikeEventByEvent() {
        List<Event> all = store.events();
        assertThat(Fixtures.titles(all)).containsExactly("visit in July", "call 13 Aug noon", "meeting 13 Aug",
                "summit 15-17 Aug", "undated talks", "second undated");
        for (Event e : all) {
            assertThat(store.event(e.id())).contains(e);
        }
        assertThat(all.get(3).participants()).extracting(Participant::name).containsExactly(
                "Person D of summit 15-17 Aug", "Person C of summit 15-17 Aug", "Person B of summit 15-17 Aug");
        assertThat(all.get(3).mentions()).extracting(Mention::start).containsExactly(300, 200, 100);
        assertThat(all.get(3).disagreements()).containsExactly("note 3", "note 2", "note 1");
    }

    @Test
    void timelineRowsAreTheFullEventsWithoutTheirSentences() {
        List<Event> full = store.events();
        List<Event> rows = store.timelineEvents();
        assertThat(rows).hasSameSizeAs(full);
        for (int i = 0; i < full.size(); i++) {
            Event e = full.get(i);
            List<Mention> bare = e.mentions().stream()
                    .map(m -> new Mention(m.sourceId(), m.start(), m.end(), null, null)).toList();
            assertThat(rows.get(i)).isEqualTo(new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(),
                    e.location(), e.status(), e.participants(), bare, e.disagreements(), e.confirmed(),
                    e.edited()));
        }
    }

    @Test
    void theOutlineIsTheRowsWithoutParticipantsMentionsOrNotes() {
        List<Event> rows = store.timelineEvents();
        List<Event> outline = store.timelineOutline();
        assertThat(outline).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            Event e = rows.get(i);
            assertThat(outline.get(i)).isEqualTo(new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(),
                    e.location(), e.status(), List.of(), List.of(), List.of(), e.confirmed(), e.edited()));
        }
    }

    @Test
    void anEmptyStoreHasNoRows() {
        parley.domain.StoreAddress other = TestStores.fresh(temp.resolve("empty"));
        SqlEventStore empty = (SqlEventStore) TestStores.open(other);
        try {
            assertThat(empty.timelineEvents()).isEmpty();
            assertThat(empty.timelineOutline()).isEmpty();
            assertThat(empty.events()).isEmpty();
        } finally {
            empty.close();
            TestStores.discard(other);
        }
    }
}
