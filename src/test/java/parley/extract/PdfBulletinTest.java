package parley.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
import parley.domain.Extraction;
import parley.ingest.FileArticleReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ministry bulletin as a PDF, written at test time from our own text with lines wrapped as a PDF wraps them:
 * countries that act ("Ukrainian and Russian delegations"), an office named through its country ("Türkiye's
 * foreign minister hosted the meeting"), and a group of countries referred to later ("the two delegations").
 */
class PdfBulletinTest {
    private static final String[] PARAGRAPHS = {
        "Foreign Ministry Bulletin No. 112",
        "Date: 2025-05-20",
        "Ukrainian and Russian delegations met in Ankara on Monday to discuss an exchange of prisoners, the"
                + " ministry said.",
        "Türkiye's foreign minister hosted the meeting.",
        "The two delegations will meet again in Doha in June, officials said.",
        "The bulletin is published on working days."};

    @Test
    void extractsTheBulletinsEvents(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("bulletin-112.pdf");
        write(pdf);
        Article article = new FileArticleReader().read(pdf);
        assertThat(article.published()).hasToString("2025-05-20");
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        ExpectedEvents.check(article.text(), x, expected());
    }

    private static JsonNode expected() throws IOException {
        try (InputStream in = PdfBulletinTest.class.getResourceAsStream("/parley/extract/fixtures/pdf-bulletin.json")) {
            assertThat(in).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    private static void write(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                out.setLeading(14);
                out.newLineAtOffset(60, 720);
                for (String paragraph : PARAGRAPHS) {
                    for (String line : wrap(paragraph, 80)) {
                        out.showText(line);
                        out.newLine();
                    }
                    out.newLine();
                }
                out.endText();
            }
            doc.save(file.toFile());
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
