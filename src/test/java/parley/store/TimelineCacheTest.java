package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
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

/**
 * The packed timeline rows a launch reads (migration V11): they say exactly what the tables say, and a store that
 * changed in any way is never answered from rows packed before the change, also after closing and opening it again.
 */
class TimelineCacheTest extends StoreTestBase {
    private long source;
    private long other;

    @BeforeEach
    void storeEvents() {
        source = Fixtures.storeSource(store, "a", 1, LocalDate.of(2025, 8, 20), Set.of());
        other = Fixtures.storeSource(store, "b", 2, LocalDate.of(2025, 8, 21), Set.of());
        store.write(tx -> {
            tx.insertEvent(new Event(0, EventType.SUMMIT, "Summit in Oslo — ünïcode ✓", EventDate.range(
                    LocalDate.of(2025, 8, 15), LocalDate.of(2025, 8, 17)), new DateDerivation("from Friday",
                    "article of 20 Aug", "range", "15-17 Aug 2025"), "Oslo", EventStatus.HELD,
                    List.of(new Participant("Erna Vik", EntityKind.PERSON, "Prime Minister", Role.HOST),
                            new Participant("Nordland", EntityKind.COUNTRY, null, Role.ATTENDEE),
                            new Participant("Tomas Berg", EntityKind.PERSON, null, Role.ABSENT)),
                    List.of(new Mention(source, 10, 50, "Leaders met in Oslo.", "trigger 'met'"),
                            new Mention(other, 200, 260, "The summit ran three days.", "dates")),
                    List.of("sources disagree on the end day")));
            tx.insertEvent(new Event(0, EventType.CALL, "Call at noon", EventDate.at(LocalDate.of(2025, 8, 13),
                    LocalTime.of(12, 30)), null, null, EventStatus.PLANNED,
                    List.of(new Participant("Erna Vik", EntityKind.PERSON, "Prime Minister", Role.ATTENDEE)),
                    List.of(new Mention(source, 0, 9, "A call.", null)), List.of()));
            tx.insertEvent(new Event(0, EventType.VISIT, "Visit in July", EventDate.month(YearMonth.of(2025, 7)),
                    null, "Bergen", EventStatus.CANCELLED, List.of(), List.of(), List.of()));
            tx.insertEvent(new Event(0, EventType.STATEMENT, "Undated statement", EventDate.UNKNOWN, null, null,
                    EventStatus.HELD, List.of(), List.of(new Mention(other, 5, 6, "S.", null)), List.of()));
            return null;
        });
    }

    /** The rows straight from the tables, as before the cache existed. */
    private List<Event> fromTables() {
        return store.snapshot(c -> AllEventsReader.read(c, false));
    }

    private static void assertSameRows(List<Event> actual, List<Event> expected) {
        assertThat(actual).isEqualTo(expected);
        // equals leaves the version out: it must survive the packing too
        assertThat(actual).extracting(Event::version).isEqualTo(expected.stream().map(Event::version).toList());
    }

    @Test
    void packedRowsSayWhatTheTablesSay() {
        assertThat(store.timelineReadsQuickly()).as("nothing packed yet").isFalse();
        List<Event> first = store.timelineEvents();
        assertSameRows(first, fromTables());
        assertThat(store.timelineReadsQuickly()).as("the first read packed them").isTrue();
        assertSameRows(store.timelineEvents(), fromTables());
        reopen();
        assertThat(store.timelineReadsQuickly()).isTrue();
        assertSameRows(store.timelineEvents(), first);
    }

    @Test
    void theCodecKeepsEveryField() {
        List<Event> rows = fromTables();
        assertSameRows(TimelineCache.decode(TimelineCache.encode(rows)), rows);
        assertThat(TimelineCache.decode(TimelineCache.encode(List.of()))).isEmpty();
    }

