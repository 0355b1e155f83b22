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
     * Whether text[from, to) may end in one of {@code words} (lower-case, ASCII case ignored) and then one or more
     * whitespace characters of a pattern's {@code \s}: what a pattern ending in "(?:word|...)\s+$" needs, tested
     * before it is tried at every position of the span. {@code $} may also stand before a final line terminator.
     */
    public static boolean endsWithBeforeSpaces(String text, int from, int to, String... words) {
        int j = to;
        if (j > from && "\u0085\u2028\u2029".indexOf(text.charAt(j - 1)) >= 0) {
            j--; // "$" matches before a final line terminator that "\s" does not take
        }
        int spaces = j;
        while (j > from && " \t\n\u000B\f\r".indexOf(text.charAt(j - 1)) >= 0) {
            j--;
        }
        if (j == spaces) {
            return false;
        }
        for (String w : words) {
            if (j - w.length() >= from && text.regionMatches(true, j - w.length(), w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where {@code word} first starts in {@code s[from, to)} (it may run past {@code to}), or -1: what
     * {@code s.indexOf(word, from)} tested against {@code to} says, without reading the rest of the article after a
     * sentence that holds no such word.
     */
    public static int startIn(String s, String word, int from, int to) {
        char c = word.charAt(0);
        for (int i = Math.max(0, from), n = Math.min(to, s.length() - word.length() + 1); i < n; i++) {
            if (s.charAt(i) == c && s.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the last {@code runs} runs of non-whitespace (a pattern's {@code \S}, parted by its {@code \s}) of
     * text[from, to) start, or {@code from} when it has fewer. A pattern anchored at the end ("…\s*$") whose matches
     * span at most that many runs cannot start before it; searched from there, find() says the same as from
     * {@code from} (the character before such a start is a space, as '\b' sees the start of a region), for a
     * fraction of the positions tried. Count one run more than the pattern holds: '$' may also stand before a final
     * line terminator set off by spaces.
     */
    public static int startOfLastRuns(String text, int from, int to, int runs) {
        int j = to;
        for (int r = 0; r < runs && j > from; r++) {
            while (j > from && isSpace(text.charAt(j - 1))) {
                j--;
            }
            while (j > from && !isSpace(text.charAt(j - 1))) {
                j--;
            }
        }
        return j;
    }

    /** The whitespace of a pattern's {@code \s} (without UNICODE_CHARACTER_CLASS). */
    private static boolean isSpace(char c) {
        return " \t\n\u000B\f\r".indexOf(c) >= 0;
    }
}
