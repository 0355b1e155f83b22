package parley.extract.text;

/**
 * Line breaks that only wrap a paragraph: a PDF's text layer breaks every printed line, and plain-text mail and
 * wire copy are often wrapped near 72 or 80 characters. Read as sentence ends, they cut "met at Chequers on" from
 * "24 July". This finds them and reads them as spaces, in a copy of the same length, so every offset into the copy
 * is an offset into the text as saved.
 * <p>
 * A text counts as wrapped when a good share of its lines run close to one width of at most {@value #MAX_WIDTH}
 * characters and most of those end inside a sentence (texts with a paragraph per line have no such width, and short
 * paragraphs end with their full stop); then a break is soft when the line before it
 * was filled (at least {@value #FILLED} of that width) and the next line continues the paragraph: not blank, not a
 * list item, heading or quoted line, after a line that is no heading and does not end with a colon (a label over what
 * follows), and that is not a short line without end punctuation (a heading). A wrapped list item's continuation is
 * joined to it. Where a blank line follows nearly every printed line (as some PDF text layers give it), one blank
 * line between two lines is read the same way.
 */
public final class SoftBreaks {
    /** Wider lines than this are paragraphs on a line each, not wrapped text. */
    static final int MAX_WIDTH = 120;
    static final double FILLED = 0.6;
    /** Lines close to the width (within this share of it) that make a text wrapped. */
    private static final double NEAR_WIDTH = 0.8;
    private static final int MIN_NEAR_LINES = 4;

    private SoftBreaks() {
    }

    /** The text with its soft line breaks read as spaces; the same text when it has none. */
    public static String asSpaces(String text) {
        if (text.indexOf('\n') < 0) {
            return text;
        }
        TextLines cut = new TextLines(text);
        String[] lines = cut.lines;
        int width = wrapWidth(lines);
        if (width == 0) {
            return dangling(text, lines, cut.starts);
        }
        int[] starts = cut.starts;
        // A text layer that puts a blank line after nearly every printed line says nothing by its blank lines.
        int widestGap = doubleSpaced(lines) ? 1 : 0;
        char[] out = null;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.length && lines[j].isBlank()) {
                j++;
            }
            if (j < lines.length && j - i - 1 <= widestGap && soft(lines[i], lines[j], width)) {
                if (out == null) {
                    out = text.toCharArray();
                }
                for (int k = starts[i] + lines[i].length(); k < starts[j]; k++) {
                    if (out[k] == '\n') {
                        out[k] = ' ';
                    }
                }
            }
        }
        return out == null ? text : new String(out);
    }

    /** Words a sentence never ends on: a line that stops on one of them goes on in the next. */
    private static final java.util.Set<String> HANGING = java.util.Set.of("and", "or", "of", "with", "by", "the", "a",
            "an", "to", "for", "in", "at", "from", "as", "between");
    /** A line shorter than this may be a heading or a label, whatever it ends with. */
    private static final int DANGLING_MIN = 30;

    /**
     * A short mail too few of whose lines are wrapped for the text to count as wrapped still breaks some lines
     * mid-sentence: after a possessive ("Kenya's William Ruto, Malawi's" / "Lazarus Chakwera"), a comma, or a word no
     * sentence ends on ("with", "and"). Those breaks, before a line of the same paragraph, are read as spaces.
     */
    private static String dangling(String text, String[] lines, int[] starts) {
        char[] out = null;
        for (int i = 0; i + 1 < lines.length; i++) {
            String before = lines[i].stripTrailing();
            String after = lines[i + 1].strip();
            if (before.strip().length() < DANGLING_MIN || after.isEmpty() || !Character.isLetter(after.charAt(0))
                    || startsBlock(after) || before.strip().charAt(0) == '#' || before.strip().charAt(0) == '>'
                    || !hangs(before)) {
                continue;
            }
            if (out == null) {
                out = text.toCharArray();
            }
            for (int k = starts[i] + lines[i].length(); k < starts[i + 1]; k++) {
                if (out[k] == '\n' || out[k] == '\r') {
                    out[k] = ' ';
                }
            }
        }
        return out == null ? text : new String(out);
    }

    private static boolean hangs(String line) {
        if (line.endsWith(",") || line.endsWith("'s") || line.endsWith("’s")) {
            return true;
        }
        int space = line.lastIndexOf(' ');
        return space >= 0 && HANGING.contains(line.substring(space + 1));
    }

    /** Whether at least seven in ten neighbouring printed lines have one blank line between them. */
    static boolean doubleSpaced(String[] lines) {
        int pairs = 0;
        int oneBlank = 0;
        int last = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (last >= 0) {
                pairs++;
                if (i - last == 2) {
                    oneBlank++;
                }
            }
            last = i;
        }
        return pairs >= MIN_NEAR_LINES && oneBlank * 10 >= pairs * 7;
    }

    /**
     * The width the text is wrapped at: the length that nine lines in ten stay within, when enough lines come close
     * to it; 0 when the text is not wrapped.
     */
    static int wrapWidth(String[] lines) {
        int[] lengths = java.util.Arrays.stream(lines).map(String::strip).filter(l -> !l.isEmpty())
                .mapToInt(String::length).sorted().toArray();
        if (lengths.length < MIN_NEAR_LINES + 1) {
            return 0;
        }
        int width = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        if (width > MAX_WIDTH || width < 30) {
            return 0;
        }
        // Lines filled to the width end mid-sentence more often than not; a paragraph per line ends with its stop.
        int near = 0;
        int stopped = 0;
        for (String line : lines) {
            String l = line.strip();
            if (!l.isEmpty() && l.length() >= NEAR_WIDTH * width) {
                near++;
                if (".!?\"”".indexOf(l.charAt(l.length() - 1)) >= 0) {
                    stopped++;
                }
            }
        }
        return near >= MIN_NEAR_LINES && near * 4 >= lengths.length && stopped * 2 < near ? width : 0;
    }

    private static boolean soft(String line, String next, int width) {
        String before = line.stripTrailing();
        String after = next.strip();
        if (before.isEmpty() || after.isEmpty() || before.length() < FILLED * width || before.endsWith(":")) {
            return false;
        }
        // a short line that ends without punctuation is a heading or a label, not a paragraph's last line (unless
        // indented: the rest of a wrapped list item)
        if (!Character.isWhitespace(next.charAt(0)) && after.length() < FILLED * width && ".!?\"”’')]:;,".indexOf(after.charAt(after.length() - 1)) < 0) {
            return false;
        }
        return !startsBlock(after) && before.strip().charAt(0) != '#';
    }

    /** A list item, a heading or a quoted line: a line of its own, never the middle of a paragraph. */
    private static boolean startsBlock(String line) {
        char c = line.charAt(0);
        if (c == '#' || c == '>' || c == '|' || c == '•' || c == '·' || c == '–' || c == '—') {
            return true;
        }
        if ((c == '-' || c == '*' || c == '+') && line.length() > 1 && line.charAt(1) == ' ') {
            return true;
        }
        // "1. ", "2) ", "a) "
        int k = 0;
        while (k < line.length() && k < 3 && Character.isLetterOrDigit(line.charAt(k))) {
            k++;
        }
        return k > 0 && k + 1 < line.length() && (line.charAt(k) == '.' || line.charAt(k) == ')')
                && line.charAt(k + 1) == ' ' && (Character.isDigit(line.charAt(0)) || k == 1);
    }
}
