package parley.extract;

import parley.domain.EventType;
import parley.domain.Role;
import parley.extract.text.PhraseMatcher;

/** Event triggers (triggers.tsv) and role phrases (roles.tsv), compiled once. */
final class Lexicon {
    /** A role phrase: the role and whether it applies to names before or after it. */
    record RolePhrase(Role role, boolean before) {
    }

    private final PhraseMatcher<EventType> triggers = new PhraseMatcher<>();
    private final PhraseMatcher<RolePhrase> roles = new PhraseMatcher<>();

    static Lexicon load() {
        Lexicon l = new Lexicon();
        Gazetteer.read("triggers.tsv", line -> {
            String[] c = line.split("\t");
            l.triggers.add(c[0].strip(), EventType.valueOf(c[1].strip()), false);
        });
        Gazetteer.read("roles.tsv", line -> {
            String[] c = line.split("\t");
            l.roles.add(c[0].strip(), new RolePhrase(Role.valueOf(c[1].strip()), c[2].strip().equals("before")), false);
        });
        return l;
    }

    PhraseMatcher<EventType> triggers() {
        return triggers;
    }

    PhraseMatcher<RolePhrase> roles() {
        return roles;
    }
}
