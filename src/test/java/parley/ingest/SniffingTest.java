package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

/** The content decides the format; the extension only separates Markdown from plain text. */
class SniffingTest {
    @TempDir
    Path dir;

    @Test
    void htmlSavedAsTxtOrWithoutExtensionIsReadAsHtml() throws Exception {
        byte[] page = Fixtures.bytes("harbour-times-geneva.html");
        for (String name : new String[] {"page.txt", "page", "page.md"}) {
            Article a = Fixtures.READER.read(Fixtures.write(dir, name, page));
            assertThat(a.format()).as(name).isEqualTo("html");
            assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 4));
            assertThat(a.text()).doesNotContain("<p>", "cookies");
            assertThat(a.file()).isEqualTo(name);
        }
    }

    @Test
    void htmlFragmentAndPageStartingWithCommentOrXmlDeclaration() {
        assertThat(FormatSniffer.byText("<!-- saved from url=(0042)https://x.invalid -->\n<html><body>", "a.txt"))
                .isEqualTo(FormatSniffer.Format.HTML);
        assertThat(FormatSniffer.byText("<?xml version=\"1.0\"?>\n<!DOCTYPE html PUBLIC \"x\"><html>", "a"))
                .isEqualTo(FormatSniffer.Format.HTML);
        assertThat(FormatSniffer.byText("  <div class=\"story\"><p>Ministers met.</p></div>", "a"))
                .isEqualTo(FormatSniffer.Format.HTML);
    }

    @Test
    void textWithAnAngleBracketIsNotHtml() {
        assertThat(FormatSniffer.byText("Ministers met <today> in Rome.\n<3 from the desk", "a.html"))
                .isEqualTo(FormatSniffer.Format.TXT);
        assertThat(FormatSniffer.byText("# Heading\n\n<p>inline html in markdown</p>", "notes.markdown"))
                .isEqualTo(FormatSniffer.Format.MD);
    }

    @Test
    void plainTextNamedHtmlIsReadAsPlainText() throws Exception {
        String text = "Ministers met in Rome on Friday.\n\nThey agreed to meet again in May.\n";
        Article a = Fixtures.READER.read(Fixtures.write(dir, "story.html", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.format()).isEqualTo("txt");
        assertThat(a.text()).isEqualTo(text);
    }

    @Test
    void pdfIsFoundEvenBehindLeadingJunk() throws Exception {
        byte[] pdf = TestPdfs.text("t", "Leaders met in Rome on Friday.");
        byte[] withJunk = new byte[pdf.length + 10];
        System.arraycopy("\n\n  junk\n".getBytes(StandardCharsets.US_ASCII), 0, withJunk, 0, 9);
        System.arraycopy(pdf, 0, withJunk, 10, pdf.length);
        withJunk[9] = '\n';
        assertThat(FormatSniffer.byMagic(withJunk)).isEqualTo(FormatSniffer.Format.PDF);
        Article a = Fixtures.READER.read(Fixtures.write(dir, "article", pdf));
        assertThat(a.format()).isEqualTo("pdf");
    }
}
