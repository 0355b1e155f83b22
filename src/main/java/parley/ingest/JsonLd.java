package parley.ingest;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Schema.org metadata from a page's {@code application/ld+json} blocks, also inside {@code @graph}: the article
 * object's (NewsArticle, Article, BlogPosting, ...) datePublished, headline, author and publisher, resolving
 * {@code {"@id": ...}} references. Broken JSON is ignored, never fatal.
 */
final class JsonLd {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_OBJECTS = 5000;

    private JsonLd() {
    }

    static Metadata of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select(Css.of("script[type~=(?i)application/ld\\+json]"))) {
            try {
                collect(MAPPER.readTree(script.data()), objects);
            } catch (Exception e) {
                // A page's broken JSON-LD says nothing; the other rules still apply.
            }
        }
        if (objects.isEmpty()) {
            return Metadata.NONE;
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode o : objects) {
            if (o.hasNonNull("@id") && o.size() > 1) {
                byId.putIfAbsent(o.get("@id").asText(), o);
            }
        }
        JsonNode article = objects.stream().filter(JsonLd::isArticle).findFirst()
                .orElseGet(() -> objects.stream().filter(o -> o.has("datePublished")).findFirst().orElse(null));
        if (article == null) {
            return Metadata.NONE;
        }
        LocalDate published = article.has("datePublished") ? DateText.first(text(article.get("datePublished"))) : null;
        String title = blankToNull(text(article.get("headline")));
        return new Metadata(title, name(article.get("publisher"), byId), names(article.get("author"), byId), DateSignals.Dating.of(published, null));
    }

    /** Objects of the JSON-LD tree (arrays, @graph, nested values), breadth first and without recursion. */
    private static void collect(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty() && out.size() < MAX_OBJECTS) {
            JsonNode n = todo.poll();
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                n.forEach(child -> {
                    if (child.isContainerNode()) {
                        todo.add(child);
                    }
                });
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        return types.stream().anyMatch(t -> t.endsWith("Article") || t.endsWith("Posting") || t.equals("Report"));
    }

    private static String name(JsonNode n, Map<String, JsonNode> byId) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0), byId);
        }
        if (n.isTextual()) {
            return blankToNull(n.asText());
        }
        JsonNode resolved = n.has("name") ? n : byId.get(n.path("@id").asText());
        return resolved == null ? null : blankToNull(text(resolved.get("name")));
    }

    /** One author's name, or several joined with " and ". */
    private static String names(JsonNode n, Map<String, JsonNode> byId) {
        if (n == null || !n.isArray()) {
            String one = name(n, byId);
            return one == null || one.startsWith("http") ? null : one;
        }
        List<String> all = new ArrayList<>();
        n.forEach(a -> {
            String one = name(a, byId);
            if (one != null && !one.startsWith("http") && !all.contains(one)) {
                all.add(one);
            }
        });
        return all.isEmpty() ? null : String.join(" and ", all);
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        return n.isValueNode() ? n.asText() : n.path("@value").asText(null);
    }

    static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }
}
