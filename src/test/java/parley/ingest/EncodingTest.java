package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

/** Every encoding an analyst's files come in gives the same text, with no mojibake. */
class EncodingTest {
    private static final String TEXT = "Talks in Zürich end without a deal\n\nPublished: 2 May 2025\n\n"
            + "The ministers met at the Café Rößli on Friday – “a frank exchange”, one aide said… "
            + "Señor Muñoz, the envoy from Asunción, left early. Prices rose 5% and €20m was pledged.\n";
    private static final String WESTERN = "Talks in Zürich end without a deal\n\nPublished: 2 May 2025\n\n"
            + "The ministers met at the Café Rößli on Friday – “a frank exchange”, one aide said… "
            + "Señor Muñoz, the envoy from Asunción, left early. €20m was pledged.\n";

    @TempDir
    Path dir;

    private Article read(String name, byte[] bytes) throws Exception {
        return Fixtures.READER.read(Fixtures.write(dir, name, bytes));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithAndWithoutBom() throws Exception {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        assertThat(read("plain.txt", utf8).text()).isEqualTo(TEXT);
        Article bom = read("bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
        assertThat(bom.text()).isEqualTo(TEXT);
        assertThat(bom.title()).isEqualTo("Talks in Zürich end without a deal");
        assertThat(bom.published()).isEqualTo(LocalDate.of(2025, 5, 2));
    }

    @Test
    void utf16WithBom() throws Exception {
        assertThat(read("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(TEXT);
        assertThat(read("be.txt", TEXT.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(TEXT);
    }

    @Test
    void utf16WithoutBomRecognisedByItsZeroBytes() throws Exception {
        assertThat(read("le.txt", TEXT.getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(TEXT);
        assertThat(read("be.txt", TEXT.getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(TEXT);
    }

    @Test
    void windows1252WithCurlyQuotesDashesAndEuro() throws Exception {
        Article a = read("western.txt", WESTERN.getBytes(Charset.forName("windows-1252")));
        assertThat(a.text()).isEqualTo(WESTERN);
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 5, 2));
    }

    @Test
    void latin1IsReadAsWindows1252() throws Exception {
        String text = "Señor Muñoz met the envoy in Zürich. The café was closed, and the talks moved to Genève.\n";
        assertThat(read("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1)).text()).isEqualTo(text);
    }

    @Test
    void shortWindows1252TextWithOnlyCurlyQuotes() throws Exception {
        String text = "The minister said: “We will return.” It’s the third round.\n";
        assertThat(read("quotes.txt", text.getBytes(Charset.forName("windows-1252"))).text()).isEqualTo(text);
    }

    @Test
    void cyrillicSingleByteTextIsLeftToTheDetector() throws Exception {
        String text = "Министры иностранных дел встретились в Москве во вторник, чтобы обсудить новые соглашения "
                + "о торговле и транспорте между двумя странами. Переговоры продолжатся в сентябре.\n";
        assertThat(read("ru.txt", text.getBytes(Charset.forName("windows-1251"))).text()).isEqualTo(text);
    }

    @Test
    void htmlDeclaringWindows1252() throws Exception {
        String html = "<html><head><meta charset=\"windows-1252\"><title>Café talks</title></head><body><article>"
                + "<p>The envoys met at a café in Genève on Friday – “progress”, they said.</p></article></body></html>";
        Article a = read("page.html", html.getBytes(Charset.forName("windows-1252")));
        assertThat(a.text()).isEqualTo("The envoys met at a café in Genève on Friday – “progress”, they said.");
    }

    @Test
    void htmlDeclaringLatin1ButWritingUtf8IsReadAsUtf8() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><article>"
                + "<p>The envoys met at a café in Genève on Friday.</p></article></body></html>";
        assertThat(read("page.html", html.getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("The envoys met at a café in Genève on Friday.");
    }

    @Test
    void htmlInUtf16() throws Exception {
        String html = "<!DOCTYPE html><html><body><article><p>Envoys met in Zürich on Friday.</p></article>"
                + "</body></html>";
        assertThat(read("page.htm", html.getBytes(StandardCharsets.UTF_16)).text())
                .isEqualTo("Envoys met in Zürich on Friday.");
        assertThat(read("page.txt", html.getBytes(StandardCharsets.UTF_16LE)).format()).isEqualTo("html");
    }

    @Test
    void utf8WithOneDamagedByteStaysUtf8() throws Exception {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        int space = TEXT.indexOf(" on Friday");
        utf8[TEXT.substring(0, space).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xE9;
        Article a = read("damaged.txt", utf8);
        assertThat(a.text()).contains("Zürich", "Café Rößli", "\uFFFDon Friday", "“a frank exchange”", "€20m");
    }
}
