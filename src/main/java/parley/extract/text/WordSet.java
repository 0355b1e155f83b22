package parley.extract.text;

import java.util.Arrays;

/**
 * Fixed strings found in one pass over a text: bit {@code i} of {@link #in} is set when {@code words[i]} occurs in it,
 * exactly as {@code text.contains(words[i])} would say (up to 64 words; {@link #first} and {@link #anyIn} take any
 * number). Cue checks ask dozens of such questions of every sentence; one pass with a table by first character
 * answers them all for the price of one.
 */
public final class WordSet {
    private final String[] words;
    /** For each ASCII character, the indices of the words that start with it (null when none). */
    private final int[][] byFirst = new int[128][];
    /** Indices of the words whose first character is not ASCII. */
    private final int[] others;
    /**
     * Each word's second character, -1 for a one-character word: compared before {@code startsWith}, it turns away
     * most candidates sharing a first letter ("today", "tonight", "the day" …) for the price of one {@code charAt}.
     */
    private final int[] second;
    /**
     * Bit {@code c << 7 | d} is set when a word starts with the ASCII characters c, d: most positions of a text start
     * no word's first two characters, and one bit test turns them away before any candidate is tried.
     */
    private final long[] pairs = new long[256];
    /** True for a first character some word starting with it has no ASCII second character for (the slow path). */
    private final boolean[] unpaired = new boolean[128];
    /** {@link #pairs} and {@link #unpaired} with ASCII letters lower-cased, for {@link #firstIgnoreCase}. */
    private final long[] foldedPairs = new long[256];
    private final boolean[] foldedUnpaired = new boolean[128];

