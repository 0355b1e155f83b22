package parley.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown emphasis around a name ("Deputy Minister **Lena Ortiz** met …", "**Ivo Sala**, the envoy, said …"): the
 * marks hide the name from the rules that find titled people and keep a sentence opening with them from being split
 * off, and a reader of the rendered page never sees them. A Markdown article is therefore kept without them, so
 * that every offset and every quoted sentence is the visible text. Only emphasis around a short run of capitalised
 * words goes: a bold lead-in ("**Vienna, 3 May.**", "**Monday**:", "**Lena Ortiz**: We …"), a bold line standing
 * alone (a heading) and emphasis of dates or whole phrases keep their marks for the rules that read them.
 */
final class NameEmphasis {
    /** "**x**", "__x__" or "*x*" on one line, the mark touching its words inside. */
    private static final Pattern MARKED = Pattern.compile("(?<![*_\\w])(\\*\\*|__|\\*)(?=[^\\s*_])([^*_\\n]{1,80}?)"
            + "(?<=[^\\s*_])\\1(?![*_\\w])");
    /** A name-like run: capitalised words, initials and particles ("Ana de la Cruz", "J. P. Okafor", "Al-Sabah"). */
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|(?:de|da|di"
            + "|del|della|dos|du|la|le|van|von|der|den|ter|bin|ibn|al|el|y)\\b))*");
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "today", "yesterday", "tomorrow");

    private NameEmphasis() {
    }

    /** The text without the marks of emphasis around names; the same text when it has none. */
    static String unmark(String text) {
        if (text.indexOf('*') < 0 && text.indexOf("__") < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        Matcher m = MARKED.matcher(text);
        while (m.find()) {
            String inner = m.group(2);
            if (!NAME.matcher(inner).matches() || inner.endsWith(".") || DATE_WORDS.contains(firstWord(inner))
                    || lead(text, m.start(), m.end())) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start()).append(inner);
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String firstWord(String inner) {
        int sp = inner.indexOf(' ');
        return (sp < 0 ? inner : inner.substring(0, sp)).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A lead-in or heading: the emphasis opens its line (after a bullet or number) and either fills it or is
     * followed by a colon, dash or full stop ("**Lena Ortiz**: We …", "**Geneva** — talks …").
     */
    private static boolean lead(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(ls, start);
        if (!before.isBlank() && !before.strip().matches("[-*•▪]|\\d{1,3}[.)]|#{1,6}")) {
            return false;
        }
        int j = end;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j++;
        }
        return j >= text.length() || ":.—–-|\n\r".indexOf(text.charAt(j)) >= 0;
    }
}
