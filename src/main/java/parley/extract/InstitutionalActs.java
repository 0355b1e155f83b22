package parley.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.WordSet;

/**
 * Acts of institutions and states that are events of their own with no gathering word (session 14; the guidelines'
 * OTHER, as the dev gold types a truce taking effect or an ambassador recalled): a draft resolution that a council
 * adopts, vetoes or lets fail; states formally notifying a council (which starts a procedure); sanctions that take
 * effect or are re-imposed; prisoners exchanged between sides. Each is kept to the words of states and bodies: a
 * draft or resolution only beside a council, an assembly or the UN (not "the bill fails" at home), an exchange only of
 * prisoners or detainees (not a sports club's exchange). The span returned is the act's verb or noun, the trigger of
 * an OTHER event whose participants are the bodies and states of its clause.
 */
final class InstitutionalActs {
    private InstitutionalActs() {
    }

    private static final String OUTCOME = "(?:fails|failed|fail|falls|fell|is\\s+vetoed|was\\s+vetoed|were\\s+vetoed"
            + "|vetoed|is\\s+adopted|was\\s+adopted|were\\s+adopted|is\\s+rejected|was\\s+rejected|is\\s+blocked"
            + "|was\\s+blocked|passes|passed|is\\s+passed|was\\s+passed)";
    /** "A Council draft to renew the panel fails", "the resolution was adopted 13-0": the draft, then its fate. */
    private static final Pattern DRAFT_FATE = Pattern.compile("(?i)\\b(?:draft(?:\\s+resolution)?|resolution)\\b"
            + "[^.;:!?]{0,90}?\\b(" + OUTCOME + ")\\b");
    /** "Russia vetoed a draft to extend …", "the Council adopted a resolution": the fate, then the draft. */
    private static final Pattern FATE_DRAFT = Pattern.compile("(?i)\\b(vetoe[sd]|vetoing|veto|adopt(?:s|ed)"
            + "|reject(?:s|ed)|block(?:s|ed))\\s+(?:a|an|the|its|their)\\s+(?:[\\p{L}’'-]+\\s+){0,4}?"
            + "(?:draft|resolution)\\b");
    /** A draft or resolution is an international one only beside a council, an assembly or the UN. */
    private static final Pattern FORUM = Pattern.compile("\\b(?:Council|General Assembly|UN|U\\.N\\.|United Nations"
            + "|IAEA|Board of Governors)\\b");
    /** "France and Germany formally notified the Security Council": the start of a procedure there. */
    private static final Pattern NOTIFIED = Pattern.compile("(?i)\\b(notif(?:y|ies|ied|ying))\\s+(?:the\\s+)?"
            + "(?:(?:UN|U\\.N\\.|United Nations)\\s+)?(?-i:Security Council|Council|General Assembly|Secretary-General)\\b");
    /** "sanctions take effect", "UN sanctions on Iran were reimposed", "the measures snapped back". */
    private static final Pattern SANCTIONS_FATE = Pattern.compile("(?i)\\b(?:sanctions|embargo)\\b[^.;:!?]{0,60}?\\b("
            + "(?:take|takes|took|taking|came|come|comes|coming|went|go|goes|entered|enter|enters)\\s+(?:into\\s+)?"
            + "(?:effect|force)|(?:are|were|was|is|be|been)\\s+re-?imposed|re-?imposed|snap(?:s|ped)?\\s+back)\\b");
    /** "re-imposed sanctions on Iran", "reimposes the arms embargo". */
    private static final Pattern REIMPOSED = Pattern.compile("(?i)\\b(re-?impos(?:e|es|ed|ing))\\s+(?:[\\p{L}’'-]+\\s+){0,3}?"
            + "(?:sanctions|embargo)\\b");
    /** "a prisoner exchange", "swapped 40 detainees", "exchanged prisoners of war". */
    private static final Pattern PRISONERS = Pattern.compile("(?i)\\b(?:(?:prisoner|prisoners|detainee|detainees"
            + "|captive|captives|POW|POWs)\\s+(exchange|exchanges|swap|swaps)|(exchange[sd]?|swap(?:s|ped)?|exchanging"
            + "|swapping)\\s+(?:(?:some|more\\s+than|about|nearly|almost|over|\\d[\\d,]*|[\\p{L}-]+ty(?:-[\\p{L}]+)?"
            + "|hundreds\\s+of|dozens\\s+of|their|the)\\s+){0,3}(?:prisoners|detainees|captives|POWs|prisoners\\s+of\\s+war))\\b");
    /** Words without which FORUM, and PRISONERS (case ignored), cannot match: most sentences skip the patterns. */
    private static final WordSet FORUM_WORDS = new WordSet("Council", "General Assembly", "UN", "U.N.",
            "United Nations", "IAEA", "Board of Governors");
    private static final WordSet PRISONER_WORDS = new WordSet("exchang", "swap");
    /** "if the draft fails", "could be vetoed": a condition or a prospect, no act. */
    private static final Pattern UNREAL = Pattern.compile("(?i)\\b(?:if|unless|whether|would|could|might|(?-i:may)"
            + "|threaten(?:s|ed)?\\s+to|risk)\\b[^.;:]*$");

    /** The span [start, end] of the act's trigger in text[from, to), or null when the sentence tells no such act. */
    static int[] find(String text, int from, int to, parley.extract.text.Tokens tokens) {
        String span = text.substring(from, to);
        int[] at = null;
        if (FORUM_WORDS.anyIn(text, from, to, tokens) && FORUM.matcher(span).find()) {
            at = group(DRAFT_FATE.matcher(text).region(from, to));
            if (at == null) {
                at = group(FATE_DRAFT.matcher(text).region(from, to));
            }
            if (at == null) {
                at = group(NOTIFIED.matcher(text).region(from, to));
            }
        }
        if (at == null && (span.contains("sanction") || span.contains("embargo"))) {
            at = group(SANCTIONS_FATE.matcher(text).region(from, to));
            if (at == null) {
                at = group(REIMPOSED.matcher(text).region(from, to));
            }
        }
        if (at == null && PRISONER_WORDS.firstIgnoreCase(text, from, to) >= 0) {
            at = group(PRISONERS.matcher(text).region(from, to));
        }
        if (at == null || UNREAL.matcher(text).region(Math.max(from, at[0] - 60), at[0]).find()) {
            return null;
        }
        return at;
    }

    private static int[] group(Matcher m) {
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.start(g) >= 0) {
                return new int[] {m.start(g), m.end(g)};
            }
        }
        return new int[] {m.start(), m.end()};
    }
}