    public WordSet(String... words) {
        this.words = words.clone();
        int[] rest = new int[0];
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                throw new IllegalArgumentException("an empty word is in every text");
            }
            char c = words[i].charAt(0);
            if (c < 128) {
                int[] list = byFirst[c] == null ? new int[0] : byFirst[c];
                list = Arrays.copyOf(list, list.length + 1);
                list[list.length - 1] = i;
                byFirst[c] = list;
            } else {
                rest = Arrays.copyOf(rest, rest.length + 1);
                rest[rest.length - 1] = i;
            }
        }
        this.others = rest;
        this.second = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            second[i] = words[i].length() > 1 ? words[i].charAt(1) : -1;
            char c = words[i].charAt(0);
            if (c >= 128) {
                continue;
            }
            if (second[i] < 0 || second[i] >= 128) {
                unpaired[c] = true;
                foldedUnpaired[lower(c)] = true;
            } else {
                set(pairs, c, second[i]);
                set(foldedPairs, lower(c), lower(second[i]));
            }
        }
    }

    private static int lower(int c) {
        return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static void set(long[] bits, int c, int d) {
        int p = c << 7 | d;
        bits[p >>> 6] |= 1L << p;
    }

    /** Whether no word can start at i by its first two characters, the case of ASCII letters ignored; c is lower-cased. */
    private boolean noFoldedPair(String s, int i, int c) {
        if (foldedUnpaired[c]) {
            return false;
        }
        if (i + 1 >= s.length()) {
            return true;
        }
        int d = s.charAt(i + 1);
        if (d >= 128) {
            return true;
        }
        int p = c << 7 | lower(d);
        return (foldedPairs[p >>> 6] & 1L << p) == 0;
    }

    /** The words that may start at i, whose character is c, or null when none can by the first two characters. */
    private int[] candidates(String s, int i, char c) {
        if (c >= 128) {
            return others.length == 0 ? null : others;
        }
        int[] list = byFirst[c];
        if (list == null || unpaired[c]) {
            return list;
        }
        if (i + 1 >= s.length()) {
            return null;
        }
        int d = s.charAt(i + 1);
        int p = c << 7 | d;
        return d >= 128 || (pairs[p >>> 6] & 1L << p) == 0 ? null : list;
    }

    /** Whether words[w] can start at i: its second character, if it has one, is the one after i. */
    private boolean secondFits(String s, int i, int w) {
        int c = second[w];
        return c < 0 || i + 1 < s.length() && s.charAt(i + 1) == c;
    }

    /** The bits of these words, for testing a mask from {@link #in}. */
    public long bits(String... ws) {
        requireBits();
        long mask = 0;
        for (String w : ws) {
            int i = Arrays.asList(words).indexOf(w);
            if (i < 0) {
                throw new IllegalArgumentException("not in the set: " + w);
            }
            mask |= 1L << i;
        }
        return mask;
    }

    /**
     * Where the first of the words starts in {@code s[from, to)} (a word may run past {@code to}), or -1: one pass
     * that stops at the first hit.
     */
    public int first(String s, int from, int to) {
        for (int i = Math.max(0, from), n = Math.min(to, s.length()); i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 && byFirst[c] == null) {
                continue; // most positions, turned away without a call
            }
            int[] candidates = candidates(s, i, c);
            if (candidates == null) {
                continue;
            }
            for (int w : candidates) {
                if (secondFits(s, i, w) && s.startsWith(words[w], i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * {@link #first} for lower-case words, ignoring the case of ASCII letters as a {@code (?i)} pattern does: the
     * cheap test before such a pattern, with no lower-cased copy of the text. (Where it answers -1, no ASCII
     * case-insensitive occurrence exists; it may answer a position a pattern would not take, which only costs the
     * pattern's run.)
     */
    public int firstIgnoreCase(String s, int from, int to) {
        for (int i = Math.max(0, from), n = Math.min(to, s.length()); i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 && noFoldedPair(s, i, lower(c))) {
                continue;
            }
            int[] candidates = c >= 128 ? others : byFirst[lower(c)];
            if (candidates == null) {
                continue;
            }
            for (int w : candidates) {
                int c2 = second[w];
                if (c2 >= 0) {
                    if (i + 1 >= s.length()) {
                        continue;
                    }
                    char d = s.charAt(i + 1);
                    if ((d >= 'A' && d <= 'Z' ? d + 32 : d) != c2) {
                        continue;
                    }
                }
                if (s.regionMatches(true, i, words[w], 0, words[w].length())) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether one of the words lies wholly in {@code s[from, to)}: what {@code s.substring(from, to).contains(w)}
     * for each word says, in one pass and without the copy.
     */
    public boolean anyIn(String s, int from, int to) {
        for (int i = Math.max(0, from), n = Math.min(to, s.length()); i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 && byFirst[c] == null) {
                continue; // most positions, turned away without a call
            }
            int[] candidates = candidates(s, i, c);
            if (candidates == null) {
                continue;
            }
            for (int w : candidates) {
                if (i + words[w].length() <= n && secondFits(s, i, w) && s.startsWith(words[w], i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@link #anyIn(String, int, int)} read from the article's {@link WordHits} when {@code s} is the text its tokens
     * were read from (one pass over the article for every set), by a scan of its own otherwise.
     */
    public boolean anyIn(String s, int from, int to, Tokens article) {
        return article.text() == s ? article.hits().anyIn(this, from, to) : anyIn(s, from, to);
    }

    /** {@link #first(String, int, int)}, from the article's hits as {@link #anyIn(String, int, int, Tokens)}. */
    public int first(String s, int from, int to, Tokens article) {
        return article.text() == s ? article.hits().first(this, from, to) : first(s, from, to);
    }

    /** Whether one of the words occurs in {@code s}. */
    public boolean anyIn(String s) {
        return anyIn(s, 0, s.length());
    }

    /** This set's index among the sets asked through {@link WordHits} in each way of matching, -1 before. */
    private final int[] ids = {-1, -1, -1};
    /** The sets asked through {@link WordHits}, per way of matching, in the order they were first asked. */
    private static final WordSet[][] REGISTERED = {new WordSet[0], new WordSet[0], new WordSet[0]};

    /** This set's index in the given way of {@link WordHits}, joining it on first use. */
    int id(int way) {
        int id = ids[way];
        if (id < 0) {
            synchronized (WordSet.class) {
                if (ids[way] < 0) {
                    WordSet[] r = Arrays.copyOf(REGISTERED[way], REGISTERED[way].length + 1);
                    r[r.length - 1] = this;
                    REGISTERED[way] = r;
                    ids[way] = r.length - 1;
                }
                id = ids[way];
            }
        }
        return id;
    }

    static WordSet[] registered(int way) {
        synchronized (WordSet.class) {
            return REGISTERED[way];
        }
    }

    String[] words() {
        return words;
    }

    int length(int w) {
        return words[w].length();
    }

    /**
     * Whether {@code w} stands at i as {@link #firstIgnoreCase} tests it: its first character the ASCII-lower-cased
     * one at i (or both not ASCII), its second the lower-cased next one, then {@code regionMatches} ignoring case.
     */
    static boolean matchesIgnoringCase(String s, int i, String w) {
        char c = s.charAt(i);
        char w0 = w.charAt(0);
        if (c < 128 ? w0 != lower(c) : w0 < 128) {
            return false;
        }
        if (w.length() > 1) {
            if (i + 1 >= s.length()) {
                return false;
            }
            char d = s.charAt(i + 1);
            if ((d >= 'A' && d <= 'Z' ? d + 32 : d) != w.charAt(1)) {
                return false;
            }
        }
        return s.regionMatches(true, i, w, 0, w.length());
    }

    void requireBits() {
        if (words.length > 64) {
            throw new IllegalStateException("bits for at most 64 words, the set has " + words.length);
        }
    }

    /** Which of the words occur in {@code s}: bit i for words[i]. */
    public long in(String s) {
        requireBits();
        long found = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 128 && byFirst[c] == null) {
                continue; // most positions, turned away without a call
            }
            int[] candidates = candidates(s, i, c);
            if (candidates == null) {
                continue;
            }
            for (int w : candidates) {
                if ((found & 1L << w) == 0 && secondFits(s, i, w) && s.startsWith(words[w], i)) {
                    found |= 1L << w;
                }
            }
        }
        return found;
    }
}
