package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.domain.Mention;
import parley.ingest.FileArticleReader;

/**
 * Files of dated releases gathered into one (session 13): the compiler's "Compiled by …, date" line dates the file,
 * not its first item's heading; each item's heading ("14.02.2024 | TROMSØ | …", a bare "05.03.2025" between ruler
 * lines, "STATEMENT | 7 MARCH 2025", "Release — 6 March 2025") dates the words of the day of writing under it, also
 * when it lies after the day of the first item; and a heading reports nothing of its own (a dated line with another
 * right under it is a timeline's entry, which does).
 */
class CompiledReleasesTest {
    @ParameterizedTest
    @ValueSource(strings = {"dated-items-compiled.txt", "dated-items-bare.txt"})
    void eachItemIsDatedByItsHeading(String file) throws Exception {
        Article article = new FileArticleReader().read(FixtureArticlesTest.path(file));
        JsonNode expected = new ObjectMapper().readTree(ExpectedEvents.fixture(file.replace(".txt", ".json")));
        assertThat(article.published()).as("publication date of " + file)
                .isEqualTo(LocalDate.parse(expected.get("anchor").asText()));
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        ExpectedEvents.check(article.text(), x, expected);
        for (Event e : x.events()) {
            for (Mention m : e.mentions()) {
                assertThat(m.text()).as("a heading line is no sentence of an item's event").doesNotContain(" | ");
            }
        }
    }

    @Test
    void anIssuedByLineDatesTheFileBeforeItsItemsHeadings(@TempDir Path dir) throws Exception {
        String text = "Caribbean releases\n\nIssued by the Foreign Ministry's press office on 9 May 2025\n\n"
                + "02.05.2025 | KINGSTON | Call with Port of Spain\n\nJamaican Prime Minister Andrew Holness spoke by "
                + "phone today with Keith Rowley, Prime Minister of Trinidad and Tobago.\n\n"
                + "08.05.2025 | KINGSTON | A visitor from Bridgetown\n\nHolness received Barbadian Prime Minister Mia "
                + "Mottley this afternoon.\n";
        Path file = dir.resolve("releases.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article article = new FileArticleReader().read(file);
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 5, 9));
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        assertThat(x.events()).extracting(e -> e.date().iso()).containsExactlyInAnyOrder("2025-05-02", "2025-05-08");
    }

    @Test
    void aTimelineOfDatedLinesReportsEachLineOnItsDay() {
        String text = "Andean timeline\n\nPublished: 10 March 2025\n\n03.03.2025 | SANTIAGO | Chilean President "
                + "Gabriel Boric receives Peruvian President Dina Boluarte\n05.03.2025 | QUITO | Ecuadorian President "
                + "Daniel Noboa meets Colombian President Gustavo Petro\n";
        LocalDate anchor = LocalDate.of(2025, 3, 10);
        Extraction x = new RuleBasedExtractor().extract(new Article("timeline.txt", "txt", "", text, null, null, null,
                anchor), anchor);
        assertThat(x.events()).extracting(e -> e.date().iso()).containsExactlyInAnyOrder("2025-03-03", "2025-03-05");
    }

    @Test
    void aCompilationDateLineDatesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("digest.txt");
        Files.writeString(file, "Baltic digest\n\nCompilation date: 20 June 2025\n\n03.06.2025 | RIGA | Call\n\n"
                + "Latvian Prime Minister Evika Silina spoke by phone today with Donald Tusk.\n\n"
                + "11.06.2025 | VILNIUS | Visit\n\nLithuanian President Gitanas Nauseda received Evika Silina today.\n",
                StandardCharsets.UTF_8);
        assertThat(new FileArticleReader().read(file).published()).isEqualTo(LocalDate.of(2025, 6, 20));
    }

    @Test
    void itemWordsBeforeNumericDatesInHeadings(@TempDir Path dir) throws Exception {
        // session 16: "### Release 18.11.2025 — …", "### Readout 14/10 — …" (no year: the digest's year, not after it)
        String text = "# Caribbean leaders: a release digest\n\n*Antilles Policy Group · digest compiled 20 November "
                + "2025*\n\n---\n\n### Release 2025-02-07 — A call with Port of Spain\n\nJamaican Prime Minister "
                + "Andrew Holness spoke by phone today with Keith Rowley, Prime Minister of Trinidad and Tobago.\n\n"
                + "### Release 12.06.2025 — A visitor from Bridgetown\n\nHolness received Barbadian Prime Minister Mia "
                + "Mottley this afternoon at Jamaica House.\n\n### Readout 14/10 — Talks in Nassau\n\nHolness met "
                + "Bahamian Prime Minister Philip Davis in Nassau this morning.\n";
        Path file = dir.resolve("digest.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article article = new FileArticleReader().read(file);
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 11, 20));
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        assertThat(x.events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2025-02-07", "2025-06-12", "2025-10-14");
    }
}
