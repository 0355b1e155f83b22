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
}
