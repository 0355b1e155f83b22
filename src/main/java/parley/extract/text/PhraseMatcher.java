package parley.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds many phrases in one left-to-right pass over tokens: phrases are indexed by their first folded token and
 * tried longest first, so a text of n tokens costs about n hash look-ups. Matches never overlap (leftmost-longest).
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseMatcher<V> {
    /** A found phrase: tokens [first, last], text offsets [start, end). */
    public record Match<V>(int first, int last, int start, int end, String phrase, V value) {
    }

    private record Entry<V>(String[] tokens, boolean[] upper, String phrase, V value, boolean caseSensitive) {
    }

    private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();
    /** {@link #byFirst}'s lists by their second token too: what {@link #longestAt} tries. */
    private final Map<String, Bucket<V>> index = new HashMap<>();
    /**
     * A bit for the hash of every key of {@link #index}: most tokens start no phrase, and this small table (it stays
     * in the processor's cache, the map and its keys do not) turns them away before the map is read.
     */
    private final long[] firstHashes = new long[1024];

    /**
     * The phrases of one first token, longest first: for each second token the one-word phrases and those whose
     * second token it is, in that order; and the one-word phrases alone. A common first word ("the", "prime") heads
     * hundreds of phrases, and a token is tried against the few that can match instead of all of them.
     */
    private record Bucket<V>(Map<String, List<Entry<V>>> bySecond, List<Entry<V>> singles) {
        static <V> Bucket<V> of(List<Entry<V>> longestFirst) {
            Map<String, List<Entry<V>>> bySecond = new HashMap<>();
            List<Entry<V>> singles = new ArrayList<>();
            for (Entry<V> e : longestFirst) {
                if (e.tokens.length == 1) {
                    singles.add(e);
                    for (List<Entry<V>> l : bySecond.values()) {
                        l.add(e);
                    }
                } else {
                    bySecond.computeIfAbsent(e.tokens[1], k -> new ArrayList<>(singles)).add(e);
                }
            }
            return new Bucket<>(bySecond, singles);
        }
    }

    /**
     * @param caseSensitive when true, each word must start with a capital exactly where the phrase has one
     *                      ("US" is not "us", "Kremlin" not "kremlin"), which keeps names from matching common words
     */
    public void add(String phrase, V value, boolean caseSensitive) {
        Tokens t = Tokens.of(phrase);
        if (t.size() == 0) {
            return;
        }
        String[] toks = new String[t.size()];
        boolean[] upper = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            toks[i] = t.folded(i);
            upper[i] = t.capitalised(i);
        }
        List<Entry<V>> list = byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>());
        for (Entry<V> e : list) {
            if (java.util.Arrays.equals(e.tokens, toks) && e.caseSensitive == caseSensitive) {
                return; // first definition wins: data files list the preferred reading first
            }
        }
        list.add(new Entry<>(toks, upper, phrase, value, caseSensitive));
        list.sort(Comparator.comparingInt((Entry<V> e) -> -e.tokens.length));
        index.put(toks[0], Bucket.of(list));
        int h = toks[0].hashCode() & 0xFFFF;
        firstHashes[h >>> 6] |= 1L << h;
    }

    public List<Match<V>> find(Tokens tokens) {
        return find(tokens, 0, tokens.size());
    }

    /** Matches inside tokens [from, to). */
    public List<Match<V>> find(Tokens tokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> m = longestAt(tokens, i, to);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.last() + 1;
            }
        }
        return out;
    }

    private Match<V> longestAt(Tokens tokens, int i, int to) {
        String first = tokens.folded(i);
        int h = first.hashCode() & 0xFFFF;
        if ((firstHashes[h >>> 6] & 1L << h) == 0) {
            return null;
        }
        Bucket<V> bucket = index.get(first);
        if (bucket == null) {
            return null;
        }
        // a phrase of two or more tokens whose second is not the next one cannot match: those are not tried
        List<Entry<V>> list = i + 1 < to ? bucket.bySecond.getOrDefault(tokens.folded(i + 1), bucket.singles)
                : bucket.singles;
        for (Entry<V> e : list) {
            int n = e.tokens.length;
            if (i + n > to) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = e.tokens[k].equals(tokens.folded(i + k))
                        && (!e.caseSensitive || !e.upper[k] || tokens.capitalised(i + k));
            }
            if (ok && e.caseSensitive && allCaps(e.phrase)) {
                ok = tokens.raw(i).equals(tokens.raw(i).toUpperCase(java.util.Locale.ROOT));
            }
            if (ok) {
                return new Match<>(i, i + n - 1, tokens.start(i), tokens.end(i + n - 1),
                        tokens.text().substring(tokens.start(i), tokens.end(i + n - 1)), e.value);
            }
        }
        return null;
    }

    private static boolean allCaps(String phrase) {
        boolean letters = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters && phrase.length() <= 5;
    }
}
