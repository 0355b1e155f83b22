package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;

/**
 * Dates and parties carried from one sentence to the next (session 14): a step from the event just told with a
 * weekday beside it, and officials "from" a list of countries. Sentences of our own.
 */
class ChainedDatesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "ANDEAN DESK\nPublished: 12 March 2026\n\nA week of neighbours\n\n" + body + "\n";
        Article a = new Article("chained.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void aStepWithAWeekdayBesideItCountsFromTheEventJustTold() {
        List<Event> found = events("Foreign ministers of Peru and Ecuador met in Lima on 2 March. A day later, on "
                + "Tuesday, the two delegations held talks in Quito.");
        assertThat(only(found, EventType.TALKS).date().start()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void officialsFromAListOfCountriesAreAllParties() {
        Event meeting = only(events("Officials from Norway and Iceland met Bolivian officials in La Paz on Tuesday."),
                EventType.MEETING);
        assertThat(meeting.participants().stream().map(Participant::name))
                .contains("Norway", "Iceland", "Bolivia");
    }

    @Test
    void aWeekdayInBracketsAfterAHeadingsDayRestatesIt() {
        List<Event> found = events("### 9 March (Monday)\n\nEcuadorian President Daniel Noboa met Colombian "
                + "President Gustavo Petro in Quito.\n\n### 10 March (Tuesday, late)\n\nPeruvian Foreign Minister "
                + "Hugo de Zela held talks with Bolivian Foreign Minister Fernando Aramayo in Lima.");
        assertThat(found).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10));
    }
}
