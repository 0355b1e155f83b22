package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * Sides named by nationality adjectives before a plural role with no article ("Moldovan and Romanian ministers
 * signed …") take part through their countries; a signing dates the meeting it ends (session 14). Sentences of our own.
 */
class NationalSignatoriesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String text) {
        Article a = new Article("signing.txt", "txt", "", text + "\n\n", null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<String> names(Event e) {
        return e.participants().stream().map(Participant::name).toList();
    }

    @Test
    void adjectivesBeforeEnvoysOrMinistersWithNoArticleAreTheSides() {
        List<Event> found = events("Georgian and Armenian envoys signed a transit accord on Monday.");
        assertThat(found).hasSize(1);
        assertThat(names(found.get(0))).containsExactlyInAnyOrder("Georgia", "Armenia");
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2026, 3, 9));

        List<Event> ministers = events("On Friday, Moldovan and Romanian ministers put their names to a gas deal "
                + "in Chisinau.");
        assertThat(ministers).anyMatch(e -> names(e).containsAll(List.of("Moldova", "Romania")));
    }

    @Test
    void aSigningDatesTheGatheringItEnded() {
        List<Event> found = events("Georgian Prime Minister Irakli Kobakhidze and Armenian Prime Minister Nikol Pashinyan "
                + "signed a roadmap on Wednesday after meeting for nine hours.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(events("The Sudanese and South Sudanese delegations signed an oil transit protocol on Saturday "
                + "following two days of talks.")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 3, 7)));
        // talks with a day of their own keep it
        assertThat(events("The Georgian and Armenian envoys signed a roadmap on Wednesday after talks in Tbilisi on "
                + "Monday.")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 3, 9)));
    }
}
