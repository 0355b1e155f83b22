package parley.extract;

import java.util.regex.Pattern;

/**
 * "The trip has been pushed back to 12 May", "the talks were moved to Thursday", "postponed the meeting until
 * Friday": an occasion told again with the day it now falls on. The new day replaces the old one and the occasion
 * lies ahead (session 15); a bare "was postponed" with no new day is left to the rules of cancellation.
 */
final class Rescheduling {
    /** The verbs of moving a date, with the particle some of them take ("pushed back", "brought forward"). */
    private static final String MOVED = "(?:postponed|rescheduled|moved|shifted|deferred|delayed"
            + "|pushed\\s+back|put\\s+back|put\\s+off|brought\\s+forward|pulled\\s+forward)";
    /** Right after the trigger: "(has been|was|…) pushed back to", "(is) moved until". */
    private static final Pattern AFTER = Pattern.compile("(?i)^(?:\\s+to\\s+[\\p{Lu}][\\p{L}-]*)?(?:,[^,]{1,40},)?"
            + "\\s+(?:(?:has|have|had)\\s+been|was|were|is|are|will\\s+be|is\\s+being|are\\s+being|has|have|had)\\s+"
            + "(?:(?:now|again|since|reportedly|officially)\\s+)?" + MOVED + "\\s+(?:to|until|till)\\b");
    /** Right before it: "postponed the trip", "pushed the meeting back": the active form, the new day after it. */
    private static final Pattern BEFORE = Pattern.compile("(?i)\\b(?:postponed|rescheduled|moved|shifted|deferred"
            + "|delayed|pushed|put|brought)\\s+(?:the|his|her|their|its|this|that)\\s+(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern BEFORE_TAIL = Pattern.compile("(?i)^(?:\\s+to\\s+[\\p{Lu}][\\p{L}-]*)?"
            + "\\s+(?:back\\s+|forward\\s+|off\\s+)?(?:to|until|till)\\b");

    private Rescheduling() {
    }

    /** True when the trigger at [start, end) names an occasion moved to a new day in its own words. */
    static boolean named(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 90));
        return AFTER.matcher(after).find() || byAgent(text, start, end);
    }

    /**
     * The active form, "Turkey postponed the talks until Friday": the subject moves the occasion and need not be
     * one of its parties.
     */
    static boolean byAgent(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 90));
        String before = text.substring(Math.max(0, start - 40), start);
        return BEFORE.matcher(before).find() && BEFORE_TAIL.matcher(after).find();
    }
}
