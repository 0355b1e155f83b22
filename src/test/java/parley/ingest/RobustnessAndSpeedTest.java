package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

class RobustnessAndSpeedTest {
    @TempDir
    Path dir;

    @Test
    void pageNested100000LevelsDeepDoesNotCrash() throws Exception {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><body><article><p>Ministers met in Rome on Friday.</p>");
        html.append("<div>".repeat(depth)).append("<p>Deep inside, the talks went on.</p>")
                .append("</div>".repeat(depth)).append("</article></body></html>");
        Article a = Fixtures.READER.read(Fixtures.write(dir, "deep.html",
                html.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).contains("Ministers met in Rome on Friday.", "Deep inside, the talks went on.");
    }

    @Test
    void unclosedTagsAndDeepInlineNestingDoNotCrash() throws Exception {
        String html = "<html><body><article><p>Envoys met." + "<b><i>".repeat(50_000) + "more</article>";
        Article a = Fixtures.READER.read(Fixtures.write(dir, "inline.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).startsWith("Envoys met.");
    }

    @Test
    void deeplyNestedJsonLdIsIgnored() throws Exception {
        String json = "[".repeat(5000) + "]".repeat(5000);
        String html = "<html><head><script type=\"application/ld+json\">" + json + "</script></head><body><article>"
                + "<p>Envoys met in Oslo on Monday.</p></article></body></html>";
        Article a = Fixtures.READER.read(Fixtures.write(dir, "json.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.published()).isNull();
        assertThat(a.text()).isEqualTo("Envoys met in Oslo on Monday.");
    }

    @Test
    void fiveKilobyteArticlesAreReadInAboutAMillisecond() throws Exception {
        Path txt = Fixtures.write(dir, "seedlike.txt", fiveKilobytes().getBytes(StandardCharsets.UTF_8));
        Path html = Fixtures.write(dir, "page.html", Fixtures.bytes("harbour-times-geneva.html"));
        FileArticleReader reader = new FileArticleReader();
        for (int i = 0; i < 300; i++) {
            reader.read(txt);
            reader.read(html);
        }
        int rounds = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            reader.read(txt);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            reader.read(html);
        }
        long t2 = System.nanoTime();
        double txtMs = (t1 - t0) / 1e6 / rounds;
        double htmlMs = (t2 - t1) / 1e6 / rounds;
        System.out.printf("FileArticleReader: 5 KB text %.3f ms, 5 KB page %.3f ms per read%n", txtMs, htmlMs);
        // Generous bounds for a shared 2-core machine; typical figures are far lower (see the report).
        assertThat(txtMs).isLessThan(5.0);
        assertThat(htmlMs).isLessThan(10.0);
    }

    private static String fiveKilobytes() {
        StringBuilder sb = new StringBuilder("Leaders agree to meet again in Geneva\n\nPublished: 12 August 2025\n\n"
                + "By Jane Doe\n\n");
        int i = 0;
        while (sb.length() < 5000) {
            sb.append("The foreign ministers met for the ").append(++i)
                    .append("th time on Tuesday and agreed that officials would draft a new text before the autumn.\n");
        }
        return sb.toString();
    }
}
