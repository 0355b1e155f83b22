package parley.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that a PDF's layout broke over two lines: "Compiled by the X library from official releases, 9 October" on
 * one line and "2024" alone on the next (PDFBox keeps the page's line breaks). The break becomes a space, so the line
 * reads as one full date again; the text keeps its length, so offsets into it stay true (session 17). Before, the
 * "compiled …" line gave no day and the file took its first dated line, a contents entry, as its issue date.
 */
final class DateWraps {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    /** The line break, maybe with one blank line (a PDF's line spacing may read as a paragraph's end). */
    private static final String BREAK = "[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*";
    /** A day and month ending a line, then a line that is only the year (or the month and year after a day). */
    private static final Pattern WRAP = Pattern.compile("(?m)(?:(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH + ",?"
            + "|\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?)(" + BREAK + ")(?:19|20)\\d{2}[ \\t.,]*$"
            + "|(?<![\\d.:/])\\d{1,2}(?:st|nd|rd|th)?(" + BREAK + ")" + MONTH + ",?\\s+(?:19|20)\\d{2}[ \\t.,]*$");

    private DateWraps() {
    }

    /** The text with each line break inside such a date turned into a space. */
    static String joined(String text) {
        Matcher m = WRAP.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        do {
            int g = m.start(1) >= 0 ? 1 : 2;
            for (int i = m.start(g); i < m.end(g); i++) {
                if (b.charAt(i) == '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        } while (m.find());
        return b.toString();
    }
}
