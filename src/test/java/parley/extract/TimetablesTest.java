package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;

/** A trip or gathering told as a timetable: the simple present with a weekday is the coming day (session 13). */
class TimetablesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "WORLD DESK\nPublished: 12 March 2026\n\nA busy week of envoys\n\n" + body + "\n";
        Article a = new Article("timetables.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void aPresentTenseArrivalWithAWeekdayIsTheComingDayAndPlanned() {
        Event visit = only(events("Jose Manuel Albares arrives in Rabat on Monday for two days of talks."),
                EventType.VISIT);
        assertThat(visit.date().start()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aReportedTimetableKeepsItsDirection() {
        Event visit = only(events("The foreign ministry said Paulo Rangel flies to Luanda on Saturday."),
                EventType.VISIT);
        assertThat(visit.date().start()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aPastTenseWeekdayStaysBehindAndAPresentWithoutWeekdayIsNow() {
        Event visit = only(events("Jose Manuel Albares arrived in Rabat on Monday."), EventType.VISIT);
        assertThat(visit.date().start()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(visit.status()).isEqualTo(EventStatus.HELD);
        Event now = only(events("Jose Manuel Albares arrives in Rabat for talks with his counterpart."),
                EventType.VISIT);
        assertThat(now.status()).isEqualTo(EventStatus.HELD);
    }

    @Test
    void aPresentProgressiveWithAWeekdayIsAnArrangementForTheComingDay() {
        List<Event> found = events("The Uruguayan president is visiting Asuncion on Monday. Brazil and Chile are "
                + "holding talks in Brasilia on Tuesday.");
        Event visit = only(found, EventType.VISIT);
        assertThat(visit.date().start()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
        Event talks = only(found, EventType.TALKS);
        assertThat(talks.date().start()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(talks.status()).isEqualTo(EventStatus.PLANNED);
        // the day of the telling is today's, under way
        Event today = only(events("The Uruguayan president is visiting Asuncion today."), EventType.VISIT);
        assertThat(today.date().start()).isEqualTo(ANCHOR);
        assertThat(today.status()).isEqualTo(EventStatus.HELD);
    }

    @Test
    void schedulingIdiomsLookAhead() {
        for (String idiom : List.of("is slated for", "is pencilled in for", "has been timetabled for")) {
            Event meeting = only(events("A meeting between Daniel Noboa and Gustavo Petro " + idiom + " Saturday."),
                    EventType.MEETING);
            assertThat(meeting.date().start()).as(idiom).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(meeting.status()).as(idiom).isEqualTo(EventStatus.PLANNED);
        }
    }
}
