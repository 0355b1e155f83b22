package parley.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.Tokens;

/**
 * Durative presence told with what fills it (session 14): "X has been in Arusha since Tuesday, shuttling between the
 * two camps", "the delegations have spent the day in Juba negotiating". The participle is the event (talks); the
 * presence says when: from the day after "since" to the article's day, or the article's day for "have spent the
 * day". "has been in office since" names no place, and a bare "negotiating" elsewhere ("the negotiating team") no
 * presence, so neither makes an event.
 */
final class Presence {
    private Presence() {
    }

    /** Participles (triggers.tsv) that are an event only after a presence. */
    static final Set<String> PARTICIPLES = Set.of("negotiating", "shuttling", "mediating");

    private static final String PLACE = "\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+)?";
    /**
     * "has been in Arusha since Tuesday,", "Since Tuesday X has been based in Doha,": a presence in a named place (not
     * "in office"), whose "since" the sentence must give ({@link #since}); "have been negotiating": the participle
     * itself goes on.
     */
    private static final Pattern BEEN = Pattern.compile("\\b(?:has|have|had)\\s+been\\s+(?:(?:(?:based|staying"
            + "|holed\\s+up)\\s+)?in\\s+" + PLACE + "(?:\\s+since\\s+[^,;.]{2,30}?)?,?\\s+)?$");
    /** "have spent the day in Juba", "spent Monday in Geneva": a stay with a span, the participle right after. */
    private static final Pattern SPENT = Pattern.compile("\\b(?:(?:has|have|had)\\s+)?spent\\s+(?:the\\s+)?"
            + "((?:whole\\s+|entire\\s+)?(?:day|morning|afternoon|evening)|\\p{Lu}\\p{L}+)\\s+in\\s+" + PLACE
            + ",?\\s+$");
    private static final Pattern PERFECT_SPENT_DAY = Pattern.compile("\\b(?:has|have)\\s+spent\\s+(?:the\\s+)?"
            + "(?:whole\\s+|entire\\s+)?(?:day|morning|afternoon|evening)\\b");

    /** The presence right before a trigger at {@code start} ([from, start) of its sentence), or null. */
    static Matcher before(String text, int from, int start) {
        int lo = Math.max(from, start - 90);
        Matcher m = BEEN.matcher(text).region(lo, start);
        int stop = text.indexOf('.', start); // "have been holding talks in Doha since Tuesday": "since" may follow
        if (m.find() && SINCE_WORD.matcher(text).region(from, stop < 0 ? text.length() : stop).find()) {
            return m;
        }
        m = SPENT.matcher(text).region(lo, start);
        return m.find() ? m : null;
    }

    private static final Pattern SINCE_WORD = Pattern.compile("\\b[Ss]ince\\s");

    /** Whether the participle trigger {@code m} follows a presence (else it is no event). */
    static boolean told(String text, int from, int start) {
        return before(text, from, start) != null;
    }

    /** Whether the trigger goes on from a day after "since" ("has been in X since Tuesday, shuttling"). */
    static boolean since(String text, int from, int start) {
        Matcher m = before(text, from, start);
        return m != null && m.pattern() == BEEN;
    }

    /** "have spent the day in Juba negotiating": the day is the article's. */
    static boolean spentToday(String text, int from, int start) {
        Matcher m = before(text, from, start);
        return m != null && m.pattern() == SPENT && PERFECT_SPENT_DAY.matcher(text).region(m.start(), m.end()).find();
    }

    /** "spent the day in Juba negotiating": the stay is the talks' setting, not a visit of its own. */
    static boolean stayFilled(String text, Tokens tokens, int spendEnd, int to) {
        Matcher m = FILLED.matcher(text).region(spendEnd, to);
        return m.lookingAt();
    }

    private static final Pattern FILLED = Pattern.compile("\\s+(?:the\\s+)?(?:(?:whole|entire)\\s+)?(?:day|morning"
            + "|afternoon|evening|\\p{Lu}\\p{L}+)\\s+in\\s+" + PLACE + ",?\\s+(?:negotiating|shuttling|mediating"
            + "|holding\\s+talks|in\\s+talks)\\b");
}
