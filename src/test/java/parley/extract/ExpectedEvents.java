package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.domain.Article;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * Checks an extraction against the events an analyst expects, written as JSON: {"count": n, "events": [{"type",
 * "date" (ISO at the event's precision, null for undated), optional "end", "time", "phrase", "participants" (present
 * names), "countries" (present and of kind COUNTRY), "roles" {name: role}, "absent" [names], "location",
 * "status", "only" (true: no one else present)}]}. Every expected event must match a distinct extracted one, and the counts must be equal: extra events
 * are as wrong as missing ones.
 */
final class ExpectedEvents {
    private ExpectedEvents() {
    }

    private static final String FIXTURES = "/parley/extract/fixtures/";

    /** A fixture article NAME.txt, extracted against the anchor NAME.json names, and checked against that JSON. */
    static void checkFixture(String name) throws IOException {
        String text = fixture(name + ".txt");
        JsonNode expected = new ObjectMapper().readTree(fixture(name + ".json"));
        LocalDate anchor = expected.get("anchor").isNull() ? null : LocalDate.parse(expected.get("anchor").asText());
        Extraction x = new RuleBasedExtractor().extract(new Article(name + ".txt", "txt", "", text, null, null, null,
                anchor), anchor);
        check(text, x, expected);
    }

    /** The text of a file under src/test/resources/parley/extract/fixtures. */
    static String fixture(String file) throws IOException {
        try (InputStream in = ExpectedEvents.class.getResourceAsStream(FIXTURES + file)) {
            assertThat(in).as("fixture " + file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void check(String text, Extraction x, JsonNode expected) {
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

    static boolean matches(JsonNode e, Event ev) {
        if (!ev.type().name().equals(e.get("type").asText())) {
            return false;
        }
        JsonNode date = e.get("date");
        if (date == null || date.isNull() ? ev.date().known() : !date.asText().equals(ev.date().iso())) {
            return false;
        }
        if (e.has("end") && (ev.date().end() == null || !e.get("end").asText().equals(ev.date().end().toString()))) {
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
        if (e.path("only").asBoolean(false) && present.size() != e.get("participants").size()) {
            return false; // "only": true — nobody present beyond the names listed
        }
        if (e.has("countries")) {
            List<String> countries = ev.participants().stream()
                    .filter(p -> p.role().present() && p.kind() == EntityKind.COUNTRY).map(Participant::name).toList();
            for (JsonNode c : e.get("countries")) {
                if (!countries.contains(c.asText())) {
                    return false;
                }
            }
        }
        if (e.has("roles")) {
            for (var r : e.get("roles").properties()) {
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
        if (e.has("location") && (e.get("location").isNull() ? ev.location() != null
                : !e.get("location").asText().equals(ev.location()))) {
            return false; // "location": null — the event has no place (a call)
        }
        return !e.has("status") || e.get("status").asText().equals(ev.status().name());
    }
}
