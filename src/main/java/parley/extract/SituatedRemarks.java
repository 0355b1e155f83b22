package parley.extract;

import java.util.regex.Pattern;

/**
 * A remark the text puts on an occasion of its own, as against a quote. "X told reporters that he welcomed the plan"
 * only quotes X (the guidelines: statements quoted inside another event's coverage are optional); "Hours before the
 * guest landed, X posted …", "After the talks, X told reporters …", "X told reporters outside the building …" tell
 * when or where X spoke: the post or the words to reporters are an event of the news, on the story's day.
 */
final class SituatedRemarks {
    /** Before the trigger: "Shortly before the announcement,", "Hours after the vote", "minutes before he left". */
    private static final Pattern TIME_RELATION = Pattern.compile("(?i)\\b(?:shortly|hours|minutes|moments|just|soon"
            + "|immediately|right|a day|days|an hour)\\s+(?:before|after)\\b");
    /** A sentence that opens on the occasion: "After the talks, …", "Before leaving, …", "Speaking at …". */
    private static final Pattern OPENS_ON = Pattern.compile("^(?:[-•*]\\s*)?(?:Before|After|During|Leaving|Arriving"
            + "|Returning|Emerging|Speaking|Standing|On (?:his|her|their|the) (?:arrival|return|way))\\b");
    /** Just after the trigger: where the words were said ("told reporters outside the building", "at the airport"). */
    private static final Pattern PLACE_AFTER = Pattern.compile("^[,]?\\s*(?:(?:outside|inside|at|on the steps of"
            + "|on the sidelines of|on arrival|on arriving|as (?:he|she|they) (?:left|arrived))\\b|in \\p{Lu})");

    private SituatedRemarks() {
    }

    /** True when the sentence text[sentenceStart, …) says when or where the remark at [triggerStart, triggerEnd) was made. */
    static boolean situated(String text, int sentenceStart, int triggerStart, int triggerEnd) {
        if (triggerStart < sentenceStart || triggerEnd > text.length()) {
            return false;
        }
        String before = text.substring(sentenceStart, triggerStart);
        if (before.indexOf(" before") >= 0 || before.indexOf(" after") >= 0) {
            if (TIME_RELATION.matcher(before).find()) {
                return true;
            }
        }
        if (OPENS_ON.matcher(before).lookingAt()) {
            return true;
        }
        String after = text.substring(triggerEnd, Math.min(text.length(), triggerEnd + 40));
        return PLACE_AFTER.matcher(after).lookingAt();
    }

    /** The same test on a reported event's sentence, its trigger found by the phrase its contribution names. */
    static boolean situated(String sentence, String triggerPhrase) {
        if (sentence == null || triggerPhrase == null) {
            return false;
        }
        int at = sentence.toLowerCase(java.util.Locale.ROOT).indexOf(triggerPhrase.toLowerCase(java.util.Locale.ROOT));
        return at >= 0 && situated(sentence, 0, at, at + triggerPhrase.length());
    }
}
