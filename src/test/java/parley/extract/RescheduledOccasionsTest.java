package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;

/** An occasion moved to a new day is the occasion told before, planned on the new day (session 15). */
class RescheduledOccasionsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "DIPLOMATIC DIARY\nPublished: 12 March 2026\n\nChanges to the week's programme\n\n" + body + "\n";
        Article a = new Article("rescheduled.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Event only(List<Event> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aTripPushedBackFallsOnItsNewDayWithItsTraveller() {
        Event visit = only(events("Annalena Baerbock had planned to visit Algiers on Thursday. The trip has been "
                + "pushed back to 12 May, her office said."));
        assertThat(visit.type()).isEqualTo(EventType.VISIT);
        assertThat(visit.date().start()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(visit.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(visit.participants()).extracting(Participant::name).contains("Annalena Baerbock");
    }

    @Test
    void aMeetingMovedToAWeekdayLooksAhead() {
        Event meeting = only(events("Keir Starmer and Mark Carney had been due to meet in Ottawa on Monday. The "
                + "meeting was moved to Saturday."));
        assertThat(meeting.date().start()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(meeting.status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void anAgentPostponingTalksUntilADayMovesThemThere() {
        Event talks = only(events("Ukrainian and Russian negotiators were to hold talks in Istanbul on Monday. Turkey "
                + "postponed the talks until Friday."));
        assertThat(talks.date().start()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(talks.date().end()).isNull();
        assertThat(talks.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(talks.participants()).extracting(Participant::name).doesNotContain("Turkey");
    }

    @Test
    void anotherTravellersTripIsAnotherOccasionAndAMovedVenueNoNewDay() {
        List<Event> found = events("Annalena Baerbock will visit Algiers on Friday. Emmanuel Macron's trip has been "
                + "pushed back to 12 May.");
        assertThat(found).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 5, 12));
        Event met = only(events("Keir Starmer and Mark Carney met in Ottawa on Monday. The meeting was moved to the "
                + "city hall at the last minute."));
        assertThat(met.date().start()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(met.status()).isEqualTo(EventStatus.HELD);
    }
}
