package parley.extract.text;

import java.util.BitSet;

/**
 * Marks the characters that lie inside quotations, so that words quoted from someone ("a meeting would be
 * useless") neither trigger events nor name participants. Quotes open after a space, bracket, colon or a Markdown
 * emphasis mark (*"Last year in Kazan ..."*) and close
 * before a space or punctuation; a quote left open (the house style of multi-paragraph quotations) closes at the
 * end of its line. Single quotes are left alone: they double as apostrophes.
 */
public final class QuoteMask {
    private QuoteMask() {
    }

    public static BitSet of(String text) {
        BitSet inside = new BitSet(text.length());
        int open = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (open >= 0) {
                    inside.set(open, i);
                    open = -1;
                }
                continue;
            }
            if (c != '"' && c != '“' && c != '”' && c != '«' && c != '»') {
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 >= n ? ' ' : text.charAt(i + 1);
            boolean opens = c == '“' || c == '«'
                    || (c == '"' && (Character.isWhitespace(before) || "([:—–-*_".indexOf(before) >= 0)
                    && !Character.isWhitespace(after));
            if (opens) {
                if (open < 0) {
                    open = i;
                }
            } else if (open >= 0) {
                inside.set(open, i + 1);
                open = -1;
            }
        }
        if (open >= 0) {
            inside.set(open, n);
        }
        return inside;
    }
}
