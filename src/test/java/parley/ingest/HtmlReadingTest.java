package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
        assertThat(a.publisher()).as("from the <title> suffix, never from the donation appeals")
                .isEqualTo("Lakeside Courier");
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

    @Test
    void articleBodyWithCaptionParagraphAndAppealAboveIt() throws Exception {
        Article a = Fixtures.read(dir, "meridian-post-appeal.html");
        assertThat(a.text())
                .startsWith("Negotiators from Iran and three European governments will meet again in Vienna")
                .contains("\n\nCaption: Diplomats leaving the palace where the last round was held\n\n")
                .contains("The last round ended on Thursday without agreement")
                .contains("for as long as they are productive")
                .contains("expected to publish its next report before the meeting.")
                .doesNotContain("Skip to", "Your support", "funded by readers", "Support now", "gallery",
                        "Hanna Vogel", "EPA", "Read more", "What is on the table", "newsletter", "Sign up", "Iran\n",
                        "Diplomacy", "conversation", "Comments", "Copyright");
        assertThat(a.title()).isEqualTo("Envoys to reconvene in Vienna after nuclear talks pause");
        assertThat(a.published()).as("the Updated line outside the body").isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(a.author()).isEqualTo("Priya Raman");
        assertThat(a.publisher()).isEqualTo("The Meridian Post");
    }

    @Test
    void furnitureWithoutClassNamesIsRecognisedByItsText() throws Exception {
        String html = "<html><body><article>"
                + "<h1>Envoys agree on prisoner exchange</h1>"
                + "<ul><li><a href=\"/f\">Facebook</a></li><li><a href=\"/x\">X</a></li><li><a href=\"/m\">Email</a></li></ul>"
                + "<p>Envoys from Armenia and Azerbaijan agreed on Wednesday to exchange prisoners held since the autumn.</p>"
                + "<p>Read more: <a href=\"/r\">Border commission meets in Yerevan</a></p>"
                + "<p><a href=\"/more\">Read more</a></p><div>Continue reading »</div>"
                + "<p>The exchange will take place at a crossing on the northern border, officials said.</p>"
                + "<div><h3>Support our journalism</h3><p>Reporting like this takes time.</p><a href=\"/d\">Donate</a></div>"
                + "<p>Get our free weekly newsletter. <a href=\"/n\">Sign up</a></p>"
                + "<h2>Related stories</h2><ul><li><a href=\"/1\">Talks stall over map</a></li>"
                + "<li><a href=\"/2\">Ceasefire holds</a></li></ul>"
                + "<h3>More from Europe</h3><p><a href=\"/3\">Harbour strike ends</a></p><p><a href=\"/4\">Bridge opens</a></p>"
                + "</article></body></html>";
        Article a = Fixtures.READER.read(Fixtures.write(dir, "bare.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(a.text()).isEqualTo("Envoys agree on prisoner exchange\n\n"
                + "Envoys from Armenia and Azerbaijan agreed on Wednesday to exchange prisoners held since the autumn.\n\n"
                + "The exchange will take place at a crossing on the northern border, officials said.");
    }
}
