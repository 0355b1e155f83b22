package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.Extraction;
import parley.ingest.FileArticleReader;

/**
 * A trip's numbered day with its date in brackets leads a chronology entry (session 17): "Day 2 (Tue 4 Feb): …" dates
 * every sentence of the entry, also a second one without a subject ("Meets X afterwards."), not only the first.
 */
class NumberedTripDaysTest {
    @ParameterizedTest
    @ValueSource(strings = {"Day %d (%s): ", "Day %d [%s] – ", "- Day %d (%s): ", "**Day %d (%s):** "})
    void theBracketedDayDatesTheWholeEntry(String lead, @TempDir Path dir) throws Exception {
        String text = "Timeline | Chilean President Gabriel Boric in East Africa\n\nPublished 20 March 2025\n\n"
                + String.format(lead, 1, "Mon 3 Feb") + "Arrival in Nairobi. Boric meets Kenyan President William Ruto"
                + " at State House.\n" + String.format(lead, 2, "Tue 4 Feb") + "A lecture at the university. Meets"
                + " Kenyan Deputy President Kithure Kindiki afterwards.\n" + String.format(lead, 3, "6 February")
                + "A day of rest on the coast. Boric holds talks with Tanzanian President Samia Suluhu Hassan by"
                + " telephone in the evening.\n";
        Path file = dir.resolve(lead.startsWith("*") ? "timeline.md" : "timeline.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article article = new FileArticleReader().read(file);
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        assertThat(dateOf(x, "William Ruto")).isEqualTo("2025-02-03");
        assertThat(dateOf(x, "Kithure Kindiki")).isEqualTo("2025-02-04");
        assertThat(dateOf(x, "Samia Suluhu Hassan")).isEqualTo("2025-02-06");
    }

    private static String dateOf(Extraction x, String words) {
        return x.events().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains(words)))
                .map(e -> e.date().iso()).findFirst().orElse("no event");
    }
}
