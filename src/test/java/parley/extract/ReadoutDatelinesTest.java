package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.ingest.FileArticleReader;

/**
 * A government readout whose only date is the dateline under its title, with the weekday and the clock time ("Valletta,
 * Tuesday, 4 March 2025, 18:10 CET"), as plain text or as a PDF (session 13): that is the publication date, so "this
 * morning" and "earlier today" are that day.
 */
class ReadoutDatelinesTest {
    @Test
    void aDatelineWithWeekdayAndClockTimeDatesAPlainTextReadout() throws Exception {
        Article article = new FileArticleReader().read(FixtureArticlesTest.path("readout-dateline.txt"));
        JsonNode expected = new ObjectMapper().readTree(ExpectedEvents.fixture("readout-dateline.json"));
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 4));
        ExpectedEvents.check(article.text(), new RuleBasedExtractor().extract(article, article.published()), expected);
    }

    @Test
    void theSameDatelineDatesAPdfReadout(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("readout.pdf");
        write(pdf, "Prime Minister speaks with the President of Cyprus", "",
                "Valletta, Friday, 7 March 2025, 16:45 CET", "",
                "Prime Minister Robert Abela spoke by phone this afternoon with Cypriot",
                "President Nikos Christodoulides.");
        Article article = new FileArticleReader().read(pdf);
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 7));
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        assertThat(x.events()).extracting(Event::type, e -> e.date().iso())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(parley.domain.EventType.CALL, "2025-03-07"));
    }

    @Test
    void aCapitalsDatelineBeforeADashStillDates(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("lima.txt");
        java.nio.file.Files.writeString(txt, "Peru and Chile agree on a border plan\n\nLIMA, 4 March 2025 — Peruvian "
                + "Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren this morning.\n");
        Article article = new FileArticleReader().read(txt);
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void aClockTimeInBracketsAfterTheDayStillDates(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("valletta.txt");
        java.nio.file.Files.writeString(txt, "Readout of the Prime Minister's call\n\nValletta, 4 March 2025 (18:10 "
                + "CET)\n\nPrime Minister Robert Abela spoke by phone this morning with Giorgia Meloni.\n");
        assertThat(new FileArticleReader().read(txt).published()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    private static void write(Path file, String... lines) throws java.io.IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                out.setLeading(14);
                out.newLineAtOffset(60, 720);
                for (String line : lines) {
                    out.showText(line);
                    out.newLine();
                }
                out.endText();
            }
            doc.save(file.toFile());
        }
    }
}
