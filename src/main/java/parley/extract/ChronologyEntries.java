package parley.extract;

import java.time.LocalDate;

import parley.extract.time.DateResolver;
import parley.extract.time.Resolution;
import parley.extract.time.Timex;

/**
 * A day and month with no year that opens a line of a list ("- 4 February: Netanyahu meets Trump", "**7 April** –
 * talks resume") is an entry of a chronology: such lists look back and tell the past in the present tense, so the
 * day is in the article's own year when that day has come by the publication date — not the next February because
 * it lies a few weeks ahead. Days still to come in the year are left to the usual reading.
 */
final class ChronologyEntries {
    private static final String BULLETS = "-*•–—·▪#>_";
    private static final String AFTER_MARKS = ":–—-|";

    private ChronologyEntries() {
    }

    /** The resolution of a list entry's day, or null when {@code t} opens no list entry or its day is still to come. */
    static Resolution day(String text, Timex t, LocalDate anchor) {
        if (anchor == null || t.kind() != Timex.Kind.DAY_OF_MONTH || t.year() != 0 || !opensEntry(text, t)) {
            return null;
        }
        Resolution r = DateResolver.inYearOfArticle(t, anchor,
                "opening a list entry: a chronology looks back, year of the article");
        return r == null || r.date().start().isAfter(anchor) ? null : r;
    }

    /** Only bullets, emphasis and spaces before it on its line; a colon or dash after it (past any emphasis). */
    static boolean opensEntry(String text, Timex t) {
        for (int i = t.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && BULLETS.indexOf(c) < 0) {
                return false;
            }
        }
        int j = t.end();
        while (j < text.length() && (text.charAt(j) == '*' || text.charAt(j) == '_' || text.charAt(j) == ' ')) {
            j++;
        }
        return j < text.length() && AFTER_MARKS.indexOf(text.charAt(j)) >= 0;
    }
}
