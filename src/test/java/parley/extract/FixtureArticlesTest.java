package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * Articles of our own in different outlets' styles (wire with dateline, press release, live blog, long-form
 * feature, an undated report, and one with no diplomatic event), each with the events an analyst expects in a
 * JSON file beside it. The number of events must match exactly: extra events are as wrong as missing ones.
 */
class FixtureArticlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIR = "/parley/extract/fixtures/";

    static Stream<String> fixtures() {
        return Stream.of("wire-dateline", "press-release", "no-event", "liveblog", "feature-longform",
                "undated-report", "call-readout", "captions", "quotes-and-saids", "wire-unknown-people", "eu-statement", "proposal");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void extractsWhatAnAnalystExpects(String name) throws IOException {
        String text = resource(name + ".txt");
        JsonNode expected = JSON.readTree(resource(name + ".json"));
        LocalDate anchor = expected.get("anchor").isNull() ? null : LocalDate.parse(expected.get("anchor").asText());
        Extraction x = new RuleBasedExtractor().extract(new Article(name + ".txt", "txt", "", text, null, null, null,
                anchor), anchor);
        String got = SeedArticlesTest.dump(x.events());
        List<Event> left = new ArrayList<>(x.events());
        for (JsonNode e : expected.get("events")) {
            Event match = left.stream().filter(ev -> matches(e, ev)).findFirst().orElse(null);
            assertThat(match).as("expected " + e + " among:\n" + got).isNotNull();
            left.remove(match);
        }
        assertThat(x.events()).as("exactly the expected events:\n" + got).hasSize(expected.get("count").asInt());
        for (Event ev : x.events()) {
            for (Mention m : ev.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
    }

    private static boolean matches(JsonNode e, Event ev) {
        if (!ev.type().name().equals(e.get("type").asText())) {
            return false;
        }
        JsonNode date = e.get("date");
        if (date == null || date.isNull() ? ev.date().known() : !date.asText().equals(ev.date().iso())) {
            return false;
        }
        if (e.has("time") && !e.get("time").asText().equals(ev.date().isoTime())) {
            return false;
        }
        if (e.has("phrase") && (ev.derivation() == null || !e.get("phrase").asText().equals(ev.derivation().phrase()))) {
            return false;
        }
        List<String> present = ev.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
        for (JsonNode p : e.get("participants")) {
            if (!present.contains(p.asText())) {
                return false;
            }
        }
        if (e.has("roles")) {
            var it = e.get("roles").fields();
            while (it.hasNext()) {
                var r = it.next();
                if (SeedArticlesTest.role(ev, r.getKey()) != Role.valueOf(r.getValue().asText())) {
                    return false;
                }
            }
        }
        if (e.has("absent")) {
            for (JsonNode a : e.get("absent")) {
                if (SeedArticlesTest.role(ev, a.asText()) != Role.ABSENT) {
                    return false;
                }
            }
        }
        if (e.has("location") && !e.get("location").asText().equals(ev.location())) {
            return false;
        }
        return !e.has("status") || e.get("status").asText().equals(ev.status().name());
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = FixtureArticlesTest.class.getResourceAsStream(DIR + file)) {
            assertThat(in).as("fixture " + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