    /** Rows packed by another Parley version are read again from the tables, whatever the revision says. */
    @Test
    void rowsPackedByAnotherVersionAreNotRead() {
        byte[] packed = TimelineCache.encode(fromTables());
        byte[] version = TimelineCache.BUILD.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(packed, version);
        assertThat(at).isPositive();
        packed[at + version.length - 1] ^= 1; // the same length, another version
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TimelineCache.decode(packed))
                .isInstanceOf(IllegalStateException.class);
        // Kept in the store under its current revision, as another version would have left it.
        store.snapshot(c -> {
            TimelineCache.clear(c);
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO timeline_cache (part, revision, data) VALUES (0, ?, ?)")) {
                ps.setLong(1, TimelineCache.revision(c));
                ps.setBytes(2, packed);
                ps.executeUpdate();
            }
            return null;
        });
        assertThat(store.timelineReadsQuickly()).isFalse();
        assertSameRows(store.timelineEvents(), fromTables());
        assertThat(store.timelineReadsQuickly()).as("packed again by this version").isTrue();
    }

    private static int indexOf(byte[] in, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= in.length; i++) {
            for (int k = 0; k < what.length; k++) {
                if (in[i + k] != what[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void anEditIsSeenAtOnceAndAfterReopening() {
        store.timelineEvents();
        Event call = store.timelineEvents().stream().filter(e -> e.type() == EventType.CALL).findFirst().orElseThrow();
        Event whole = store.event(call.id()).orElseThrow();
        store.write(tx -> {
            tx.updateEvent(new Event(whole.id(), whole.type(), "Call moved to the evening", whole.date(), null,
                    "Vienna", whole.status(), whole.participants(), whole.mentions(), List.of(), true, true,
                    whole.version()));
            return null;
        });
        assertThat(store.timelineReadsQuickly()).as("packed before the edit").isFalse();
        assertThat(store.timelineEvents()).extracting(Event::title).contains("Call moved to the evening")
                .doesNotContain("Call at noon");
        reopen();
        assertThat(store.timelineEvents()).extracting(Event::title).contains("Call moved to the evening");
        assertSameRows(store.timelineEvents(), fromTables());
    }

    @Test
    void anInsertAndADeletionAreSeenAfterReopening() {
        store.timelineEvents();
        store.write(tx -> tx.insertEvent(Fixtures.dayEvent("Talks added later", LocalDate.of(2025, 9, 1), source)));
        reopen();
        assertThat(store.timelineEvents()).extracting(Event::title).contains("Talks added later");
        long visit = store.timelineEvents().stream().filter(e -> e.type() == EventType.VISIT).findFirst()
                .orElseThrow().id();
        store.write(tx -> {
            tx.deleteEvent(visit);
            return null;
        });
        reopen();
        assertThat(store.timelineEvents()).extracting(Event::id).doesNotContain(visit);
        assertSameRows(store.timelineEvents(), fromTables());
    }

    @Test
    void removedMentionsAreSeenAfterReopening() {
        store.timelineEvents();
        store.write(tx -> tx.removeMentionsOf(other));
        reopen();
        assertThat(store.timelineEvents()).flatExtracting(Event::mentions).extracting(Mention::sourceId)
                .doesNotContain(other);
        assertSameRows(store.timelineEvents(), fromTables());
    }

    @Test
    void rowsReadBeforeAWriteAreNotKeptForTheStoreAfterIt() throws Exception {
        List<Event> before = fromTables();
        long revision = store.snapshot(TimelineCache::revision);
        store.write(tx -> tx.insertEvent(Fixtures.dayEvent("Meeting", LocalDate.of(2025, 9, 2), source)));
        boolean written = store.snapshot(c -> TimelineCache.write(c, revision, before));
        assertThat(written).as("the store moved on").isFalse();
        List<Event> packed = store.snapshot(c -> TimelineCache.read(c, TimelineCache.revision(c)));
        assertThat(packed).isNull();
        assertThat(store.timelineEvents()).extracting(Event::title).contains("Meeting");
    }
}
