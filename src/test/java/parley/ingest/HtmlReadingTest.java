package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

class HtmlReadingTest {
    @TempDir
    Path dir;

    @Test
    void harbourTimesPageGivesTheStoryWithoutItsFurniture() throws Exception {
        Article a = Fixtures.read(dir, "harbour-times-geneva.html");
        assertThat(a.format()).isEqualTo("html");
        assertThat(a.text())
                .contains("The foreign ministers of Norway and Chile agreed on Tuesday to restart negotiations")
                .contains("Speaking after a two-hour meeting in Geneva")
                .contains("Officials from the two countries last met in Oslo")
                .contains("Chile's delegation said it expected a first draft")
                .contains("Norway and Chile agree to reopen fisheries talks\n\n")
                .contains("\n\nA long pause\n\n")
                .contains("The two foreign ministers shook hands outside the Palais des Nations on Tuesday.")
                .contains("Fishing boats moored in the harbour at Valparaíso last week")
                .doesNotContain("Lena Dahl", "Picture:", "Tomas Rojas", "(AP)")
                .doesNotContain("cookies", "World", "Politics", "Share on", "Read more", "quota dispute began")
                .doesNotContain("newsletter", "Morning Briefing", "Subscribe", "Your support", "Donate")
                .doesNotContain("Related stories", "Trade ministers meet in Lima", "Quota row deepens")
                .doesNotContain("Comments", "waste of time", "Most read", "Storm closes", "More from")
                .doesNotContain("Lighthouse", "All rights reserved", "JavaScript", "Injected", "color: red");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(a.title()).isEqualTo("Norway and Chile agree to reopen fisheries talks");
        assertThat(a.publisher()).isEqualTo("The Harbour Times");
        assertThat(a.author()).isEqualTo("Ingrid Solberg");
    }

    @Test
    void divLayoutWithoutArticleElementUsesTheDensestBlockAndThePublishedLine() throws Exception {
        Article a = Fixtures.read(dir, "lakeside-courier-div-layout.html");
        assertThat(a.text())
                .startsWith("Ministers open border crossing talks\n\n")
                .contains("Interior ministers from Estonia and Latvia opened talks on Friday")
                .contains("walked the length of the disputed road together")
                .contains("could reopen to cars before the end of October")
                .doesNotContain("Home", "Weather", "donation", "Give now", "Latest news", "Bridge repairs",
                        "Share this article", "volunteers");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 8, 16));
        assertThat(a.title()).isEqualTo("Ministers open border crossing talks");
        assertThat(a.author()).isNull();
        assertThat(a.publisher()).as("named only in donation appeals").isNull();
    }

    @Test
    void articleTimeWinsOverARelatedStorysTimeAndFooterNamesThePublisher() throws Exception {
        Article a = Fixtures.read(dir, "northern-ledger-time.html");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(a.publisher()).isEqualTo("Northern Ledger");
        assertThat(a.author()).isEqualTo("Marta Quispe");
        assertThat(a.title()).isEqualTo("Ecuador and Peru sign water-sharing memorandum");
        assertThat(a.text()).contains("Ecuador and Peru signed a memorandum on Thursday")
                .doesNotContain("Earlier talks stall", "Copyright");
    }
}
