package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.ingest.FileArticleReader;

/**
 * Markdown emphasis around a day or month (session 17): "in **February**", "on __3 September__", "in *June*" are read
 * as the same words without marks. Before, the marks kept the tagger from the month or day, so the event had no date.
 */
class EmphasisDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The ferry accord is to be signed when Frederiksen travels to Vienna in **February**.;2026-02",
        "The ferry accord is to be signed when Frederiksen travels to Vienna in __February__.;2026-02",
        "Frederiksen is due to visit Vienna in *February* to sign the ferry accord.;2026-02",
        "Swedish Foreign Minister Maria Malmer Stenergard met Elina Valtonen on __3 September__ in Turku.;2025-09-03",
        "Swedish Foreign Minister Maria Malmer Stenergard met Elina Valtonen on **3 September** in Turku.;2025-09-03",
        "Swedish Foreign Minister Maria Malmer Stenergard met Elina Valtonen in Turku on _September 3_.;2025-09-03"})
    void aDayOrMonthInEmphasisIsRead(String sentence, String date, @TempDir Path dir) throws Exception {
        String text = "# The Nordic Letter\n\n*Published 12 September 2025*\n\nDanish Prime Minister Mette Frederiksen"
                + " and Swedish Prime Minister Ulf Kristersson spoke on Tuesday about the Baltic ferries.\n\n" + sentence
                + "\n";
        Path file = dir.resolve("letter.md");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article article = new FileArticleReader().read(file);
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        assertThat(x.events()).as(sentence).anySatisfy(e -> {
            assertThat(e.mentions()).anySatisfy(m -> assertThat(sentence).contains(m.text().strip()));
            assertThat(e.date().iso()).isEqualTo(date);
        });
    }
}
