package parley.extract.text;

/**
 * Cheap word cues looked up before a pattern is tried: where the nearest of the words a pattern's matches must hold
 * stands, so the pattern runs there instead of at every position of a sentence.
 */
public final class WordCues {
    private WordCues() {
    }

    /** The index of the first occurrence at or after {@code from} of any of {@code words}, or -1. */
    public static int earliest(String s, int from, String[] words) {
        int next = -1;
        for (String w : words) {
            int k = s.indexOf(w, from);
            if (k >= 0 && (next < 0 || k < next)) {
                next = k;
            }
        }
        return next;
    }

    /**
     * The index of the first occurrence of any of {@code words} starting in {@code [from, to)}, or -1. Looks no further
     * than {@code to}: a sentence's cue searched in the whole article's text would otherwise read the rest of the
     * article for every sentence that lacks it.
     */
    public static int earliest(String s, int from, int to, String[] words) {
        int end = Math.min(to, s.length());
        for (int i = Math.max(0, from); i < end; i++) {
            char c = s.charAt(i);
            for (String w : words) {
                if (w.charAt(0) == c && s.startsWith(w, i)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
