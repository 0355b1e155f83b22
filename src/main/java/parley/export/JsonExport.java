package parley.export;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import parley.domain.Event;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Source;

/** The stable JSON contract of {@code events --json}: {"sources": [...], "events": [...]}. */
public final class JsonExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonExport() {
    }

    public static String write(List<Source> sources, List<Event> events) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode src = root.putArray("sources");
        sources.forEach(s -> source(src.addObject(), s));
        ArrayNode evs = root.putArray("events");
        events.forEach(e -> event(evs.addObject(), e));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void source(ObjectNode n, Source s) {
        n.put("id", s.id());
        n.put("file", s.file());
        n.put("format", s.format());
        n.put("title", s.title());
        n.put("publisher", s.publisher());
        n.put("author", s.author());
        n.put("published", s.published() == null ? null : s.published().toString());
        n.put("publishedBasis", s.publishedBasis().name());
        if (s.inferredFrom() == null) {
            n.putNull("inferredFrom");
        } else {
            n.put("inferredFrom", s.inferredFrom());
        }
        n.put("publishedSignal", s.publishedSignal());
        ArrayNode notes = n.putArray("readingNotes");
        s.readingNotes().forEach(notes::add);
        n.put("sha256", s.sha256());
    }

    private static void event(ObjectNode n, Event e) {
        n.put("id", e.id());
        n.put("type", e.type().name());
        n.put("title", e.title());
        n.put("date", e.date().iso());
        n.put("time", e.date().isoTime());
        n.put("end", e.date().isoEnd());
        n.put("precision", e.date().precision().name());
        n.put("status", e.status().name());
        n.put("location", e.location());
        ArrayNode parts = n.putArray("participants");
        for (Participant p : e.participants()) {
            ObjectNode pn = parts.addObject();
            pn.put("name", p.name());
            pn.put("role", p.role().name());
            pn.put("kind", p.kind().name());
            pn.put("title", p.title());
        }
        ArrayNode ms = n.putArray("mentions");
        for (Mention m : e.mentions()) {
            ObjectNode mn = ms.addObject();
            mn.put("source", m.sourceId());
            mn.put("start", m.start());
            mn.put("end", m.end());
            mn.put("text", m.text());
            mn.put("contribution", m.contribution());
        }
        n.put("derivation", e.derivation() == null ? null : e.derivation().explain());
        ArrayNode dis = n.putArray("disagreements");
        e.disagreements().forEach(dis::add);
        n.put("confirmed", e.confirmed());
        n.put("edited", e.edited());
        n.put("version", e.version());
    }
}
