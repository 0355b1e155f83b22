package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.Participant;

/**
 * Rounds of one negotiation told round by round: a numbered round that names only its mediator keeps the sides of
 * the series and adds the mediator; a round told only as fixed for a day is planned. Sentences of our own.
 */
class SeriesRoundsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 5, 20);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("r.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    private static Event on(List<Event> events, String iso) {
        Event e = events.stream().filter(x -> iso.equals(x.date().iso())).findFirst().orElse(null);
        assertThat(e).as(SeedArticlesTest.dump(events)).isNotNull();
        return e;
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    @Test
    void aRoundNamingOnlyItsMediatorKeepsTheSidesOfTheSeries() {
        List<Event> es = extract("""
                Fishing talks: where things stand

                - 8 January: First round, in Geneva, between the Azerbaijani and Armenian delegations.
                - 26 February: Third round, in Vienna, this time under Swiss mediation.
                - 2 April: the fourth round opened in Prague with Kazakh facilitation.
                """);
        assertThat(present(on(es, "2026-02-26"))).containsExactlyInAnyOrder("Azerbaijan", "Armenia", "Switzerland");
        assertThat(present(on(es, "2026-04-02"))).containsExactlyInAnyOrder("Azerbaijan", "Armenia", "Kazakhstan");
    }

    @Test
    void aRoundOnlyFixedForADayIsPlanned() {
        List<Event> es = extract("""
                Fishing talks: where things stand

                Azerbaijani and Armenian negotiators held a first round in Geneva on 8 January.

                A second round had been scheduled for 3 May in Tbilisi.

                A third round was provisionally set for Friday, 15 May, in Minsk.
                """);
        assertThat(on(es, "2026-05-03").status()).isEqualTo(EventStatus.PLANNED);
        assertThat(on(es, "2026-05-15").status()).isEqualTo(EventStatus.PLANNED);
    }

    @Test
    void aRoundSetForADayThatThenTookPlaceWasHeld() {
        List<Event> es = extract("""
                Fishing talks: where things stand

                Azerbaijani and Armenian negotiators held a first round in Geneva on 8 January.

                A second round, which was set for 3 May, opened in Tbilisi as planned.
                """);
        assertThat(on(es, "2026-05-03").status()).isEqualTo(EventStatus.HELD);
    }
}
