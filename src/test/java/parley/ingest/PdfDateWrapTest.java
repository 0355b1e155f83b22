package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Article;

/**
 * A PDF whose layout broke the compiling line's date over two lines (session 17): "…, 14 October" then "2024" alone
 * (which would otherwise pass for a page number) is read as one date, so the compilation is dated by it and not by
 * its first item's heading.
 */
class PdfDateWrapTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Compiled by the Fjord Policy library from official releases, 14 October;2024",
        "Compiled by the Fjord Policy library from official releases, October 14,;2024",
        "Compiled by the Fjord Policy library from official releases on 14;October 2024"})
    void theWrappedYearCompletesTheCompilingLine(String first, String second, @TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("releases.pdf");
        Files.write(pdf, TestPdfs.text("Releases", "Government of Norland - Office of the Prime Minister", first, second,
                "", "6/10/2024", "PRIME MINISTER RECEIVES PRIME MINISTER KALLAS",
                "Prime Minister Jonas Berg held talks this afternoon with Estonian Prime Minister Kaja Kallas.", "",
                "11/10/2024", "PRIME MINISTER IN RIGA",
                "Prime Minister Jonas Berg today held talks with Latvian President Edgars Rinkevics."));
        Article article = new FileArticleReader().read(pdf);
        assertThat(article.published()).as(article.text()).isEqualTo(LocalDate.of(2024, 10, 14));
        assertThat(article.text()).hasSize(article.text().length()).contains(second);
    }
}
