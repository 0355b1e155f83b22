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
    void agencyDatelineTakesItsYearFromTheSameDayElsewhere() throws Exception {
        Article a = Fixtures.read(dir, "dateline-same-day.txt");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 8, 19));
        assertThat(a.author()).isEqualTo("Ona Petraitis");
        assertThat(a.title()).isEqualTo("Baltic ministers pledge joint grid checks");
    }

    @Test
    void agencyDatelineWithoutAnyYearLeavesTheDateOpen() throws Exception {
        Article a = Fixtures.read(dir, "dateline-no-year.txt");
        assertThat(a.published()).isNull();
        assertThat(a.title()).as("a first line that is a whole sentence is not a headline").isNull();
    }

    @Test
    void agencyDatelineYearFromCopyrightOrFromTheDateline() {
        String body = "KYIV, Aug 19 (Reuters) - Ministers met on Tuesday.\n\n© 2025 Example Wire\n";
        assertThat(TextMetadata.of(body).published()).isEqualTo(LocalDate.of(2025, 8, 19));
        assertThat(TextMetadata.of("KYIV, Aug. 19, 2024 (AP) — Ministers met.\n").published())
                .isEqualTo(LocalDate.of(2024, 8, 19));
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
}
