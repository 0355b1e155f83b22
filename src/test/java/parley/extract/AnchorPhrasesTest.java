package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;

/**
 * Anchor phrases "<span> before/after/ahead of <the/that event>" (session 17, q-report B2): the main clause is dated
 * from the event the text has just told, not from the section's day. Sentences of our own.
 */
class AnchorPhrasesTest {
    private static final String LEAD = "Envoys meet\n\nPARIS, 12 June 2025 - French President Emmanuel Macron hosted "
            + "German Chancellor Friedrich Merz at the Elysee on Wednesday.\n\n";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A day before that visit, Macron met Keir Starmer in London.|2025-06-10",
        "Two days before that visit, Macron met Keir Starmer in London.|2025-06-09",
        "One day after their meeting, Macron met Keir Starmer in London.|2025-06-12",
        "A week before the Elysee meeting, Macron met Keir Starmer in London.|2025-06-04"})
    void theMainClauseIsDatedFromTheEventJustTold(String sentence, String day) {
        Extraction x = extract(LEAD + sentence + "\n");
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).anyMatch(e -> names(e, "Keir Starmer")
                && day.equals(e.date().iso()));
    }

    private static boolean names(Event e, String who) {
        return e.participants().stream().anyMatch(p -> p.name().equals(who));
    }

    private static Extraction extract(String text) {
        LocalDate issue = LocalDate.of(2025, 6, 12);
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, issue), issue);
    }
}
