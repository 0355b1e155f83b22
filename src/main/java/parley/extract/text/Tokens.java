package parley.extract.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Word and punctuation tokens of a text with their offsets. Words are runs of letters and digits; every other
 * visible character is a token of its own, so that phrases never match across commas or quotes.
 */
public final class Tokens {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final String[] folded;

    private Tokens(String text, int[] starts, int[] ends, String[] folded) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.folded = folded;
    }

    public static Tokens of(String text) {
        return of(text, 0, text.length());
    }

    /** Tokens of text[from, to), with offsets into the whole text. */
    public static Tokens of(String text, int from, int to) {
        // one pass into arrays grown as needed (an article has about a thousand tokens: no object per token)
        int n = 0;
        int[] s = new int[Math.max(8, (to - from) / 4)];
        int[] e = new int[s.length];
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            int j;
            if (Character.isLetterOrDigit(c)) {
                j = i + 1;
                while (j < to && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
            } else if (!Character.isWhitespace(c)) {
                j = i + 1;
            } else {
                i++;
                continue;
            }
            if (n == s.length) {
                s = java.util.Arrays.copyOf(s, n * 2);
                e = java.util.Arrays.copyOf(e, n * 2);
            }
            s[n] = i;
            e[n] = j;
            n++;
            i = j;
        }
        s = java.util.Arrays.copyOf(s, n);
        e = java.util.Arrays.copyOf(e, n);
        String[] f = new String[n];
        for (int k = 0; k < n; k++) {
            f[k] = fold(text.substring(s[k], e[k]));
        }
        return new Tokens(text, s, e, f);
    }

    /** Lower case without diacritics; curly apostrophes and dashes become their plain forms. */
    public static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String n = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('’', '\'').replace('‘', '\'').replace('–', '-').replace('—', '-');
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public String folded(int i) {
        return folded[i];
    }

    public String raw(int i) {
        return text.substring(starts[i], ends[i]);
    }

    public boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Index of the first token starting at or after offset (size() when none). */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public String text() {
        return text;
    }
}
