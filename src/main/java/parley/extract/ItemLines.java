package parley.extract;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading line of one item in a compilation or readout pack that gives the item's day beside its label, in the
 * forms {@link DatedHeadings} does not read (session 17): the day before the label after an item's number ("[2]
 * 11/06/2025 - READOUT", "(3) Thursday 12 June – MEDIA NOTE", "No. 4 13-VI-2025 | STATEMENT", "[5] Fri., Jun. 13
 * (evening) - TRANSCRIPT"; after a number the label may be any in capitals), or the label first and the day after "dated"/"of" ("READOUT 2 of 2 - dated 13.06.25",
 * "Statement no. 3 | of 14 June"). Dates in any form a compiler writes: figures with a four- or two-digit year, a
 * Roman month, a month name either side of the day, a weekday before it, no year at all (the year). Without
 * an item number the label must be a word that names an item (readout, statement, release, …), so a dated sentence
 * or a title with a date never heads a section.
 */
final class ItemLines {
    private ItemLines() {
    }

    private static final String MARK = "(?:\\[\\d{1,3}\\]|\\(\\d{1,3}\\)|\\d{1,3}[.)]|no\\.?\\s*\\d{1,3}\\b|#\\d{1,3})";
    /** The words that name an item of a compilation. */
    private static final String LABEL_WORD = "(?:readout|read-out|media\\s+note|press\\s+note|note|transcript|statement"
            + "|(?:press\\s+|news\\s+)?release|update|communiqu[eé]|briefing|bulletin|notice|dispatch|remarks"
            + "|summary|memo)";
    private static final String WEEKDAY = "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?"
            + "|wed|thur?s?|fri|sat|sun)\\.?,?\\s+)?";
    /** The month words of a heading, as {@link DatedHeadings} reads them (one capturing group). */
    private static final String MONTH = DatedHeadings.MONTH;
    private static final String ROMAN = "(i{1,3}|iv|vi{0,3}|ix|xi{0,2})";
    private static final String DATE = WEEKDAY + "(?:"
            + "(\\d{1,2})(?<sep>[./-])(\\d{1,2})\\k<sep>(\\d{4}|\\d{2})" // 1-4: 13.06.25, 11/06/2025
            + "|((?:19|20)\\d{2})-(\\d{2})-(\\d{2})" // 5-7
            + "|(\\d{1,2})[-./ ]" + ROMAN + "[-./ ]((?:19|20)\\d{2})" // 8-10: 13-VI-2025
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+((?:19|20)\\d{2}))?" // 11-13
            + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?)" // 14-16
            + "(?:\\s*\\((?:morning|afternoon|evening|night|late|early|a\\.?m\\.?|p\\.?m\\.?)\\))?";
    private static final String SEP = "\\s*(?:\\s[-–—]\\s|\\||:\\s)\\s*";
    /** A label or title after the day: a few words, no full stop at the end. */
    private static final String TITLE = "([\\p{L}\\d][^.!?]{0,80}?)";
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)(" + MARK + "\\s*(?:[|:–—-]\\s*)?)?(" + DATE + ")" + SEP + TITLE
            + "\\s*$");
    private static final Pattern LABEL_FIRST = Pattern.compile("(?i)(?:" + MARK + "\\s*)?" + LABEL_WORD
            + "(?:\\s+(?:no\\.?\\s*)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?)?" + SEP + "(?:dated\\s+|of\\s+)?(" + DATE + ")\\s*$");
    private static final Pattern LABEL_OPENS = Pattern.compile("(?i)" + LABEL_WORD + "\\b");

    /**
     * The day the line gives when it heads an item, else null. {@code year} is the year for a day written
     * without one (0: none, so such a day dates nothing).
     */
    static DatedHeadings.Heading of(String line, int year) {
        if (line.length() > 120 || !hasDigit(line)) {
            return null;
        }
        String l = DatedHeadings.unruled(line);
        Matcher m = DAY_FIRST.matcher(l);
        if (m.matches()) {
            String title = m.group(m.groupCount());
            if (!LABEL_OPENS.matcher(title).lookingAt() && (m.group(1) == null || !capitals(title))) {
                return null; // "[4] 12 June 2025 – X meets Y" is a numbered entry that reports, not a heading
            }
            return day(m, 3, year);
        }
        m = LABEL_FIRST.matcher(l);
        return m.matches() ? day(m, 2, year) : null;
    }

    /** How many different days the text's item lines give, counted up to two (a yearless day in a leap year). */
    static int distinctDays(String text) {
        LocalDate first = null;
        for (String line : text.split("\n")) {
            DatedHeadings.Heading h = of(line, 2000);
            if (h == null) {
                continue;
            }
            if (first == null) {
                first = h.day();
            } else if (!first.equals(h.day())) {
                return 2;
            }
        }
        return first == null ? 0 : 1;
    }

    /** The day of the date groups after group {@code base - 1} (the whole date is group {@code base - 1}). */
    private static DatedHeadings.Heading day(Matcher m, int base, int year) {
        String phrase = m.group(base - 1).strip();
        int d;
        int mon;
        int y;
        boolean dotted = false;
        if (m.group(base) != null) {
            int a = Integer.parseInt(m.group(base));
            int b = Integer.parseInt(m.group(base + 2));
            boolean monthFirst = b > 12 && a <= 12; // "06/13/2025" can only be month first
            d = monthFirst ? b : a;
            mon = monthFirst ? a : b;
            String ys = m.group(base + 3);
            y = ys.length() == 2 ? 2000 + Integer.parseInt(ys) : Integer.parseInt(ys);
            dotted = true;
        } else if (m.group(base + 4) != null) {
            y = Integer.parseInt(m.group(base + 4));
            mon = Integer.parseInt(m.group(base + 5));
            d = Integer.parseInt(m.group(base + 6));
        } else if (m.group(base + 7) != null) {
            d = Integer.parseInt(m.group(base + 7));
            mon = roman(m.group(base + 8));
            y = Integer.parseInt(m.group(base + 9));
        } else if (m.group(base + 10) != null) {
            d = Integer.parseInt(m.group(base + 10));
            mon = month(m.group(base + 11));
            y = m.group(base + 12) == null ? year : Integer.parseInt(m.group(base + 12));
        } else {
            mon = month(m.group(base + 13));
            d = Integer.parseInt(m.group(base + 14));
            y = m.group(base + 15) == null ? year : Integer.parseInt(m.group(base + 15));
        }
        if (y == 0) {
            return null;
        }
        try {
            return new DatedHeadings.Heading(LocalDate.of(y, mon, d), phrase, dotted);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return parley.extract.time.TimexTagger.month(name);
    }

    private static int roman(String r) {
        return switch (r.toLowerCase(java.util.Locale.ROOT)) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            case "vi" -> 6;
            case "vii" -> 7;
            case "viii" -> 8;
            case "ix" -> 9;
            case "x" -> 10;
            case "xi" -> 11;
            case "xii" -> 12;
            default -> 0;
        };
    }

    /** No small letter: a label in capitals ("MEDIA NOTE", "PRESS REMARKS"). */
    private static boolean capitals(String s) {
        return s.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
