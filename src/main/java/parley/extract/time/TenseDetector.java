package parley.extract.time;

import java.util.regex.Pattern;

/**
 * Tells past from future clauses by their verbs and markers: "will", "is set to", "is expected to", "ahead of",
 * "next" point forward; "said", "was", "met", "-ed" verbs point back. Future markers win because a future clause
 * usually also carries a past reporting verb ("said he will meet").
 */
public final class TenseDetector {
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|won[’']t|shall|'ll|’ll|going to|set to"
            + "|expected|due to|due in|plans? to|planned|planning|intends? to|scheduled|to be held|upcoming|forthcoming"
            + "|ahead of|next|(?:is|are) to (?:meet|hold|host|visit|travel|speak|attend)|would (?:meet|travel|visit|host)"
            + "|could (?:meet|hold|host)|may (?:meet|hold|host)|might (?:meet|hold|host))\\b");
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:said|says|was|were|had|did|met|spoke|held|told"
            + "|took|went|came|gave|made|sent|wrote|began|flew|ago|last|previous|earlier|yesterday|already"
            + "|has (?:been|had|met|held|spoken|said)|have (?:been|met|held|spoken)"
            + "|(?!united|indeed|proceed|succeed|exceed|embed)[a-z]{3,}ed)\\b");
    private static final Pattern PRESENT_PROGRESSIVE = Pattern.compile("(?i)\\b(?:is|are|am) [a-z]+ing\\b");

    private TenseDetector() {
    }

    public static Tense of(CharSequence clause) {
        if (FUTURE.matcher(clause).find()) {
            return Tense.FUTURE;
        }
        if (PAST.matcher(clause).find()) {
            return Tense.PAST;
        }
        if (PRESENT_PROGRESSIVE.matcher(clause).find()) {
            return Tense.PRESENT;
        }
        return Tense.PRESENT;
    }
}
