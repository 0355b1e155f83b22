package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.domain.Article;
import parley.domain.Extraction;

/**
 * Dates from the narrative around a sentence, in articles of our own (see {@link ExpectedEvents}): a timeline with
 * dated paragraph leads in the historical present ("3 March – …", a weekday inside "11–13 March", a month-only
 * lead, "That evening", "Two days later" from the entry before, "his first visit since 2023" not dating the visit);
 * a briefing in Markdown sections ("## Monday 6 October", "## Tuesday: Berlin", bold leads "**Madrid,
 * Wednesday.**", "**Also Thursday:**", "as he did in 2019", "a two-day meeting starting Monday").
 */
class NarrativeDatesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"timeline-explainer", "section-diary"})
    void datesComeFromTheSectionAndTheEventBefore(String name) throws IOException {
        String text = resource(name + ".txt");
        JsonNode expected = JSON.readTree(resource(name + ".json"));
        LocalDate anchor = LocalDate.parse(expected.get("anchor").asText());
        Extraction x = new RuleBasedExtractor().extract(new Article(name + ".txt", "txt", "", text, null, null, null,
                anchor), anchor);
        ExpectedEvents.check(text, x, expected);
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = NarrativeDatesTest.class.getResourceAsStream("/parley/extract/fixtures/" + file)) {
            assertThat(in).as("fixture " + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
