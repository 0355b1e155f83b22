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

    /** Combining marks, compiled once (replaceAll compiled it for every non-ASCII token). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

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
        String n = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
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

    private WordHits hits;

    /** Where every cue list's words stand in the text, found in one pass when first asked ({@link WordHits}). */
    public WordHits hits() {
        if (hits == null) {
            hits = WordHits.of(text);
        }
        return hits;
    }

    /** The vocabulary {@link #cueBits} was read with; null before a cue was first asked. */
    private Cue.Vocabulary cues;
    /** For token i, the bits of the cues its folded word belongs to: {@code width} longs from {@code i * width}. */
    private long[] cueBits;
    private int cueWidth;

    /** Whether one of tokens [from, to) is one of the cue's words: false means the cue's patterns cannot match there. */
    public boolean has(Cue cue, int from, int to) {
        return next(cue, from, to) >= 0;
    }

    /** Whether token i is one of the cue's words. */
    public boolean is(Cue cue, int i) {
        return next(cue, i, i + 1) == i;
    }

    /** The first of tokens [from, to) that is one of the cue's words, or -1. */
    public int next(Cue cue, int from, int to) {
        Cue.Vocabulary v = Cue.vocabulary();
        if (v != cues) {
            readCues(v);
        }
        int word = cue.id >>> 6;
        long bit = 1L << cue.id;
        for (int i = Math.max(0, from), n = Math.min(to, starts.length); i < n; i++) {
            if ((cueBits[i * cueWidth + word] & bit) != 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the region text[fromOffset, toOffset) holds one of the cue's words as a pattern run on that region sees
     * words: the tokens starting in it, and the part of a word the region cuts at either end, which a pattern takes
     * for a word of its own ("condemned" at the end of "uncondemned" when the region starts inside it). The gate of a
     * pattern run on a region, such as a window of so many characters before a trigger.
     */
    public boolean hasAt(Cue cue, int fromOffset, int toOffset) {
        if (fromOffset >= toOffset) {
            return true; // (no words: the pattern answers for itself, as before the gate)
        }
        int from = indexAt(fromOffset);
        int to = indexAt(toOffset);
        if (from > 0 && ends[from - 1] > fromOffset
                && cue.holds(fold(text.substring(fromOffset, Math.min(ends[from - 1], toOffset))))) {
            return true;
        }
        if (to > from && ends[to - 1] > toOffset && cue.holds(fold(text.substring(starts[to - 1], toOffset)))) {
            return true;
        }
        return has(cue, from, to);
    }

    /** Each token's word looked up once for all the cues (again when a cue was made since, as classes load). */
    private void readCues(Cue.Vocabulary v) {
        int width = v.width();
        long[] bits = new long[Math.max(1, starts.length * width)];
        for (int i = 0; i < folded.length; i++) {
            long[] b = v.bits().get(folded[i]);
            if (b != null) {
                System.arraycopy(b, 0, bits, i * width, Math.min(width, b.length));
            }
        }
        cueBits = bits;
        cueWidth = width;
        cues = v;
    }
}
