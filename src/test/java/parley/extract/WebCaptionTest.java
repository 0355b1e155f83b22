package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;
import parley.ingest.FileArticleReader;

/**
 * A web page's photo caption loses its credit on reading but stays known as a caption: the person in the photo is
 * not thereby at the meeting the story reports, as with plain-text captions.
 */
class WebCaptionTest {
    @TempDir
    Path temp;

    @Test
    void theMeetingInAWebPagesPhotoLendsNoPeopleToTheStorysNextMeeting() throws Exception {
        Path page = temp.resolve("page.html");
        Files.writeString(page, "<html><head><title>Ministers to meet in Paris</title>"
                + "<meta property=\"article:published_time\" content=\"2025-03-10T08:00:00Z\"></head><body><article>"
                + "<h1>Ministers to meet in Paris</h1>"
                + "<p>Antonio Tajani and Jean-Noël Barrot spoke by phone on Monday about aid for Ukraine.</p>"
                + "<figure><img src=\"a.jpg\" alt=\"\"><figcaption>José Manuel Albares and Radosław Sikorski met in"
                + " Brussels in February. Photo: Jane Roe/Wire</figcaption></figure>"
                + "<p>The two ministers will meet in Paris on Friday.</p></article></body></html>",
                StandardCharsets.UTF_8);
        Article article = new FileArticleReader().read(page);
        assertThat(article.text()).contains("Caption: José Manuel Albares and Radosław Sikorski met in Brussels")
                .doesNotContain("Jane Roe");
        List<Event> events = new RuleBasedExtractor().extract(article, LocalDate.of(2025, 3, 10)).events();
        Event paris = events.stream().filter(e -> "Paris".equals(e.location())).findFirst()
                .orElseThrow(() -> new AssertionError(SeedArticlesTest.dump(events)));
        assertThat(paris.participants()).as(SeedArticlesTest.dump(events)).extracting(Participant::name)
                .containsExactlyInAnyOrder("Antonio Tajani", "Jean-Noël Barrot");
    }
}
