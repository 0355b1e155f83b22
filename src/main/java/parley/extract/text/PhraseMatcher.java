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
        List<Entry<V>> list = byFirst.get(tokens.folded(i));
        if (list == null) {
            return null;
        }
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
