package parley.extract.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where every {@link WordSet}'s words stand in one article's text, found in one pass for all the sets together (one
 * pass per way of matching: as written, on the lower-cased text, ignoring ASCII case), so that each rule's cue
 * question about a sentence becomes a look-up among the hits instead of a scan of the sentence per rule and per call
 * (run 30). Each answer is the one the {@link WordSet} method named beside it gives on the same text: the pass tests
 * every position with the same test.
 *
 * <p>A set joins the passes the first time it is asked through this class (a class loading late makes the next
 * article's pass, or this one's, run again with it). Not for sharing between threads: one per article.
 */
public final class WordHits {
    /** As written ({@code startsWith}), on the lower-cased text, and ASCII case ignored ({@code firstIgnoreCase}). */
    static final int EXACT = 0;
    static final int LOWER = 1;
    static final int IGNORE_CASE = 2;

    private final String text;
    /** text.toLowerCase(Locale.ROOT) when it lower-cases character for character (null before it is needed). */
    private String lower;
    private boolean lowerChecked;
    /** Per way of matching: the sets' hits, indexed by the set's id in that way (null until that pass ran). */
    private final Hits[][] hits = new Hits[3][];

    private WordHits(String text) {
        this.text = text;
    }

    public static WordHits of(String text) {
        return new WordHits(text);
    }

    public String text() {
        return text;
    }

    /** {@code set.anyIn(text, from, to)}: one of the words lies wholly in text[from, to). */
    public boolean anyIn(WordSet set, int from, int to) {
        return hits(set, EXACT).anyIn(set, from, Math.min(to, text.length()));
    }

    /** {@code set.first(text, from, to)}: where the first word starts in text[from, to) (it may run past to), or -1. */
    public int first(WordSet set, int from, int to) {
        return hits(set, EXACT).first(from, Math.min(to, text.length()));
    }

    /**
     * {@code set.first(text.substring(from, to), 0, to - from)}, as an offset into the text: the first word lying
     * wholly in text[from, to), or -1.
     */
    public int firstWithin(WordSet set, int from, int to) {
        return hits(set, EXACT).firstWithin(set, from, Math.min(to, text.length()));
    }

    /**
     * {@code set.firstIgnoreCase(text, from, to)}. The first set asked this way makes a pass of its own: worth it only
     * for sets asked of most sentences (run 30: the two such gates, asked of a few windows each, cost less alone).
     */
    public int firstIgnoreCase(WordSet set, int from, int to) {
        return hits(set, IGNORE_CASE).first(from, Math.min(to, text.length()));
    }

    /** {@code set.in(text.substring(from, to))}: bit i for each word lying wholly in text[from, to). */
    public long in(WordSet set, int from, int to) {
        return hits(set, EXACT).in(set, from, Math.min(to, text.length()));
    }

    /** {@code set.in(text.substring(from, to).toLowerCase(Locale.ROOT))}. */
    public long inLowerCase(WordSet set, int from, int to) {
        to = Math.min(to, text.length());
        if (!lowerCasesInPlace()) {
            return set.in(text.substring(from, to).toLowerCase(Locale.ROOT));
        }
        return hits(set, LOWER).in(set, from, to);
    }

    /** {@code set.anyIn(text.substring(from, to).toLowerCase(Locale.ROOT))}. */
    public boolean anyInLowerCase(WordSet set, int from, int to) {
        to = Math.min(to, text.length());
        if (!lowerCasesInPlace()) {
            return set.anyIn(text.substring(from, to).toLowerCase(Locale.ROOT));
        }
        return hits(set, LOWER).anyIn(set, from, to);
    }

    /**
     * {@code set.first(lower, 0, lower.length())} for lower = {@code text.substring(from, to).toLowerCase(Locale.ROOT)},
     * as an offset into the text; only when {@link #lowerCasesInPlace()}.
     */
    public int firstWithinLowerCase(WordSet set, int from, int to) {
        return hits(set, LOWER).firstWithin(set, from, Math.min(to, text.length()));
    }

    /**
     * Whether the lower-cased text has, at each offset, the lower-cased character of the text there, as a lower-cased
     * part of it would: one character each (no 'İ', which becomes two), no surrogates. Only the final sigma depends
     * on what follows, and it lower-cases to a Greek letter either way, which no set's ASCII word holds.
     */
    public boolean lowerCasesInPlace() {
        if (!lowerChecked) {
            lowerChecked = true;
            String l = text.toLowerCase(Locale.ROOT);
            boolean ok = l.length() == text.length();
            for (char c : ok ? text.toCharArray() : new char[0]) {
                if (Character.isSurrogate(c)) {
                    ok = false;
                    break;
                }
            }
            lower = ok ? l : null;
        }
        return lower != null;
    }

