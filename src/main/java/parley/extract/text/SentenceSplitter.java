package parley.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.Article;

/**
 * Splits text into sentence spans. A line break always ends a sentence (headlines, captions, list items and
 * bylines stand alone); inside a line, '.', '!' and '?' end one unless they close an abbreviation ("Mr.", "Gen.",
 * "U.S.", "Jan."), an initial ("John F. Kennedy") or a number, or the next word starts in lower case. A closing
 * quote or bracket after the stop stays with its sentence. "Read more:" links and a leading "date 2025-08-12"
 * stamp start sentences of their own so that they can be recognised as page furniture.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "mx", "dr", "sir", "st", "prof", "rev", "hon", "gen", "col", "lt", "maj", "capt", "cpt",
            "sgt", "cmdr", "adm", "gov", "sen", "rep", "pres", "amb", "jr", "sr", "inc", "ltd", "co", "corp", "no",
            "vs", "etc", "al", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
            "sun", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c");
    /** Starts that break a line into a new sentence even without a full stop before them. */
    private static final String[] FORCED_MARKERS = {"Read more:", "READ MORE:", "Related:"};
    private static final Pattern DATE_STAMP =
            Pattern.compile("(?im)^[ \\t]*(?:date|published|updated|posted)[:\\s]+\\d{4}-\\d{2}-\\d{2}(?:[T ][\\d:]+Z?)?");
    private static final String CLOSERS = "\"'”’)]»*_"; // a Markdown emphasis mark closes too
    private static final String OPENERS = "\"'“‘([«*_"; // and an emphasis mark opening the next sentence

    private SentenceSplitter() {
    }

    public static List<Article.Span> split(String text) {
        List<Article.Span> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        boolean[] forced = new boolean[text.length() + 1];
        for (String marker : FORCED_MARKERS) {
            // a marker after whitespace that follows a non-space starts a sentence (scanned by hand: the
            // equivalent look-behind pattern was tried at every offset of the text)
            for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
                int w = at;
                while (w > 0 && Character.isWhitespace(text.charAt(w - 1))) {
                    w--;
                }
                if (w < at && w > 0) {
                    forced[at] = true;
                }
            }
        }
        Matcher d = DATE_STAMP.matcher(text);
        while (d.find()) {
            forced[d.end()] = true;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, out);
                start = i + 1;
            } else if (forced[i]) {
                add(text, start, i, out);
                start = i;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int e = i + 1;
                while (e < n && (CLOSERS.indexOf(text.charAt(e)) >= 0 || text.charAt(e) == '.')) {
                    e++;
                }
                add(text, start, e, out);
                start = e;
                i = e - 1;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean endsSentence(String text, int i) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (CLOSERS.indexOf(text.charAt(j)) >= 0 || text.charAt(j) == '.')) {
            j++;
        }
        if (j >= n || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false; // "3.5", "U.S.-led", "example.com"
        }
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        char next = text.charAt(j);
        while (OPENERS.indexOf(next) >= 0 && j + 1 < n) {
            next = text.charAt(++j);
        }
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '\n' || next == '\r')) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        String word = wordBefore(text, i);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return !ABBREVIATIONS.contains(lower);
    }

    /** The word just before position i, including inner dots ("U.S" for "U.S."). */
    private static String wordBefore(String text, int i) {
        int s = i;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String w = text.substring(s, i);
        while (w.startsWith(".")) {
            w = w.substring(1);
        }
        return w;
    }

    private static void add(String text, int start, int end, List<Article.Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Article.Span(start, end));
        }
    }
}
