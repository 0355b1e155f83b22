package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** One small page per metadata rule, each showing that the rule answers and that an earlier rule wins over it. */
class HtmlMetadataRulesTest {
    private static final String BODY = "<article><h1>Envoys meet in Doha</h1>"
            + "<p>Envoys from Qatar and Kenya met in Doha on Monday to talk about shipping insurance and ports.</p>"
            + "<p>The meeting ended with a promise to set up a working group before the end of the year.</p></article>";

    private static HtmlArticle.Read page(String head, String body) {
        return HtmlArticle.read("<html><head>" + head + "</head><body>" + body + "</body></html>");
    }

    @Test
    void jsonLdDatePublishedWinsOverMetaTags() {
        HtmlArticle.Read r = page("<meta property=\"article:published_time\" content=\"2025-01-02T10:00:00Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-01-01\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Amina Yusuf\"},\"publisher\":\"Gulf Daily Record\"}"
                + "</script>", BODY);
        assertThat(r.metadata().published()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(r.metadata().author()).isEqualTo("Amina Yusuf");
        assertThat(r.metadata().publisher()).isEqualTo("Gulf Daily Record");
    }

    @Test
    void jsonLdInsideGraphWithSeveralAuthorsAndTrailingComma() {
        HtmlArticle.Read r = page("<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
                + "{\"@type\":[\"NewsArticle\"],\"datePublished\":\"2024-12-30T23:30:00-05:00\","
                + "\"author\":[{\"name\":\"Amina Yusuf\"},{\"name\":\"Tom Reyes\"}],}]}</script>", BODY);
        assertThat(r.metadata().published()).as("the day as the publisher wrote it").isEqualTo(
                LocalDate.of(2024, 12, 30));
        assertThat(r.metadata().author()).isEqualTo("Amina Yusuf and Tom Reyes");
    }

    @Test
    void brokenJsonLdIsIgnored() {
        HtmlArticle.Read r = page("<script type=\"application/ld+json\">{\"datePublished\": </script>"
                + "<meta property=\"article:published_time\" content=\"2025-01-02T10:00:00Z\">", BODY);
        assertThat(r.metadata().published()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void articlePublishedTimeWinsOverOtherMetaAndTime() {
        HtmlArticle.Read r = page("<meta name=\"date\" content=\"2020-05-05\">"
                + "<meta property=\"article:published_time\" content=\"2025-01-02T10:00:00Z\">",
                BODY.replace("</h1>", "</h1><time datetime=\"2019-01-01\">old</time>"));
        assertThat(r.metadata().published()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void itempropPubdateAndDateMetaTags() {
        assertThat(page("<meta itemprop=\"datePublished\" content=\"2023-07-14\">", BODY).metadata().published())
                .isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(page("<meta name=\"pubdate\" content=\"20230715\"><meta name=\"date\" content=\"2023-07-16\">",
                BODY).metadata().published()).as("an unreadable pubdate falls through to the next tag")
                .isEqualTo(LocalDate.of(2023, 7, 16));
        assertThat(page("<meta name=\"DC.date.issued\" content=\"Fri, 14 Jul 2023 09:00:00 GMT\">", BODY)
                .metadata().published()).isEqualTo(LocalDate.of(2023, 7, 14));
    }

    @Test
    void timeElementWhenNoMetaTags() {
        HtmlArticle.Read r = page("", BODY.replace("</h1>", "</h1><time datetime=\"2022-02-24T05:00\">dawn</time>"));
        assertThat(r.metadata().published()).isEqualTo(LocalDate.of(2022, 2, 24));
    }

    @Test
    void textLinesWhenTheMarkupHasNoDate() {
        HtmlArticle.Read r = page("", BODY.replace("</h1>", "</h1><p>Updated 3 March 2024</p>"));
        assertThat(r.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(page("", BODY).metadata().published()).isNull();
    }

    @Test
    void titleFallsBackFromOgTitleToH1ToTitleWithoutSiteName() {
        assertThat(page("<title>Tab text | Gulf Daily Record</title><meta property=\"og:title\" content=\"Og headline\">",
                BODY).metadata().title()).isEqualTo("Og headline");
        assertThat(page("<title>Tab text | Gulf Daily Record</title>", BODY).metadata().title())
                .isEqualTo("Envoys meet in Doha");
        assertThat(page("<title>Envoys gather for port talks | Gulf Daily Record</title>",
                BODY.replace("<h1>Envoys meet in Doha</h1>", "")).metadata().title())
                .isEqualTo("Envoys gather for port talks");
    }

    @Test
    void ogSiteNameWinsOverFooterAndMetaAuthorIsUsedUnlessItIsAUrl() {
        HtmlArticle.Read r = page("<meta property=\"og:site_name\" content=\"Gulf Daily Record\">"
                + "<meta name=\"author\" content=\"By Amina Yusuf\">", BODY + "<footer>© 2025 Other Name</footer>");
        assertThat(r.metadata().publisher()).isEqualTo("Gulf Daily Record");
        assertThat(r.metadata().author()).isEqualTo("Amina Yusuf");
        HtmlArticle.Read url = page("<meta name=\"author\" content=\"https://social.example.invalid/gdr\">", BODY);
        assertThat(url.metadata().author()).isNull();
    }

    @Test
    void byLineInTheArticleText() {
        HtmlArticle.Read r = page("", BODY.replace("</h1>", "</h1><p>By Amina Yusuf in Doha</p>"));
        assertThat(r.metadata().author()).isEqualTo("Amina Yusuf");
    }

    @Test
    void jsonLdPublisherByReferenceWhenThereIsNoSiteName() {
        HtmlArticle.Read r = page("<script type=\"application/ld+json\">{\"@graph\":["
                + "{\"@type\":\"NewsMediaOrganization\",\"@id\":\"#org\",\"name\":\"Gulf Daily Record\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Envoys meet\",\"publisher\":{\"@id\":\"#org\"},"
                + "\"author\":\"https://gdr.example.invalid/staff/1\"}]}</script>", BODY + "<footer>© 2025 Other</footer>");
        assertThat(r.metadata().publisher()).isEqualTo("Gulf Daily Record");
        assertThat(r.metadata().title()).isEqualTo("Envoys meet");
        assertThat(r.metadata().author()).as("a URL is no name").isNull();
    }

    @Test
    void classNamesOnlyRemoveFurnitureNotTheStory() {
        HtmlArticle.Read r = page("", "<div class=\"page has-cookie-notice comments-open\"><div class=\"story-more\">"
                + "<p>Envoys from Qatar and Kenya met in Doha on Monday to talk about shipping insurance and ports "
                + "and agreed to meet again before the end of the year in Nairobi.</p></div>"
                + "<div class=\"share-tools\"><a href=\"#\">Share</a></div></div>");
        assertThat(r.text()).startsWith("Envoys from Qatar and Kenya met in Doha on Monday").doesNotContain("Share");
    }
}
