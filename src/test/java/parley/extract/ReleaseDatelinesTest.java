package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;
import parley.domain.Extraction;
import parley.ingest.FileArticleReader;

/**
 * Files of collected releases whose items open with a dateline heading (session 14): "KIND | D MONTH YYYY" over a
 * title line in capitals, or "[n] Issuer - Place, D Month YYYY" over a title. Each heading dates the words of the day
 * of writing in its item ("today", "this afternoon", "yesterday"), not the compilation's own date; a title line
 * right under the heading keeps the item's day.
 */
class ReleaseDatelinesTest {
    private static Extraction read(Path dir, String name, String text, LocalDate published) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article article = new FileArticleReader().read(file);
        assertThat(article.published()).as("the file's own date").isEqualTo(published);
        return new RuleBasedExtractor().extract(article, article.published());
    }

    @Test
    void aLabelledHeadingOverATitleInCapitalsDatesItsItem(@TempDir Path dir) throws Exception {
        String text = "Releases of the Ministry of Foreign Affairs of Estonia\n\nLast updated: 24 September 2026\n\n"
                + "NEWS RELEASE | 8 SEPTEMBER 2026\nESTONIAN AND FINNISH MINISTERS CONFER IN TALLINN\n\n"
                + "Foreign Minister Margus Tamm received his Finnish counterpart Elina Virtanen this morning in "
                + "Tallinn. The ministers discussed ferry links.\n\n"
                + "READOUT - 15 SEPTEMBER 2026\nTELEPHONE CONVERSATION WITH LATVIA\n\n"
                + "Prime Minister Kadri Saar spoke by telephone with Latvian Prime Minister Janis Ozols this "
                + "afternoon.\n\n"
                + "MEDIA NOTE | 21 SEPTEMBER 2026\nMINISTER TRAVELS TO WARSAW\n\n"
                + "Margus Tamm held talks in Warsaw yesterday with Polish Foreign Minister Pawel Nowak.\n";
        Extraction x = read(dir, "releases.txt", text, LocalDate.of(2026, 9, 24));
        assertThat(x.events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2026-09-08", "2026-09-15", "2026-09-20");
    }

    @Test
    void anIssuerPlaceAndDayHeadingDatesItsItem(@TempDir Path dir) throws Exception {
        String text = "Statements on the Danube shipping dispute\n\n"
                + "[1] Ministry of Foreign Affairs of Romania - Bucharest, 3 November 2026\n"
                + "Romania and Bulgaria hold river commission talks\n\n"
                + "Romanian Foreign Minister Ioana Popa met Bulgarian Foreign Minister Stefan Dimov today in "
                + "Bucharest.\n\n"
                + "[2] Foreign Ministry of Bulgaria - Ruse, 12 November 2026\n"
                + "MINISTERS AGREE ON DREDGING\n\n"
                + "Stefan Dimov hosted Ioana Popa this afternoon in Ruse for a second round.\n";
        // with no line saying when it was put together, the file went out with its last item
        Extraction x = read(dir, "danube.txt", text, LocalDate.of(2026, 11, 12));
        assertThat(x.events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2026-11-03", "2026-11-12");
    }

    @Test
    void aPublicationLabelBeforeAPlaceIsNoHeading() {
        assertThat(DatedHeadings.of("Published - Oslo, 2 October 2026")).isNull();
        assertThat(DatedHeadings.of("[4] Foreign Ministry of Peru - Lima, 2 March 2026").day())
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(DatedHeadings.of("Lima, 2 March 2026 - The minister met envoys today.")).isNull();
    }
}
