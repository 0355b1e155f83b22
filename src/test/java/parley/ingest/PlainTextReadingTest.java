package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

class PlainTextReadingTest {
    @TempDir
    Path dir;

    @Test
    void markdownKeepsItsTextAndFurnitureAndStatesItsMetadata() throws Exception {
        Article a = Fixtures.read(dir, "summit-notes.md");
        assertThat(a.format()).isEqualTo("md");
        assertThat(a.text()).isEqualTo(new String(Fixtures.bytes("summit-notes.md"), StandardCharsets.UTF_8));
        assertThat(a.text()).contains("Read more: Nordic defence spending rises again", "donate today.");
        assertThat(a.title()).isEqualTo("Nordic leaders gather in Reykjavik");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 8, 16));
        assertThat(a.author()).isEqualTo("Helga Jonsdottir");
        assertThat(a.publisher()).isNull();
    }

    @Test
    void updatedLineAndCopyrightLine() throws Exception {
        Article a = Fixtures.read(dir, "updated-line.txt");
        assertThat(a.format()).isEqualTo("txt");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(a.publisher()).isEqualTo("Atlantic Wire Service");
        assertThat(a.title()).isEqualTo("Portugal and Morocco discuss ferry link");
    }

    @Test
    void publishedLineWinsOverUpdatedLine() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "both.txt", ("Updated: 4 March 2024\n"
                + "First published on Tue 27 Feb 2024 10.14 GMT\n\nThe ministers met on Monday in Rabat.\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 27));
    }

    @Test
    void publishedLineInsideMarkdownEmphasisAfterALeadIn() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "release.md", ("# Ministers to meet in Lisbon\n\n"
                + "*Press release — Published: 2 September 2025*\n\nThe ministers will meet on Friday.\n")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 9, 2));
    }

    @Test
    void agencyDatelineTakesItsYearFromTheSameDayElsewhere() throws Exception {
        Article a = Fixtures.read(dir, "dateline-same-day.txt");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 8, 19));
        assertThat(a.author()).isEqualTo("Ona Petraitis");
        assertThat(a.title()).isEqualTo("Baltic ministers pledge joint grid checks");
    }

    @Test
    void agencyDatelineWithoutAnyYearTakesTheYearTheLeadsWeekdayFits() throws Exception {
        Article a = Fixtures.read(dir, "dateline-no-year.txt");
        assertThat(a.published().getDayOfWeek()).as("'agreed on Tuesday'").isEqualTo(java.time.DayOfWeek.TUESDAY);
        assertThat(a.published().getMonthValue() * 100 + a.published().getDayOfMonth()).isEqualTo(819);
        assertThat(a.publishedSignal()).contains("year inferred");
        assertThat(a.title()).as("a first line that is a whole sentence is not a headline").isNull();
    }

    @Test
    void agencyDatelineYearFromCopyrightOrFromTheDateline() {
        String body = "KYIV, Aug 19 (Reuters) - Ministers met on Tuesday.\n\n© 2025 Example Wire\n";
        assertThat(TextMetadata.of(body).published()).isEqualTo(LocalDate.of(2025, 8, 19));
        assertThat(TextMetadata.of("KYIV, Aug. 19, 2024 (AP) — Ministers met.\n").published())
                .isEqualTo(LocalDate.of(2024, 8, 19));
        assertThat(TextMetadata.of("GENEVA, Dec 30 (Reuters) - Talks will resume on January 3, 2026, a spokesman said.")
                .published()).as("a date within weeks of the dateline").isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(TextMetadata.of("GENEVA, Dec 30 (Reuters) - The treaty was first signed on 4 May 1998.")
                .published()).as("a date far from the dateline says nothing about its year").isNull();
    }

    @Test
    void sentencesMentioningDatesAreNotPublicationDates() {
        assertThat(TextMetadata.of("Talks resume in Oslo\n\nThe report published on 3 March 2024 said talks "
                + "would resume. The ministers last met on 12 June 2023.\n").published()).isNull();
    }

    @Test
    void lineThatIsOnlyADateNearTheTop() {
        assertThat(TextMetadata.of("Talks resume in Oslo\nTuesday 12 August 2025 10:14 BST\n\nThe ministers met.")
                .published()).isEqualTo(LocalDate.of(2025, 8, 12));
    }

    @Test
    void crlfAndCrBecomeLfAndNothingElseChanges() throws Exception {
        byte[] content = "Line one  \r\nLine two\rLine three\r\n\r\n\tIndented — “quoted”\n".getBytes(
                StandardCharsets.UTF_8);
        Article a = Fixtures.READER.read(Fixtures.write(dir, "crlf.txt", content));
        assertThat(a.text()).isEqualTo("Line one  \nLine two\nLine three\n\n\tIndented — “quoted”\n");
    }

    @Test
    void markdownFrontMatterComesFirst() throws Exception {
        String md = "---\ntitle: \"Envoys meet in Lisbon\"\ndate: 2025-09-01\nauthor: Rui Costa\nsource: Tagus Daily\n---\n"
                + "\n# A different heading\n\nUpdated 2 September 2025\n\nEnvoys met in Lisbon on Monday.\n";
        Article a = Fixtures.READER.read(Fixtures.write(dir, "notes.md", md.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).isEqualTo(md);
        assertThat(a.title()).isEqualTo("Envoys meet in Lisbon");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(a.author()).isEqualTo("Rui Costa");
        assertThat(a.publisher()).isEqualTo("Tagus Daily");
        String noTitle = "---\nlayout: post\n---\n# Envoys meet in Lisbon\n\nEnvoys met in Lisbon on Monday.\n";
        assertThat(TextMetadata.of(noTitle).title()).as("the heading after the block").isEqualTo(
                "Envoys meet in Lisbon");
    }

    @Test
    void headlineRules() {
        assertThat(TextMetadata.title(java.util.List.of("", "Allies pledge support for Ukraine talks", "")))
                .isEqualTo("Allies pledge support for Ukraine talks");
        assertThat(TextMetadata.title(java.util.List.of("Your support helps us to tell the story")))
                .as("an appeal").isNull();
        assertThat(TextMetadata.title(java.util.List.of("By Jane Doe"))).isNull();
        assertThat(TextMetadata.title(java.util.List.of("12 August 2025"))).isNull();
        assertThat(TextMetadata.title(java.util.List.of("Ministers met. They agreed to meet again"))).isNull();
        assertThat(TextMetadata.title(java.util.List.of("## Envoys return to Geneva ##")))
                .isEqualTo("Envoys return to Geneva");
    }
}
