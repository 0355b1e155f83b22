package parley.domain;

import java.util.List;

/**
 * A person, organisation or country known to the store.
 *
 * @param id      store id (0 before it is stored)
 * @param name    canonical name
 * @param kind    person, organisation or country
 * @param title   title or office, or null
 * @param aliases other names seen for it (spellings, short forms, metonyms)
 */
public record Entity(long id, String name, EntityKind kind, String title, List<String> aliases) {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
