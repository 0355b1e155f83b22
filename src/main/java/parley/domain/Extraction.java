package parley.domain;

import java.util.List;

/**
 * What extraction found in one article.
 *
 * @param events   events, each with mentions into the article's text (source id 0)
 * @param entities people, organisations and countries seen, with the aliases used in this article
 */
public record Extraction(List<Event> events, List<Entity> entities) {
    public Extraction {
        events = List.copyOf(events);
        entities = List.copyOf(entities);
    }
}
