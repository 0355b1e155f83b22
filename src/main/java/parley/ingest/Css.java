package parley.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once. jsoup parses a query string again at every {@code select}, {@code selectFirst} and
 * {@code closest} call, and a page asks the same few dozen queries (several per link or paragraph): parsing was a
 * sixth of reading an HTML page (issue 17's profile). A parsed query holds no state of a page, and is shared by the
 * import's reading threads as {@link Furniture}'s queries always were.
 */
final class Css {
    private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

    private Css() {
    }

    /** The query parsed, from the cache after its first use (the queries are constants of the code: few). */
    static Evaluator of(String query) {
        Evaluator e = PARSED.get(query);
        if (e == null) {
            e = QueryParser.parse(query);
            PARSED.putIfAbsent(query, e);
        }
        return e;
    }
}
