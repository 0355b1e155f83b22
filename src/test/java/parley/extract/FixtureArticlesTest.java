package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.domain.Article;
import parley.domain.Extraction;
import parley.ingest.FileArticleReader;

/**
 * Articles of our own in different outlets' styles (wire with dateline, press release, live blog, long-form
 * feature, an undated report, one with no diplomatic event, and pages saved as HTML or Markdown), each with the
 * events an analyst expects in a JSON file beside it (see {@link ExpectedEvents}).
 */
class FixtureArticlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIR = "/parley/extract/fixtures/";

    static Stream<String> fixtures() {
        return Stream.of("wire-dateline", "press-release", "no-event", "liveblog", "feature-longform",
                "undated-report", "call-readout", "captions", "quotes-and-saids", "wire-unknown-people", "eu-statement",
                "proposal", "us-wire-dates", "liveblog-ceasefire", "call-readout-gov", "oped-history", "bullet-briefing",
                "captions-web-copy", "lemma-triggers", "pronoun-subjects", "news-reference", "delegation-roster", "undated-transcript",
                "dated-sayings", "strikes-retaliation", "standfirst-day", "summit-week", "that-weekday", "round-arrivals", "group-return", "counted-series",
                "liveblog-day-headings", "weekday-sections", "weekday-bullets", "weekday-last-week", "list-lead-ins",
                "country-rosters", "summit-arrivals", "undated-weekdays", "ranges-and-years", "trigger-phrasings",
                "meeting-words", "group-guests", "guests-own-times",
                "ceremonies", "gulf-address");
    }

    /** Fixtures in other formats, read as Parley reads a dropped file; the anchor is their own publication date. */
    static Stream<String> pages() {
        return Stream.of("trilateral-ministers.html", "delegations-wire.txt", "state-visit-programme.md",
                "wrapped-bulletin.txt", "dateline-weekdays.txt");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void extractsWhatAnAnalystExpects(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }

    /** The people standing in a photo are not at the press conference the caption mentions. */
    @org.junit.jupiter.api.Test
    void aCaptionAddsNobodyToTheStorysEvents() throws IOException {
        String text = resource("captions-web-copy.txt");
        LocalDate anchor = LocalDate.of(2025, 11, 4);
        Extraction x = new RuleBasedExtractor().extract(new Article("c.txt", "txt", "", text, null, null, null, anchor),
                anchor);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).allSatisfy(e -> assertThat(e.participants())
                .noneMatch(p -> p.name().contains("Sikorski")));
        assertThat(x.events()).anySatisfy(e -> assertThat(e.mentions()).anyMatch(m -> m.text().contains("Sikorski")));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void readsAndExtractsPagesOfOtherStyles(String file) throws Exception {
        Article article = new FileArticleReader().read(path(file));
        JsonNode expected = JSON.readTree(resource(file.substring(0, file.lastIndexOf('.')) + ".json"));
        LocalDate anchor = expected.get("anchor").isNull() ? null : LocalDate.parse(expected.get("anchor").asText());
        assertThat(article.published()).as("publication date read from " + file).isEqualTo(anchor);
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        ExpectedEvents.check(article.text(), x, expected);
    }

    static Path path(String file) throws URISyntaxException {
        URL url = FixtureArticlesTest.class.getResource(DIR + file);
        assertThat(url).as("fixture " + file).isNotNull();
        return Path.of(url.toURI());
    }

    private static String resource(String file) throws IOException {
        return ExpectedEvents.fixture(file);
    }
}
