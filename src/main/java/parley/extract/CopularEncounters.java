package parley.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The meeting that mattered most was Holm's session with Serrat", "The talks that followed were Lind's talks with
 * Berzina", "The other meeting was between Holm and Serrat": a gathering noun as the subject of "was"/"were" whose
 * predicate names a pair's encounter. The predicate says which encounter the subject is, so the subject is no
 * back-reference to the event told before, and any occasion named in the subject ("the most awaited encounter of the
 * summit") is its setting (session 17).
 */
final class CopularEncounters {
    private CopularEncounters() {
    }

    /** Nouns for an encounter of two that a possessive owns: "X's session with Y", "X's sit-down with Y". */
    static final String NOUNS = "(?:session|sit-down|encounter|meeting|talks|conversation|audience|exchange|lunch"
            + "|dinner|breakfast|bilateral|one-on-one|tête-à-tête|tete-a-tete|call|chat)";

    private static final String NAME = "(?-i:\\p{Lu})[\\p{L}’'.-]*(?:\\s+(?-i:\\p{Lu})[\\p{L}’'.-]*){0,3}";

    /** "was Holm's session with", "were President Lind's talks with", "was between Holm and", "was the one between". */
    private static final Pattern PREDICATE = Pattern.compile("(?i)(?:^|[\\s,])(?:was|were)()\\s+(?:(?:then|really"
            + "|actually|arguably|however|though|plainly|clearly)\\s*,?\\s+)?(?:" + NAME + "['’]s\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?" + NOUNS + "\\s+with|(?:the\\s+(?:one|" + NOUNS + ")\\s+)?between\\s+"
            + NAME + "\\s+and)\\b");

    /** "Holm's session with": a person's possessive before an encounter noun and "with" (right after the name). */
    private static final Pattern OWNED = Pattern.compile("(?i)^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?" + NOUNS
            + "\\s+with\\b");

    /**
     * Where the predicate of such a sentence starts (right after "was"/"were"), or -1 when the stretch [{@code from},
     * {@code to}) after a subject's trigger ending at {@code from} is not one.
     */
    static int predicate(String text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        Matcher m = PREDICATE.matcher(text).region(from, to);
        if (!m.find() || text.substring(from, m.start()).matches("(?s).*[;:].*")) {
            return -1; // (the copula of the subject's own clause, not of a clause after a semicolon)
        }
        return m.end(1);
    }

    /**
     * Marks the slots of such a sentence: when the predicate has a trigger of its own ("were Lind's talks with
     * Berzina") the subject's triggers are its description and report nothing (background); when it has none ("was
     * Holm's session with Serrat") the subject's gathering is the pair's encounter, and no back-reference.
     */
    static void mark(String text, java.util.List<SentenceEvents.Slot> slots, int to) {
        for (SentenceEvents.Slot s : slots) {
            if (!SUBJECTS.contains(s.type())) {
                continue;
            }
            int p = predicate(text, s.trigger.end(), to);
            if (p < 0) {
                return;
            }
            boolean own = slots.stream().anyMatch(o -> o.trigger.start() >= p && SUBJECTS.contains(o.type()));
            boolean others = slots.stream().anyMatch(o -> o != s && o.trigger.start() < p);
            if (own) {
                slots.stream().filter(o -> o.trigger.start() < p).forEach(o -> o.background = true);
            } else if (!others) {
                s.namedPair = true;
            }
            return;
        }
    }

    private static final java.util.Set<parley.domain.EventType> SUBJECTS = java.util.Set.of(
            parley.domain.EventType.MEETING, parley.domain.EventType.TALKS, parley.domain.EventType.SUMMIT);

    /** True when the text right after a name ({@code end}) makes it the owner of an encounter: "Holm's session with". */
    static boolean owner(String text, int end) {
        return end < text.length() && OWNED.matcher(text).region(end, Math.min(text.length(), end + 60)).lookingAt();
    }
}
