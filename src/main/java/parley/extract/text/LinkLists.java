package parley.extract.text;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * Lists of links to other stories that survive in plain text, Markdown and mail: a label line ("Related", "Further
 * reading", "Reading list", "You might also like", "More on this story") and the headlines under it. Each headline
 * names other people's events ("Macron and Merz meet in Toulon"), none of this article's, so the whole block is
 * furniture. The block is the headline-like lines right under the label — list items or short lines that end
 * without a full stop — and ends at the first line that reads as prose, a heading, or a second blank line.
 */
final class LinkLists {
    private static final Pattern LABEL = Pattern.compile("(?i)(?:related(?: stories| articles| content| coverage"
            + "| reading| links| news)?|further reading|reading list|read more|read also|also read|see also"
            + "|more on this(?: story| topic)?|more from [\\p{L} ]{2,30}|recommended(?: reading| for you| stories)?"
            + "|you (?:might|may) also (?:like|be interested in)|most read|most popular|earlier coverage"
            + "|previous coverage|what to read next|more stories|more in [\\p{L} ]{2,30}|explore more)");
    /**
     * A compilation's contents ("Contents", "In this issue:"): the lines under it repeat the headings of the items
     * below, so they report nothing of their own (session 17: "1. 6/10/2024 - PM meets X" made an event of its own).
     */
    private static final Pattern CONTENTS = Pattern.compile("(?i)(?:table of )?contents|in this (?:issue|edition"
            + "|compilation|bulletin|digest)|inside(?: this issue)?");
    private static final int MAX_HEADLINE = 160;

    private LinkLists() {
    }

    /** The offsets of the text that belong to link lists (labels and headlines). */
    static BitSet of(String text) {
        BitSet out = new BitSet();
        TextLines cut = new TextLines(text);
        String[] lines = cut.lines;
        int[] starts = cut.starts;
        for (int i = 0; i < lines.length; i++) {
            if (!isLabel(lines[i])) {
                continue;
            }
            out.set(starts[i], starts[i] + lines[i].length());
            // a contents list runs unbroken; the blank line after it opens the items it lists (session 17)
            boolean contents = CONTENTS.matcher(MARKS.matcher(lines[i].strip()).replaceAll("")).matches();
            int blanks = contents ? 1 : 0;
            for (int j = i + 1; j < lines.length; j++) {
                String l = lines[j].strip();
                if (l.isEmpty()) {
                    if (++blanks > 1) {
                        break;
                    }
                    continue;
                }
                if (l.startsWith("#") || isLabel(l) || !headline(l)) {
                    break;
                }
                blanks = contents ? 1 : 0;
                out.set(starts[j], starts[j] + lines[j].length());
                i = j;
            }
        }
        return out;
    }

    /** "## Further reading", "**Related:**", "Read more >": a label alone on its line. */
    static boolean isLabel(String line) {
        if (line.length() > 60 || line.isBlank()) {
            return false; // a label is a few words: most lines are ruled out before any pattern runs
        }
        String l = MARKS.matcher(line.strip()).replaceAll("");
        return l.length() <= 40 && (LABEL.matcher(l).matches() || CONTENTS.matcher(l).matches());
    }

    /** Heading marks and emphasis before a label, a colon or arrow after it. */
    private static final Pattern MARKS = Pattern.compile("^[#*_>\\s]+|[*_:»>›\\s]+$");

    /** A list item, or a short line that ends without a full stop, as headlines do. */
    private static boolean headline(String line) {
        boolean item = "-*•·▪–".indexOf(line.charAt(0)) >= 0;
        return item || line.length() <= MAX_HEADLINE && !line.endsWith(".");
    }
}
