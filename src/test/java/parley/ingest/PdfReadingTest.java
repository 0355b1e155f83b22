package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;
import parley.domain.UnreadableFileException;

class PdfReadingTest {
    private static final String[] LINES = {
        "Kenya and Tanzania settle lake border dispute",
        "By Amani Mwangi",
        "Published: 7 October 2024",
        "The presidents of Kenya and Tanzania signed an agreement in Arusha on Monday.",
        "The accord ends a quarrel over fishing rights on Lake Victoria that began in 2019.",
    };

    @TempDir
    Path dir;

    @Test
    void textLayerInReadingOrderWithMetadata() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "lake.pdf",
                TestPdfs.text("Microsoft Word - lake.docx", LINES)));
        assertThat(a.format()).isEqualTo("pdf");
        assertThat(a.text()).startsWith(LINES[0]).contains(LINES[3]).contains(LINES[4]);
        assertThat(a.text().indexOf(LINES[3])).isLessThan(a.text().indexOf(LINES[4]));
        assertThat(a.text()).doesNotContain("\r");
        assertThat(a.title()).as("a word processor's file name is no title; the first line is")
                .isEqualTo(LINES[0]);
        assertThat(a.author()).isEqualTo("Amani Mwangi");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 10, 7));
    }

    @Test
    void pdfTitleIsUsedWhenItIsARealTitle() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "lake.pdf",
                TestPdfs.text("Lake border accord signed | East Africa Monitor", LINES)));
        assertThat(a.title()).isEqualTo("Lake border accord signed");
    }

    @Test
    void browserPrintOfTwoPagesLosesItsRunningLinesAndKeepsWhatTheySay() throws Exception {
        byte[] pdf = TestPdfs.printed("Mozilla Firefox", "Mozilla Firefox",
                "09/05/2024, 16:42    Ferry crews and port owners settle pay dispute | Lagoon Herald",
                "https://lagoonherald.example/ports/2024/05/03/ferry-pay-deal    %d/2",
                new String[] {"Ferry crews and port owners settle pay dispute",
                    "By Ama Owusu",
                    "Ferry crews and the owners of the Keta landing stages agreed a pay deal on Friday,",
                    "ending a stoppage that had kept the lagoon crossings closed for nine days."},
                new String[] {"The union said its members would return to work on Monday morning.",
                    "The regional minister welcomed the deal and thanked both sides for their patience."});
        Article a = Fixtures.READER.read(Fixtures.write(dir, "printed.pdf", pdf));
        assertThat(a.title()).as("the program's name is no title; the first page's headline is")
                .isEqualTo("Ferry crews and port owners settle pay dispute");
        assertThat(a.publisher()).as("the page title's suffix in the running head").isEqualTo("Lagoon Herald");
        assertThat(a.published()).as("the printed address's date, never the print date")
                .isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(a.publishedSignal()).isEqualTo("date in the URL (the address printed on each page)");
        assertThat(a.author()).isEqualTo("Ama Owusu");
        assertThat(a.text()).contains("ending a stoppage", "return to work on Monday morning")
                .doesNotContain("16:42", "lagoonherald.example", "1/2", "2/2", "Lagoon Herald");
    }

    @Test
    void wordExportKeepsItsFirstLineAsHeadlineAndDropsPageNumbers() throws Exception {
        byte[] pdf = TestPdfs.printed("Microsoft Word - ports-note-final.docx", "Microsoft Word",
                "Volta Ports Authority", "Page %d of 2",
                new String[] {"Landing stages to reopen after pay deal", "Published: 3 May 2024",
                    "The authority will reopen the landing stages on Monday after crews and owners agreed pay."},
                new String[] {"Inspections of the jetties will take place on Sunday."});
        Article a = Fixtures.READER.read(Fixtures.write(dir, "note.pdf", pdf));
        assertThat(a.title()).isEqualTo("Landing stages to reopen after pay deal");
        assertThat(a.publisher()).isEqualTo("Volta Ports Authority");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(a.text()).doesNotContain("Page 1", "Page 2").contains("Inspections of the jetties");
    }

    /** Session 10: a policy brief whose brand is only its first line, the institute and its web address. */
    @Test
    void aBriefBrandedOnItsFirstLine() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "brief.pdf", TestPdfs.text("brief-07",
                "Institute of Western Ferry Studies | westferry.example",
                "Ferry timetable: what the agreement changes",
                "Policy Brief 7 | March 2025",
                "The ports ministers of Ghana and Togo met in Keta on Monday and agreed a shared timetable.",
                "The crossings will run every two hours from the first week of April.")));
        assertThat(a.publisher()).isEqualTo("Institute of Western Ferry Studies");
    }

    @Test
    void pdfNamedHtmlIsReadAsPdf() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "saved-page.html", TestPdfs.text("x", LINES)));
        assertThat(a.format()).isEqualTo("pdf");
        assertThat(a.text()).contains(LINES[3]);
    }

    @Test
    void pdfWithOnlyAnOwnerPasswordIsRead() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "owner.pdf", TestPdfs.encrypted("", LINES)));
        assertThat(a.text()).contains(LINES[3]);
    }

    @Test
    void passwordProtectedPdfIsRefused() {
        Path p = Fixtures.write(dir, "locked.pdf", TestPdfs.encrypted("reader-secret", LINES));
        assertThatThrownBy(() -> Fixtures.READER.read(p)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("encrypted PDF (it needs a password to open)");
    }

    @Test
    void imageOnlyPdfIsRefused() {
        Path p = Fixtures.write(dir, "scan.pdf", TestPdfs.imageOnly());
        assertThatThrownBy(() -> Fixtures.READER.read(p)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("PDF has no text layer (scanned?)");
    }

    @Test
    void truncatedAndCorruptPdfsAreRefused() {
        byte[] whole = TestPdfs.text("t", LINES);
        Path truncated = Fixtures.write(dir, "cut.pdf", Arrays.copyOf(whole, 300));
        assertThatThrownBy(() -> Fixtures.READER.read(truncated)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("damaged or truncated PDF");
        Path garbage = Fixtures.write(dir, "junk.pdf", "%PDF-1.7\nthis is not a PDF body at all\n".getBytes());
        assertThatThrownBy(() -> Fixtures.READER.read(garbage)).isInstanceOf(UnreadableFileException.class)
                .hasMessageStartingWith("damaged or truncated PDF");
    }
}
