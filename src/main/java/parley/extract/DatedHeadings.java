package parley.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.extract.text.ReleaseLabel;

/**
 * The heading of one item in a file of dated items (a ministry's releases gathered into one file, a desk's
 * compilation, a feed printed out): a line whose one full date stands as a part of its own, between bars or dashes,
 * beside a place, a label or a title ("14.02.2025 | LIMA | Ministers meet", "STATEMENT | 3 MARCH 2025", "Release —
 * 4 March 2025"), or alone ("05.03.2025", framed or not by ruler lines such as "======"). Such a line opens a section
 * of that day and reports nothing itself. A date in a sentence, or after a label of publication ("Published — 4
 * March 2025"), is none.
 */
final class DatedHeadings {
    private DatedHeadings() {
    }

    /** The day a heading line gives and the words that give it; {@code last} the end of a range heading, or null. */
    record Heading(LocalDate day, String phrase, boolean dotted, LocalDate last) {
        Heading(LocalDate day, String phrase, boolean dotted) {
            this(day, phrase, dotted, null);
        }
    }

    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    /** ", 18:10", " at 10.30 CET", " - 09:15 UTC": the clock time an item went out, after its day. */
    private static final String CLOCK = "(?:\\s*(?:,|at|-|–)?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?"
            + "(?:\\s*\\(?[A-Z]{2,5}\\)?|\\s+local time)?)?";
    /**
     * "Lima, ", "SANTIAGO DE CHILE, ", "Addis Ababa, Ethiopia, ": the place a release was issued in, before its day
     * ("[3] Foreign Ministry of Chile - Santiago, 4 March 2026"): up to four capitalised words (small joining words
     * between), maybe its country after a comma.
     */
    private static final String PLACE = "(?-i:(?:\\p{Lu}[\\p{L}'’.-]+(?:[ -](?:\\p{Lu}[\\p{L}'’.-]+|de|del|da|do|la|el|of"
            + "|upon|am|sur|DE|DEL|LA|EL)){0,3},\\s*){1,2})?";
    /** A part of a line that is a full date and nothing else (a weekday before it, a clock time after it). */
    /** The word for the item before its day: "Release 12.06.2025", "Readout 2025-02-07" (session 16). */
    private static final String ITEM_WORD = "(?:(?:release|statement|readout|update|bulletin|briefing|note|item|entry"
            + "|communiqu[eé]|dispatch|notice)\\s+(?:of\\s+)?)?";
    /**
     * An item of several days, the days in figures joined by a dash with no space round it (session 17): "21-22.09.2026"
     * and "21.-22.09.2026" (groups 13-16), "30.09.-02.10.2026" (groups 17-21). A spaced dash parts a line instead.
     */
    private static final String DAY_RANGE = "|(\\d{1,2})\\.?[-–](\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})"
            + "|(\\d{1,2})\\.(\\d{1,2})\\.?[-–](\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})";
    /** An item's number before its day: "1. 6/10/2024", "2) Sunday 16 March 2025", "No. 3 – …" (session 17). */
    private static final String ITEM_NUMBER = "(?:(?:no\\.?\\s*\\d{1,3}[.):]?|\\d{1,3}[.)])\\s+)?";
    private static final Pattern DATE_PART = Pattern.compile("(?i)" + ITEM_NUMBER + PLACE + ITEM_WORD + WEEKDAY + "(?:"
            + "(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})"
            + "|((?:19|20)\\d{2})-(\\d{2})-(\\d{2})"
            + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})"
            + "|" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})"
            + DAY_RANGE
            // session 17: "17/03/2025", "17-03-2025" (day first unless the second figure cannot be a month), and
            // "20.03.25" (a two-digit year only with dots: 20YY)
            + "|(?<sd>\\d{1,2})(?<ss>[/-])(?<sm>\\d{1,2})\\k<ss>(?<sy>(?:19|20)\\d{2})"
            + "|(?<td>\\d{1,2})\\.(?<tm>\\d{1,2})\\.(?<ty>\\d{2})(?!\\d))" + CLOCK);
    /** What separates the parts of such a line: bars, dashes with spaces round them, middle dots. */
    private static final Pattern PARTS = Pattern.compile("\\s*\\|\\s*|\\s+[—–]\\s+|\\s+-{1,2}\\s+|\\s+[·•]\\s+");
    /** A run of ruler characters at either end of a line ("==== … ====", "--- … ---"). */
    private static final Pattern RULER_ENDS = Pattern.compile("^[=_~*#\\-–—]{3,}\\s*|\\s*[=_~*#\\-–—]{3,}$");
    /** Markdown heading marks and emphasis around a line. */
    private static final Pattern MARKS = Pattern.compile("^#{1,6}\\s+|\\*\\*|__");
    /** A part naming when the file went out rather than an item: "Published", "Updated 09:00", "By Ana Ruiz". */
    private static final Pattern ISSUE_LABEL = Pattern.compile("(?i)^(?:first\\s+|last\\s+)?(?:published|posted|updated"
            + "|modified|issued|released|compiled|collected|filed|sent|date|dated|as of|by)\\b.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The day of a line that labels when one release went out and says nothing else ("Released 12 May 2025"), or
     * null. In a file with such lines of two days or more they head its items (session 16): each dates its release,
     * as an item heading does; one alone is the text's own publication line.
     */
    static Heading releaseLine(String line) {
        if (line.length() > 80 || !hasYear(line)) {
            return null;
        }
        String l = unruled(line).replace("*", "").replace("_", "").strip();
        Matcher label = ReleaseLabel.in(l);
        if (!label.lookingAt()) {
            return null;
        }
        String rest = l.substring(label.end()).strip();
        Matcher m = DATE_PART.matcher(rest);
        return m.matches() && DAY_FIRST_WORD.matcher(rest).lookingAt() ? heading(m, rest) : null; // no place before it
    }

    /** A date's first word: a figure, a month or a weekday (not a place). */
    private static final Pattern DAY_FIRST_WORD = Pattern.compile("(?i)(?:\\d|" + MONTH + "|(?:mon|tue|wed|thu|fri|sat"
            + "|sun))");

    /** How many days the text's release lines ({@link #releaseLine}) name, counted up to two. */
    static int releaseDays(String text) {
        return days(text, 80, DatedHeadings::releaseLine);
    }

    /** A line made only of ruler characters: "==========", "----------", "~~~~". */
    static boolean ruler(String line) {
        String l = line.strip();
        if (l.length() < 3) {
            return false;
        }
        for (int i = 0; i < l.length(); i++) {
            if ("=_~*#-–—".indexOf(l.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The line without ruler runs at its ends, Markdown heading marks and emphasis. */
    static String unruled(String line) {
        if (noMarks(line)) {
            return line.strip(); // neither pattern has a character to match (most lines: this runs for each of them)
        }
        String l = RULER_ENDS.matcher(line.strip()).replaceAll("");
        return MARKS.matcher(l).replaceAll("").strip();
    }

    /** Whether the line holds none of the characters {@link #RULER_ENDS} and {@link #MARKS} need. */
    private static boolean noMarks(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("=_~*#-\u2013\u2014".indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The heading a line is, or null when it is none. */
    static Heading of(String line) {
        if (line.length() > 160 || !hasYear(line) && !shortYear(line)) {
            return null; // (a cheap look first: this runs for every line of every article)
        }
        String l = unruled(line);
        if (l.isEmpty() || l.length() > 120 || ".!?;:".indexOf(l.charAt(l.length() - 1)) >= 0) {
            return null;
        }
        String[] parts = PARTS.split(l);
        Heading found = null;
        int words = 0;
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                return null;
            }
            Matcher m = DATE_PART.matcher(p);
            if (m.matches()) {
                if (found != null && found.last() == null && !ISSUE_LABEL.matcher(p).matches()) {
                    Heading end = heading(m, p);
                    if (end != null && end.dotted() == found.dotted() && end.day().isAfter(found.day())
                            && !end.day().isAfter(found.day().plusDays(RANGE_DAYS))) {
                        // "03.02.2025 - 06.02.2025 | KENYA": a leg of a tour, its section spans the days (session 17)
                        found = new Heading(found.day(), found.phrase() + " - " + p, true, end.day());
                        continue;
                    }
                }
                if (found != null || ISSUE_LABEL.matcher(p).matches()) {
                    return null; // two days: a table row, not one item's day
                }
                found = heading(m, p);
                if (found == null) {
                    return null;
                }
                continue;
            }
            int w = SPACES.split(p).length;
            words += w;
            if (w > 12 || words > 20 || ISSUE_LABEL.matcher(p).matches() || p.endsWith(".")) {
                return null;
            }
        }
        return found;
    }

    private static Heading heading(Matcher m, String phrase) {
        try {
            if (m.group(1) != null) {
                return new Heading(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))), phrase, true);
            }
            if (m.group(4) != null) {
                return new Heading(LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        Integer.parseInt(m.group(6))), phrase, false);
            }
            if (m.group(13) != null) {
                int year = Integer.parseInt(m.group(16));
                int month = Integer.parseInt(m.group(15));
                return range(LocalDate.of(year, month, Integer.parseInt(m.group(13))),
                        LocalDate.of(year, month, Integer.parseInt(m.group(14))), phrase);
            }
            if (m.group(17) != null) {
                int year = Integer.parseInt(m.group(21));
                LocalDate last = LocalDate.of(year, Integer.parseInt(m.group(20)), Integer.parseInt(m.group(19)));
                LocalDate first = LocalDate.of(year, Integer.parseInt(m.group(18)), Integer.parseInt(m.group(17)));
                return range(first.isAfter(last) ? first.minusYears(1) : first, last, phrase); // "30.12.-02.01.2027"
            }
            if (m.group(7) != null) {
                return new Heading(LocalDate.of(Integer.parseInt(m.group(9)), month(m.group(8)),
                        Integer.parseInt(m.group(7))), phrase, false);
            }
            if (m.group(10) != null) {
                return new Heading(LocalDate.of(Integer.parseInt(m.group(12)), month(m.group(10)),
                        Integer.parseInt(m.group(11))), phrase, false);
            }
            if (m.group("sd") != null) {
                int a = Integer.parseInt(m.group("sd"));
                int b = Integer.parseInt(m.group("sm"));
                boolean monthFirst = b > 12 && a <= 12; // "11/19/2025" can only be month first
                return new Heading(LocalDate.of(Integer.parseInt(m.group("sy")), monthFirst ? a : b,
                        monthFirst ? b : a), phrase, true);
            }
            return new Heading(LocalDate.of(2000 + Integer.parseInt(m.group("ty")), Integer.parseInt(m.group("tm")),
                    Integer.parseInt(m.group("td"))), phrase, true);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A heading of several days, the first before the last and at most a month apart; else none. */
    private static Heading range(LocalDate first, LocalDate last, String phrase) {
        return first.isBefore(last) && !last.isAfter(first.plusDays(31)) ? new Heading(first, phrase, true, last) : null;
    }

    private static int month(String name) {
        return parley.extract.time.TimexTagger.month(name);
    }

    /** The longest span a heading of two days in figures covers: one leg of a tour, a summit week. */
    private static final int RANGE_DAYS = 21;

    /** "20.03.25": a day, month and two-digit year with dots, which {@link #hasYear} does not see. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{2}(?![\\d.])");

    private static boolean shortYear(String s) {
        return s.indexOf('.') >= 0 && SHORT_YEAR.matcher(s).find();
    }

    /** Four digits starting 19 or 20. */
    private static boolean hasYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '1' && s.charAt(i + 1) == '9' || c == '2' && s.charAt(i + 1) == '0')
                    && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many lines of the text are dated headings of different days, counted up to two: a file with two or more is
     * a file of dated items, whose headings date their sections whatever the publication date.
     */
    static int distinctDays(String text) {
        return days(text, 160, DatedHeadings::of);
    }

    /** How many different days the lines no longer than {@code maxLine} give as headings of a kind, up to two. */
    private static int days(String text, int maxLine, java.util.function.Function<String, Heading> heading) {
        LocalDate first = null;
        int from = 0;
        while (from < text.length()) {
            int to = text.indexOf('\n', from);
            to = to < 0 ? text.length() : to;
            if (to - from <= maxLine) {
                Heading h = heading.apply(text.substring(from, to));
                if (h != null) {
                    if (first == null) {
                        first = h.day();
                    } else if (!first.equals(h.day())) {
                        return 2;
                    }
                }
            }
            from = to + 1;
        }
        return first == null ? 0 : 1;
    }
}