    private Hits hits(WordSet set, int way) {
        int id = set.id(way);
        Hits[] all = hits[way];
        if (all == null || id >= all.length) {
            all = Union.of(way).pass(way == LOWER ? lower() : text, way);
            hits[way] = all;
        }
        return all[id];
    }

    private String lower() {
        if (!lowerCasesInPlace()) {
            throw new IllegalStateException("the text does not lower-case in place");
        }
        return lower;
    }

    /** One set's hits in one text: start offsets in order, and the index of the word found at each. */
    static final class Hits {
        int[] at = new int[4];
        int[] word = new int[4];
        int n;

        void add(int pos, int w) {
            if (n == at.length) {
                at = Arrays.copyOf(at, n * 2);
                word = Arrays.copyOf(word, n * 2);
            }
            at[n] = pos;
            word[n] = w;
            n++;
        }

        /** The first hit starting at or after pos. */
        private int from(int pos) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (at[mid] < pos) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        int first(int from, int to) {
            int k = from(Math.max(0, from));
            return k < n && at[k] < to ? at[k] : -1;
        }

        int firstWithin(WordSet set, int from, int to) {
            for (int k = from(Math.max(0, from)); k < n && at[k] < to; k++) {
                if (at[k] + set.length(word[k]) <= to) {
                    return at[k];
                }
            }
            return -1;
        }

        boolean anyIn(WordSet set, int from, int to) {
            return firstWithin(set, from, to) >= 0;
        }

        long in(WordSet set, int from, int to) {
            set.requireBits();
            long found = 0;
            for (int k = from(Math.max(0, from)); k < n && at[k] < to; k++) {
                if (at[k] + set.length(word[k]) <= to) {
                    found |= 1L << word[k];
                }
            }
            return found;
        }
    }

    /**
     * Every word of the sets asked in one way, in a trie of ASCII characters: a pass walks it from each position of the
     * text (most walks end at the first or second character) and records each word reached for every set holding it.
     * Words with a character beyond ASCII, rare in cue lists, are tried by their first two characters instead.
     */
    static final class Union {
        private static final Union[] CURRENT = new Union[3];

        final WordSet[] sets;
        private final int way;
        /** Distinct words, and for each the sets (and the index in each set) that hold it. */
        private final String[] words;
        private final int[][] holders;
        /** The trie: node k's child by ASCII character c is {@code next[k << 7 | c]} (0: none; node 0 is the root). */
        private int[] next = new int[128 * 64];
        /** The words ending at each node. */
        private int[][] ending = new int[64][];
        private int nodes = 1;
        /** Words with a character beyond ASCII, by ASCII first and second character ({@code c << 7 | d}). */
        private final int[][] pairs = new int[1 << 14][];
        /** Such words of one character, or whose second character is not ASCII, by their ASCII first character. */
        private final int[][] singles = new int[128][];
        /** Words whose first character is not ASCII: tried at every non-ASCII position. */
        private final int[] others;
        private final boolean slow;

        private Union(WordSet[] sets, int way) {
            this.sets = sets;
            this.way = way;
            java.util.Map<String, java.util.List<int[]>> by = new java.util.LinkedHashMap<>();
            for (int s = 0; s < sets.length; s++) {
                String[] ws = sets[s].words();
                for (int w = 0; w < ws.length; w++) {
                    by.computeIfAbsent(ws[w], k -> new java.util.ArrayList<>()).add(new int[] {s, w});
                }
            }
            words = by.keySet().toArray(String[]::new);
            holders = new int[words.length][];
            int[] rest = new int[0];
            boolean anySlow = false;
            for (int i = 0; i < words.length; i++) {
                java.util.List<int[]> h = by.get(words[i]);
                holders[i] = new int[h.size() * 2];
                for (int k = 0; k < h.size(); k++) {
                    holders[i][2 * k] = h.get(k)[0];
                    holders[i][2 * k + 1] = h.get(k)[1];
                }
                if (words[i].chars().allMatch(c -> c < 128)) {
                    insert(i);
                    continue;
                }
                anySlow = true;
                char c = words[i].charAt(0);
                if (c >= 128) {
                    rest = append(rest, i);
                } else if (words[i].length() == 1 || words[i].charAt(1) >= 128) {
                    singles[c] = append(singles[c] == null ? new int[0] : singles[c], i);
                } else {
                    int p = c << 7 | words[i].charAt(1);
                    pairs[p] = append(pairs[p] == null ? new int[0] : pairs[p], i);
                }
            }
            others = rest;
            slow = anySlow;
        }

