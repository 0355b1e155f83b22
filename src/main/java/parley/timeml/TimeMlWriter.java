package parley.timeml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a document back with TIMEX3 tags inserted into its raw TEXT; everything else, entities and whitespace
 * included, stays as it was, because the TempEval-3 scorer compares TEXTs character for character. Tags are never
 * nested or empty (the scorer would lose them); a TIMEX3 overlapping an earlier one is dropped.
 */
public final class TimeMlWriter {
    private TimeMlWriter() {
    }

    public static String write(TimeMlDocument doc, List<Timex3> timexes) {
        int[] raw = rawOffsets(doc);
        List<Timex3> sorted = new ArrayList<>(timexes);
        sorted.sort(Comparator.comparingInt(Timex3::start).thenComparingInt(Timex3::end));
        StringBuilder out = new StringBuilder(doc.before());
        String rawText = doc.rawText();
        int copied = 0;
        int lastEnd = 0;
        int tid = 1;
        for (Timex3 t : sorted) {
            if (t.start() < lastEnd || t.end() <= t.start() || t.end() > doc.text().length()) {
                continue;
            }
            int s = raw[t.start()];
            int e = raw[t.end()];
            out.append(rawText, copied, s)
                    .append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(attr(t.type()))
                    .append("\" value=\"").append(attr(t.value())).append("\">")
                    .append(rawText, s, e).append("</TIMEX3>");
            copied = e;
            lastEnd = t.end();
        }
        return out.append(rawText, copied, rawText.length()).append(doc.after()).toString();
    }

    /**
     * For each offset into the decoded TEXT, the offset of the same character in the raw TEXT (and one past the
     * end). Follows what an XML parser does: entities are one character, tags none, CR LF becomes LF.
     */
    static int[] rawOffsets(TimeMlDocument doc) {
        String raw = doc.rawText();
        int n = doc.text().length();
        int[] map = new int[n + 1];
        int d = 0;
        int i = 0;
        while (i < raw.length() && d <= n) {
            char c = raw.charAt(i);
            if (c == '<') {
                int gt = raw.indexOf('>', i);
                i = gt < 0 ? raw.length() : gt + 1;
                continue;
            }
            if (d == n) {
                throw new IllegalStateException(doc.name() + ": raw TEXT longer than its decoded text");
            }
            map[d++] = i;
            if (c == '&') {
                int semi = raw.indexOf(';', i);
                i = semi < 0 ? i + 1 : semi + 1;
            } else if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                i += 2;
            } else {
                i++;
            }
        }
        if (d != n) {
            throw new IllegalStateException(doc.name() + ": raw TEXT does not match its decoded text");
        }
        map[n] = i;
        return map;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attr(String s) {
        return escape(s).replace("\"", "&quot;");
    }
}
