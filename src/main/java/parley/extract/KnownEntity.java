package parley.extract;

import java.util.Set;

import parley.domain.EntityKind;

/**
 * A person or organisation Parley knows by name: from the gazetteer, or found in an article through a title
 * ("Kremlin aide Yuri Ushakov").
 *
 * @param name    canonical name
 * @param kind    person or organisation
 * @param title   office or description, or null
 * @param country country key (as in nationalities.tsv), or null
 * @param offices office keys for title-only references ("prime minister", "leader")
 */
record KnownEntity(String name, EntityKind kind, String title, String country, Set<String> offices) {
    boolean leader() {
        return offices.contains("leader");
    }
}
