package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

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
import parley.extract.EventMerger;

/**
 * The index must lead the merger to the event the store's candidate query leads it to: the same dated window in the
 * same order, and of the undated events only those that could match anyway.
 */
class MatchIndexTest {
    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final List<String> NAMES = List.of("Antonio Costa", "Kaja Kallas", "Emmanuel Macron",
            "Olaf Scholz", "Keir Starmer", "Volodymyr Zelensky");
    private final EventMerger merger = new EventMerger();

    @Test
    void theMergerPicksTheSameEventFromTheIndexAsFromTheStoresCandidates() {
        Random random = new Random(20251122);
        List<Event> stored = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            stored.add(randomEvent(random, id));
        }
        MatchIndex index = new MatchIndex(stored);
        assertThat(index.size()).isEqualTo(300);
        int matched = 0;
        for (int i = 0; i < 3000; i++) {
            Event extracted = randomEvent(random, 0);
            Optional<Event> fromStore = merger.findSame(extracted, storeCandidates(stored, extracted));
            Optional<Event> fromIndex = merger.findSame(extracted, index.candidates(extracted));
            assertThat(fromIndex.map(Event::id)).as("report %d: %s", i, extracted).isEqualTo(fromStore.map(Event::id));
            matched += fromStore.isPresent() ? 1 : 0;
        }
        assertThat(matched).as("the random reports match stored events often enough to mean something")
                .isBetween(300, 2700);
    }

    @Test
    void undatedEventsAreCandidatesOnlyWhenTheyShareSomeoneTakingPart() {
        Event undatedCall = event(1, EventType.CALL, EventDate.UNKNOWN, null, "Kaja Kallas");
        Event undatedAbsent = new Event(2, EventType.CALL, null, EventDate.UNKNOWN, null, null, EventStatus.HELD,
                List.of(new Participant("Keir Starmer", EntityKind.PERSON, null, Role.ABSENT)), null, null);
        MatchIndex index = new MatchIndex(List.of(undatedCall, undatedAbsent));
        assertThat(index.candidates(event(0, EventType.CALL, EventDate.day(START), null, "Kaja Kallas")))
                .extracting(Event::id).containsExactly(1L);
        assertThat(index.candidates(event(0, EventType.CALL, EventDate.day(START), null, "Keir Starmer"))).isEmpty();
        assertThat(index.candidates(event(0, EventType.CALL, EventDate.UNKNOWN, null, "Olaf Scholz"))).isEmpty();
    }

    @Test
    void putReplacesRemoveForgetsAndRenumberKeepsTheOrder() {
        Event early = event(5, EventType.MEETING, EventDate.day(START), null, "Antonio Costa");
        Event late = event(9, EventType.MEETING, EventDate.day(START), null, "Antonio Costa");
        MatchIndex index = new MatchIndex(List.of(late, early));
        Event probe = event(0, EventType.MEETING, EventDate.day(START), null, "Antonio Costa");
        assertThat(index.candidates(probe)).extracting(Event::id).containsExactly(5L, 9L);

        index.put(event(5, EventType.MEETING, EventDate.day(START.plusDays(10)), null, "Antonio Costa"));
        assertThat(index.candidates(probe)).extracting(Event::id).containsExactly(9L);
        index.put(event(MergeWrites.PROVISIONAL, EventType.MEETING, EventDate.day(START), null, "Kaja Kallas"));
        assertThat(index.candidates(probe)).extracting(Event::id).containsExactly(9L, MergeWrites.PROVISIONAL);
        index.renumber(MergeWrites.PROVISIONAL, 12);
        assertThat(index.candidates(probe)).extracting(Event::id).containsExactly(9L, 12L);
        index.remove(9);
        assertThat(index.candidates(probe)).extracting(Event::id).containsExactly(12L);
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void aLongEventStillOverlapsAWindowLongAfterItsFirstDay() {
        Event conference = new Event(3, EventType.SUMMIT, null, EventDate.range(START, START.plusDays(20)), null,
                null, EventStatus.HELD, List.of(person("Antonio Costa")), null, null);
        MatchIndex index = new MatchIndex(List.of(conference));
        assertThat(index.candidates(event(0, EventType.MEETING, EventDate.day(START.plusDays(15)), null,
                "Antonio Costa"))).extracting(Event::id).containsExactly(3L);
        assertThat(index.candidates(event(0, EventType.MEETING, EventDate.day(START.plusDays(25)), null,
                "Antonio Costa"))).isEmpty();
    }

    @Test
    void aYearLongEventDoesNotWidenTheWindowOfSingleDays() {
        List<Event> stored = new ArrayList<>();
        stored.add(new Event(1, EventType.SUMMIT, null, EventDate.year(2025), null, null, EventStatus.HELD,
                List.of(person("Antonio Costa")), null, null));
        for (long id = 2; id <= 200; id++) {
            stored.add(event(id, EventType.CALL, EventDate.day(START.plusDays(id)), null, "Kaja Kallas"));
        }
        MatchIndex index = new MatchIndex(stored);
        assertThat(index.candidates(event(0, EventType.CALL, EventDate.day(START.plusDays(100)), null,
                "Kaja Kallas"))).extracting(Event::id).containsExactly(1L, 99L, 100L, 101L);
    }

    /** What SqlTransaction.candidates gives: dated events overlapping the day before to the day after, then all undated. */
    private static List<Event> storeCandidates(List<Event> stored, Event e) {
        List<Event> out = new ArrayList<>();
        if (e.date().known()) {
            LocalDate from = e.date().start().minusDays(1);
            LocalDate to = e.date().lastDay().plusDays(1);
            stored.stream().filter(s -> s.date().known())
                    .filter(s -> !s.date().start().isAfter(to) && !s.date().lastDay().isBefore(from))
                    .sorted(Comparator.comparing((Event s) -> s.date().start()).thenComparingLong(Event::id))
                    .forEach(out::add);
        }
        stored.stream().filter(s -> !s.date().known()).sorted(Comparator.comparingLong(Event::id)).forEach(out::add);
        return out;
    }

    private static Event randomEvent(Random r, long id) {
        EventType type = List.of(EventType.CALL, EventType.MEETING, EventType.SUMMIT, EventType.TALKS,
                EventType.VISIT).get(r.nextInt(5));
        LocalDate day = START.plusDays(r.nextInt(120));
        int kind = r.nextInt(20);
        // Every class of span the index keeps apart: single days, short ranges, months, years, long ranges.
        EventDate date = kind < 2 ? EventDate.UNKNOWN : kind < 3 ? EventDate.month(java.time.YearMonth.from(day))
                : kind < 4 && r.nextInt(4) == 0 ? EventDate.year(day.getYear())
                : kind < 4 ? EventDate.range(day, day.plusDays(8 + r.nextInt(400)))
                : kind < 5 ? EventDate.range(day, day.plusDays(1 + r.nextInt(4)))
                : kind < 7 ? EventDate.at(day, LocalTime.of(8 + r.nextInt(10), 0)) : EventDate.day(day);
        List<Participant> people = new ArrayList<>();
        int count = r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String name = NAMES.get(r.nextInt(NAMES.size()));
            if (people.stream().noneMatch(p -> p.name().equals(name))) {
                people.add(new Participant(name, EntityKind.PERSON, r.nextBoolean() ? "Leader" : null,
                        r.nextInt(8) == 0 ? Role.ABSENT : Role.ATTENDEE));
            }
        }
        String place = r.nextInt(5) == 0 ? List.of("Brussels", "Paris", "Brussels, Europa building").get(r.nextInt(3))
                : null;
        DateDerivation derivation = r.nextInt(3) == 0
                ? new DateDerivation(List.of("on Friday", "in May").get(r.nextInt(2)), null, "rule", "unresolved")
                : null;
        return new Event(id, type, "t", date, derivation, place, EventStatus.HELD, people,
                List.of(new Mention(1, 0, 1, "x", null)), List.of());
    }

    private static Event event(long id, EventType type, EventDate date, String place, String... names) {
        return new Event(id, type, null, date, null, place, EventStatus.HELD,
                java.util.Arrays.stream(names).map(MatchIndexTest::person).toList(), null, null);
    }

    private static Participant person(String name) {
        return new Participant(name, EntityKind.PERSON, null, Role.ATTENDEE);
    }
}
