package parley.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.domain.DateDerivation;
import parley.domain.EventDate;
import parley.extract.time.DateResolver;
import parley.extract.time.DateWords;
import parley.extract.time.Resolution;
import parley.extract.time.Timex;

/**
 * A day and month with no year that opens a line of a list ("- 4 February: Netanyahu meets Trump", "**7 April** –
 * talks resume") is an entry of a chronology: such lists look back and tell the past in the present tense, so the
 * day is in the article's own year when that day has come by the publication date — not the next February because
 * it lies a few weeks ahead. Days still to come in the year are left to the usual reading.
 * <p>
 * Calendars and chronologies also put the month on a line of its own ("MAY", "June 2025") and open each entry with
 * the bare day and a dash ("4 - State visit begins", "11-12 – X in Oslo"): the day takes the heading's month and
 * the year the heading, the title or the introduction names ("days refer to 2025") — see {@link SectionDates}.
 */
final class ChronologyEntries {
    private static final String BULLETS = "-*•–—·▪#>_";
    private static final String AFTER_MARKS = ":–—-|";
    /** A line that is only a month, in capitals or title case, maybe with its year and Markdown marks. */
    private static final Pattern MONTH_HEADING = Pattern.compile("(?:#{1,6}\\s*)?(?:\\*\\*|__)?\\s*(January|February"
            + "|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY"
            + "|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)(?:\\s+(\\d{4}))?\\s*:?\\s*(?:\\*\\*|__)?\\s*");
    /** "4 - ", "11-12 - ", "4 – ", "- 30–31: ": a bare day (or span of days) and a dash or colon opening a line. */
    private static final Pattern DAY_ENTRY = Pattern.compile("\\s*(?:[-*•▪]\\s+)?(?:\\*\\*|__)?"
            + "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(\\d{1,2})"
            + "(?:\\s*[-–—]\\s*(\\d{1,2}))?(?:\\*\\*|__)?\\s*[-–—:]\\s+");
    /** "- Friday: ", "**Saturday** – ": a weekday and a dash or colon opening a chronology's line. */
    private static final Pattern WEEKDAY_ENTRY = Pattern.compile("\\s*(?:[-*•▪]\\s+)?(?:\\*\\*|__)?(Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\*\\*|__)?\\s*[-–—:]\\s+");
    /** "Friday ", "Monday, ": a weekday right before a day of the month, the same day named twice. */
    static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+$");
    /** A year of the 20th or 21st century standing alone (not inside a longer number). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(19\\d\\d|20\\d\\d)(?![\\d/])");
    /** A full date "4 May 2025", "May 4, 2025", "2025-05-04": a masthead's or dateline's year, not the list's. */
    private static final Pattern FULL_DATE = Pattern.compile("(?i)\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}\\.?,?\\s+"
            + "(?:19|20)\\d\\d|[a-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d");

    private ChronologyEntries() {
    }

    /** The resolution of a list entry's day, or null when {@code t} opens no list entry or its day is still to come. */
    static Resolution day(String text, Timex t, LocalDate anchor) {
        if (anchor == null || t.kind() != Timex.Kind.DAY_OF_MONTH || t.year() != 0 || !opensEntry(text, t)) {
            return null;
        }
        Resolution r = DateResolver.inYearOfArticle(t, anchor,
                "opening a list entry: a chronology looks back, year of the article");
        return r == null || r.date().start().isAfter(anchor) ? null : r;
    }

