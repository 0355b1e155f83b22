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
    /** Trigger phrases that are forms of a verb ("met", "travels to"), as opposed to event nouns ("summit"). */
    private final java.util.Set<String> verbs = new java.util.HashSet<>();

    boolean isVerb(String phrase) {
        return verbs.contains(phrase.toLowerCase(java.util.Locale.ROOT));
    }

    static Lexicon load() {
        Lexicon l = new Lexicon();
        Gazetteer.read("triggers.tsv", line -> {
            String[] c = line.split("\t");
            EventType type = EventType.valueOf(c[1].strip());
            if (c.length > 2 && c[2].strip().equals("verb")) {
                for (String form : verbForms(c[0].strip(), c.length > 3 ? c[3].strip() : "")) {
                    l.triggers.add(form, type, false);
                    l.verbs.add(form.toLowerCase(java.util.Locale.ROOT));
                }
            } else {
                l.triggers.add(c[0].strip(), type, false);
            }
        });
        Gazetteer.read("roles.tsv", line -> {
            String[] c = line.split("\t");
            l.roles.add(c[0].strip(), new RolePhrase(Role.valueOf(c[1].strip()), c[2].strip().equals("before")), false);
        });
        return l;
    }

    /**
     * Every form of a verb phrase from its lemma, so that the data names the verb once ("speak to" gives "speaks to",
     * "speaking to" and, with the irregular forms "spoke,spoken", "spoke to" and "spoken to"): the first word is
     * inflected, the rest kept. Irregular forms, when given, replace the regular past in "-ed".
     */
    static java.util.List<String> verbForms(String phrase, String irregular) {
        int space = phrase.indexOf(' ');
        String verb = space < 0 ? phrase : phrase.substring(0, space);
        String rest = space < 0 ? "" : phrase.substring(space);
        java.util.List<String> words = new java.util.ArrayList<>();
        words.add(verb);
        words.add(third(verb));
        words.add(ing(verb));
        if (irregular.isEmpty()) {
            words.add(past(verb));
        } else {
            for (String f : irregular.split(",")) {
                words.add(f.strip());
            }
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String w : words) {
            if (!w.isEmpty() && !out.contains(w + rest)) {
                out.add(w + rest);
            }
        }
        return out;
    }

    private static boolean consonantY(String v) {
        return v.length() > 1 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0;
    }

    private static String third(String v) {
        if (consonantY(v)) {
            return v.substring(0, v.length() - 1) + "ies";
        }
        return v.matches(".*(?:s|sh|ch|x|z|o)") ? v + "es" : v + "s";
    }

    private static String ing(String v) {
        if (v.endsWith("ie")) {
            return v.substring(0, v.length() - 2) + "ying";
        }
        return v.endsWith("e") && !v.endsWith("ee") ? v.substring(0, v.length() - 1) + "ing" : v + "ing";
    }

    private static String past(String v) {
        if (consonantY(v)) {
            return v.substring(0, v.length() - 1) + "ied";
        }
        return v.endsWith("e") ? v + "d" : v + "ed";
    }

    PhraseMatcher<EventType> triggers() {
        return triggers;
    }

    PhraseMatcher<RolePhrase> roles() {
        return roles;
    }
}
