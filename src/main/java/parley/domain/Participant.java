package parley.domain;

import java.util.Objects;

/**
 * Someone or something taking part in (or explicitly absent from) an event.
 *
 * @param name  canonical name ("Volodymyr Zelensky", "European Union")
 * @param kind  person, organisation or country
 * @param title office or title when known ("President of Ukraine"), or null
 * @param role  the part played
 */
public record Participant(String name, EntityKind kind, String title, Role role) {
    public Participant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
    }

    public Participant withRole(Role newRole) {
        return new Participant(name, kind, title, newRole);
    }
}