        /**
         * Adds an ASCII word to the trie. Ignoring case, its first two characters must equal the text's ASCII-lower-cased
         * ones ({@link WordSet#matchesIgnoringCase}), so they go in as written; the rest go in lower-cased, as the walk
         * folds the text's (each reached word is then tested as {@code firstIgnoreCase} tests it).
         */
        private void insert(int w) {
            String word = words[w];
            int node = 0;
            for (int k = 0; k < word.length(); k++) {
                int c = word.charAt(k);
                if (way == IGNORE_CASE && k >= 2) {
                    c = lower(c);
                }
                int at = node << 7 | c;
                if (next[at] == 0) {
                    if (nodes == ending.length) {
                        ending = Arrays.copyOf(ending, nodes * 2);
                        next = Arrays.copyOf(next, nodes * 2 * 128);
                    }
                    next[at] = nodes++;
                }
                node = next[at];
            }
            ending[node] = append(ending[node] == null ? new int[0] : ending[node], w);
        }

        private static int[] append(int[] a, int v) {
            int[] b = Arrays.copyOf(a, a.length + 1);
            b[a.length] = v;
            return b;
        }

        /** The union of the sets asked in this way so far. */
        static Union of(int way) {
            synchronized (CURRENT) {
                WordSet[] sets = WordSet.registered(way);
                Union u = CURRENT[way];
                if (u == null || u.sets.length != sets.length) {
                    u = new Union(sets, way);
                    CURRENT[way] = u;
                }
                return u;
            }
        }

        /** Every set's hits in s, in one pass. */
        Hits[] pass(String s, int way) {
            Hits[] out = new Hits[sets.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = new Hits();
            }
            boolean fold = way == IGNORE_CASE;
            char[] a = s.toCharArray(); // read once: String.charAt is a call per character under the client compiler
            int n = a.length;
            int[] nx = next; // in locals: the client compiler reads a field again at every use
            int[][] en = ending;
            for (int i = 0; i < n; i++) {
                int node = 0;
                if (!fold) {
                    // as written or lower-cased, the words the walk reaches stand at i
                    for (int j = i; j < n; j++) {
                        int c = a[j];
                        if (c >= 128 || (node = nx[node << 7 | c]) == 0) {
                            break;
                        }
                        if (en[node] != null) {
                            record(en[node], s, i, false, false, out);
                        }
                    }
                } else {
                    for (int j = i; j < n; j++) {
                        int c = a[j];
                        c = j - i < 2 ? (c < 128 ? lower(c) : 128) : folded(c);
                        if (c >= 128 || (node = nx[node << 7 | c]) == 0) {
                            break;
                        }
                        if (en[node] != null) {
                            record(en[node], s, i, true, true, out);
                        }
                    }
                }
                if (slow) {
                    char c = a[i];
                    if (c >= 128) {
                        if (others.length > 0) {
                            record(others, s, i, fold, true, out);
                        }
                        continue;
                    }
                    int cf = fold ? lower(c) : c;
                    if (singles[cf] != null) {
                        record(singles[cf], s, i, fold, true, out);
                    }
                    if (i + 1 < n && a[i + 1] < 128) {
                        int[] list = pairs[cf << 7 | (fold ? lower(a[i + 1]) : a[i + 1])];
                        if (list != null) {
                            record(list, s, i, fold, true, out);
                        }
                    }
                }
            }
            return out;
        }

        /**
         * The ASCII character a text character may stand for ignoring case, as {@code regionMatches} compares them
         * (itself, its lower or upper case: 'K' for the Kelvin sign, 's' for the long s), lower-cased; 128 when none.
         */
        private static int folded(int c) {
            if (c < 128) {
                return lower(c);
            }
            int l = Character.toLowerCase(c);
            if (l < 128) {
                return l;
            }
            int u = Character.toUpperCase(c);
            if (u < 128) {
                return lower(u);
            }
            int lu = Character.toLowerCase(u);
            return lu < 128 ? lu : 128;
        }

        /**
         * Records the words for every set holding them; with {@code test}, only those that stand at i as the set's own
         * scan tests them (ignoring case, and off the trie).
         */
        private void record(int[] list, String s, int i, boolean fold, boolean test, Hits[] out) {
            for (int w : list) {
                if (!test || (fold ? WordSet.matchesIgnoringCase(s, i, words[w]) : s.startsWith(words[w], i))) {
                    int[] h = holders[w];
                    for (int k = 0; k < h.length; k += 2) {
                        out[h[k]].add(i, h[k + 1]);
                    }
                }
            }
        }

        private static int lower(int c) {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
    }
}
