package parley.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * A day heading written in capitals ("THU 12 JUN", "SATURDAY 8 MARCH", "8 MAR", "## MON, 3 NOV 2025 – DAY TWO"), as
 * timelines and tour diaries set them. The tagger reads month and weekday names only as written in running text
 * ("Thu 12 Jun"), so such a heading dated nothing and the items under it went undated (session 17). A heading line
 * in capitals with a day number beside a month name is read as if written in title case; a month or weekday in
 * capitals with no day beside it ("MARCH ON THE CAPITAL", "MAY DAY RALLY") still dates nothing.
 */
final class CapitalDays {
    private CapitalDays() {
    }

    private static final String MONTH = "(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
            + "|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\\.?";
    /** A day number next to a month name, either way round, all in capitals. */
    private static final Pattern DAY_BESIDE_MONTH = Pattern.compile("(?<![\\p{L}\\d])(?:\\d{1,2}(?:ST|ND|RD|TH)?\\s+"
            + MONTH + "|" + MONTH + "\\s+\\d{1,2}(?:ST|ND|RD|TH)?)(?![\\p{L}\\d])");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** The one day or weekday text[from, to) gives when it is a heading in capitals, else null. */
    static Timex of(String text, int from, int to) {
        String line = text.substring(from, to);
        if (!capitals(line) || !DAY_BESIDE_MONTH.matcher(line).find()) {
            return null;
        }
        // the same offsets as in the text: spaces stand for what comes before the line
        String folded = " ".repeat(from) + titleCase(line);
        List<Timex> ts = TimexTagger.tag(folded, from, to);
        Timex day = null;
        for (Timex t : ts) {
            if (t.kind() == Timex.Kind.DAY_OF_MONTH) {
                if (day != null) {
                    return null; // two days: a range or a table, not one day's heading
                }
                day = t;
            }
        }
        return day;
    }

    /** Letters present and none of them small. */
    private static boolean capitals(String line) {
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /** "SAT 8 MAR" → "Sat 8 Mar": every word of letters with its first letter kept and the rest made small. */
    private static String titleCase(String line) {
        Matcher m = WORD.matcher(line);
        StringBuilder b = new StringBuilder(line.length());
        while (m.find()) {
            String w = m.group();
            boolean suffix = m.start() > 0 && Character.isDigit(line.charAt(m.start() - 1)); // "8TH"
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            m.appendReplacement(b, suffix ? lower : w.charAt(0) + lower.substring(1));
        }
        m.appendTail(b);
        return b.toString();
    }
}
