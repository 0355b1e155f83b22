package parley.extract.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A regular expression for "one of these phrases" written as a tree of shared beginnings ("minister|ministry|mission"
 * becomes "mi(?:nist(?:er|ry)|ssion)") instead of a flat list. java.util.regex tries a flat alternation's branches
 * one by one at every position it is asked about, so a list of sixty role words cost sixty comparisons where the tree
 * costs a handful; the set of strings matched, and which one is preferred, stay those of the flat list.
 *
 * <p>Why the preference is kept: the flat list is an ordered choice, and concatenation distributes over it
 * ("a(?:b|c)" tries "ab" then "ac"), so grouping the phrases that start with the same symbol under that symbol changes
 * nothing as long as the phrases keep their order inside a group. Groups starting with different symbols can never
 * match at the same place, so their order does not matter, except that a phrase ending where others go on must keep its
 * place among them: it becomes an empty branch placed by its rank in the list (the tree is split where needed).
 */
public final class Alternation {
    /** A space of a phrase matches one or more spaces or no-break spaces, as the flat lists wrote it. */
    private static final String SPACES = "[ \\u00a0]+";
    /** The key standing for {@link #SPACES} in the tree (no letter of a phrase is this character). */
    private static final char SPACE_KEY = '\u0000';

    private Alternation() {
    }

    /**
     * The phrases (tried in the order given) as one regular expression without an enclosing group: the caller wraps
     * it ("(?:" + ... + ")"). {@code ignoreCase}: the expression is used inside {@code (?i)}, which folds ASCII letters
     * only; phrases differing in ASCII case then start with the same symbol. A space in a phrase matches
     * {@code [ \u00a0]+}.
     */
    public static String of(List<String> phrases, boolean ignoreCase) {
        List<String> words = new ArrayList<>();
        for (String p : phrases) {
            if (p.indexOf(SPACE_KEY) >= 0 || p.indexOf('\u00a0') >= 0) {
                throw new IllegalArgumentException("phrase with a control or no-break space: " + p);
            }
            words.add(p);
        }
        StringBuilder b = new StringBuilder();
        branches(words, 0, ignoreCase, b);
        return b.toString();
    }

    /**
     * The branches for the phrases of {@code words} (all sharing their first {@code depth} characters), in order;
     * written as "x|y|z" without parentheses.
     */
    private static void branches(List<String> words, int depth, boolean ignoreCase, StringBuilder out) {
        List<Object> parts = new ArrayList<>(); // in order: String "" for a phrase ending here, or a List of phrases
        Map<Character, List<String>> open = new LinkedHashMap<>();
        for (String w : words) {
            if (w.length() == depth) {
                if (parts.contains("")) {
                    continue; // the same phrase twice: the second can only repeat what the first tried
                }
                parts.add("");
                open.clear(); // phrases after an ending one come after it, even if they share a symbol with earlier ones
                continue;
            }
            char k = key(w.charAt(depth), ignoreCase);
            List<String> group = open.get(k);
            if (group == null) {
                group = new ArrayList<>();
                open.put(k, group);
                parts.add(group);
            }
            group.add(w);
        }
        boolean first = true;
        for (Object part : parts) {
            if (!first) {
                out.append('|');
            }
            first = false;
            if (part instanceof String) {
                continue; // the empty branch
            }
            @SuppressWarnings("unchecked")
            List<String> group = (List<String>) part;
            // the symbols all phrases of the group share from depth on, then the branches where they part
            int common = depth;
            String head = group.get(0);
            while (common < head.length() && allShare(group, common, head.charAt(common), ignoreCase)) {
                common++;
            }
            for (int i = depth; i < common; i++) {
                char c = head.charAt(i);
                out.append(c == ' ' ? SPACES : Pattern.quote(String.valueOf(c)));
            }
            if (group.size() == 1 && common == head.length()) {
                continue;
            }
            out.append("(?:");
            branches(group, common, ignoreCase, out);
            out.append(')');
        }
    }

    private static boolean allShare(List<String> group, int at, char c, boolean ignoreCase) {
        char k = key(c, ignoreCase);
        for (String w : group) {
            if (at >= w.length() || key(w.charAt(at), ignoreCase) != k) {
                return false;
            }
        }
        return true;
    }

    private static char key(char c, boolean ignoreCase) {
        if (c == ' ') {
            return SPACE_KEY;
        }
        return ignoreCase && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