    /**
     * Only bullets, emphasis and spaces before it on its line, maybe its weekday ("- Sunday 8 March: …"); a colon
     * or dash after it (past any emphasis).
     */
    static boolean opensEntry(String text, Timex t) {
        int from = t.start();
        Matcher w = WEEKDAY_BEFORE.matcher(text).region(Math.max(0, from - 12), from);
        if (w.find()) {
            from = w.start();
        }
        for (int i = from - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && BULLETS.indexOf(c) < 0) {
                return false;
            }
        }
        int j = t.end();
        while (j < text.length() && (text.charAt(j) == '*' || text.charAt(j) == '_' || text.charAt(j) == ' ')) {
            j++;
        }
        return j < text.length() && AFTER_MARKS.indexOf(text.charAt(j)) >= 0;
    }

    /**
     * The month of a line that names only a month ("MAY", "June", "## July 2025"), in the year it names, else in
     * {@code year} (the chronology's); null for any other line, or when no year is known.
     */
    static YearMonth monthHeading(String line, Integer year) {
        Matcher m = MONTH_HEADING.matcher(line);
        if (!m.matches()) {
            return null;
        }
        Integer y = m.group(2) != null ? Integer.valueOf(m.group(2)) : year;
        return y == null ? null : YearMonth.of(y, Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
    }

    /** A line that is only a year, maybe with Markdown marks or a colon: "2025", "## 2024", "**2023:**". */
    private static final Pattern YEAR_HEADING = Pattern.compile("(?:#{1,6}\\s*)?(?:\\*\\*|__)?\\s*((?:19|20)\\d\\d)\\s*:?"
            + "\\s*(?:\\*\\*|__)?\\s*:?");

    /** The year a line that is only a year names (a chronology's year heading), or null. */
    static Integer yearHeading(String line) {
        if (line.length() > 16) {
            return null;
        }
        Matcher m = YEAR_HEADING.matcher(line);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * A day and month ("March 3", "5-7 May") or a month ("in April") with no year, in {@code year}: the year of the
     * heading a chronology's entries stand under. Null for other times and for those said relative to another
     * ("last March", "next May", "early April" stays a month).
     */
    static Resolution inYear(Timex t, int year) {
        String mod = t.modifier();
        if (mod != null && !mod.equals("on") && !mod.equals("in")) {
            return null;
        }
        EventDate date;
        if (t.kind() == Timex.Kind.DAY_OF_MONTH && t.month() > 0 && t.day() > 0) {
            LocalDate d = safe(year, t.month(), t.day());
            if (d == null) {
                return null;
            }
            date = EventDate.day(d);
            if (t.endDay() > 0) {
                int endMonth = t.endMonth() == 0 ? t.month() : t.endMonth();
                LocalDate last = safe(endMonth < t.month() ? year + 1 : year, endMonth, t.endDay());
                date = last == null || !last.isAfter(d) ? date : EventDate.range(d, last);
            }
        } else if (t.kind() == Timex.Kind.MONTH && t.month() > 0 && t.day() == 0) {
            date = EventDate.month(YearMonth.of(year, t.month()));
        } else {
            return null;
        }
        return new Resolution(date, null, new DateDerivation(t.phrase(), "year heading " + year,
                "no year of its own: the year of the chronology's heading above", DateWords.of(date)));
    }

    private static LocalDate safe(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** True when the line names only a month (whatever the year): a chronology's month heading. */
    static boolean isMonthHeading(String line) {
        return MONTH_HEADING.matcher(line).matches();
    }

    /** "- Sunday 8 March:", "**Monday, 7**": an entry's weekday and day of the month (and maybe its month). */
    private static final Pattern WEEKDAY_DAY = Pattern.compile("(?m)^\\s*(?:[-*•▪]\\s+)?(?:\\*\\*|__)?(Monday|Tuesday"
            + "|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(January|February|March"
            + "|April|May|June|July|August|September|October|November|December))?\\b");

    /**
     * The year a month heading with no year of its own is in, told by the first entry under it that names a weekday
     * with its day ("SEPTEMBER" over "- Monday 7 September: …"): when the weekday does not fall on that day in the
     * {@code guess}ed year (a year the introduction named in passing, "the quarrel dates from 2016"), the year
     * nearest the article's, not after it, in which it does; null when the guess stands or nothing tells.
     */
    static Integer weekdayYear(String text, int from, java.time.Month month, int guess, LocalDate anchor) {
        Matcher m = WEEKDAY_DAY.matcher(text).region(from, Math.min(text.length(), from + 4000));
        while (m.find()) {
            if (text.substring(from, m.start()).lines().anyMatch(l -> isMonthHeading(l.strip()))) {
                return null; // the next month's entries are not this month's
            }
            if (m.group(3) != null && Month.valueOf(m.group(3).toUpperCase(Locale.ROOT)) != month) {
                continue;
            }
            java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int d = Integer.parseInt(m.group(2));
            if (fallsOn(guess, month, d, day)) {
                return null;
            }
            int top = anchor == null ? guess : anchor.getYear();
            for (int y = top; y > top - 12; y--) {
                if (fallsOn(y, month, d, day) && (anchor == null || !YearMonth.of(y, month).isAfter(
                        YearMonth.from(anchor)))) {
                    return y;
                }
            }
            return null;
        }
        return null;
    }

    private static boolean fallsOn(int year, java.time.Month month, int d, java.time.DayOfWeek day) {
        YearMonth ym = YearMonth.of(year, month);
        return d >= 1 && d <= ym.lengthOfMonth() && ym.atDay(d).getDayOfWeek() == day;
    }

    /**
     * The day (or days) of a line opening with a bare day and a dash under a month heading ("4 - …", "11-12 - …"), or
     * null when the line opens otherwise or the day is not one of the month's.
     */
    static Resolution dayEntry(String text, int ls, int le, YearMonth month, LocalDate anchor) {
        Matcher m = DAY_ENTRY.matcher(text).region(ls, le);
        if (!m.lookingAt()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        if (first < 1 || first > month.lengthOfMonth() || last < first || last > month.lengthOfMonth()) {
            return null;
        }
        LocalDate d = month.atDay(first);
        EventDate date = last == first ? EventDate.day(d) : EventDate.range(d, month.atDay(last));
        String phrase = text.substring(m.start(1), m.end(m.group(2) == null ? 1 : 2));
        return new Resolution(date, null, new DateDerivation(phrase, anchor == null ? "month heading "
                + DateWords.of(EventDate.month(month)) : DateWords.anchor(anchor),
                "day opening a chronology entry, month of the heading above", DateWords.of(date)));
    }

    /**
     * A line opening with a bare weekday under a dated entry ("- 14-15: …" then "- Friday: …"): an entry of its own on
     * the first such weekday from the entry above's first day (session 13); null when the line opens otherwise.
     */
    static Resolution weekdayEntry(String text, int ls, int le, Resolution above) {
        Matcher m = WEEKDAY_ENTRY.matcher(text).region(ls, le);
        if (!m.lookingAt() || !above.date().known() || above.date().precision().compareTo(
                parley.domain.Precision.DAY) < 0) {
            return null;
        }
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
        LocalDate d = above.date().start().with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
        EventDate date = EventDate.day(d);
        return new Resolution(date, null, new DateDerivation(m.group(1), DateWords.day(above.date().start()),
                "weekday opening a chronology entry, the first such day from the entry above", DateWords.of(date)));
    }

    /**
     * The year a chronology's bare months are in: the one year the title and introduction name before the first
     * month heading at {@code end} ("Calendar 2025", "days refer to 2025 unless marked otherwise"), not counting a
     * masthead's full date; else the article's year; null when neither is known.
     */
    static Integer year(String text, int end, LocalDate anchor) {
        String before = FULL_DATE.matcher(text.substring(0, end)).replaceAll(" ");
        Integer found = null;
        Matcher m = YEAR.matcher(before);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (found != null && found != y) {
                found = null;
                break;
            }
            found = y;
        }
        if (found != null) {
            return found;
        }
        return anchor == null ? null : anchor.getYear();
    }
}
