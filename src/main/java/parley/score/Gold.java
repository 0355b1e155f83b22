package parley.score;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A labelled gold file: either the per-article form ({"articles": [{"file", "published", "publisher", "author",
 * "events": [...]}]}) or the seeds form ({"events": [...]} with each event's "sources").
 */
public record Gold(boolean perArticle, List<Article> articles, List<GoldEvent> events) {

    /** One labelled article: what an analyst reads off the file, and the events it reports. */
    public record Article(String file, String published, String publisher, String author) {
    }

    /** One labelled event, with the article files that report it. */
    public record GoldEvent(JsonNode node, List<String> sources) {
        public String type() {
            return node.path("type").asText("");
        }

        public boolean required() {
            return node.path("required").asBoolean(true);
        }
    }

    public static Gold read(Path file) throws IOException {
        return of(new ObjectMapper().readTree(file.toFile()));
    }

    public static Gold of(JsonNode root) {
        List<Article> articles = new ArrayList<>();
        List<GoldEvent> events = new ArrayList<>();
        if (root.has("articles")) {
            for (JsonNode a : root.get("articles")) {
                String file = a.path("file").asText();
                articles.add(new Article(file, text(a, "published"), text(a, "publisher"), text(a, "author")));
                for (JsonNode e : a.path("events")) {
                    events.add(new GoldEvent(e, e.has("sources") ? strings(e.get("sources")) : List.of(file)));
                }
            }
            return new Gold(true, articles, events);
        }
        for (JsonNode e : root.path("events")) {
            events.add(new GoldEvent(e, strings(e.path("sources"))));
        }
        return new Gold(false, articles, events);
    }

    /** Only the articles named (by file name); the seeds form has no articles and is kept whole. */
    public Gold only(Collection<String> files) {
        if (!perArticle) {
            return this;
        }
        return new Gold(true, articles.stream().filter(a -> files.contains(a.file())).toList(),
                events.stream().filter(e -> e.sources().stream().anyMatch(files::contains)).toList());
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }
}
