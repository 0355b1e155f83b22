package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;

/**
 * A presence told with what fills it: talks going on since a day run to the article's day; a day spent in a city
 * negotiating is the article's day (session 14). Sentences of our own.
 */
class DurativePresenceTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String text) {
        Article a = new Article("presence.txt", "txt", "", text + "\n\n", null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static void runsSinceTuesday(String sentence, String place) {
        assertThat(events(sentence)).as(sentence).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.TALKS);
            assertThat(e.status()).isEqualTo(EventStatus.HELD);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(e.date().end()).isEqualTo(ANCHOR);
            assertThat(e.location()).isEqualTo(place);
        });
    }

    @Test
    void aPresenceSinceADayFilledWithTalksRunsToTheArticlesDay() {
        runsSinceTuesday("The Kenyan mediator Raila Odinga has been in Arusha since Tuesday, shuttling between the "
                + "two camps.", "Arusha");
        runsSinceTuesday("Since Tuesday the Kenyan mediator Raila Odinga has been based in Arusha, mediating between "
                + "the rival factions.", "Arusha");
        runsSinceTuesday("The Sudanese and South Sudanese delegations have been negotiating in Juba since Tuesday.",
                "Juba");
        runsSinceTuesday("The Kenyan mediator Raila Odinga has been holding talks in Arusha since Tuesday.", "Arusha");
    }

    @Test
    void aDaySpentNegotiatingIsTheArticlesDay() {
        List<Event> found = events("The Sudanese and South Sudanese delegations have spent the day in Juba "
                + "negotiating over the oil pipeline.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.TALKS);
            assertThat(e.date().start()).isEqualTo(ANCHOR);
            assertThat(e.location()).isEqualTo("Juba");
        });
    }

    @Test
    void anOfficeHeldOrANegotiatingTeamIsNoPresence() {
        assertThat(events("Raila Odinga has been in office since Tuesday, negotiating with donors.")).isEmpty();
        assertThat(events("The negotiating team of Sudan has been in the news since Tuesday.")).isEmpty();
    }
}
