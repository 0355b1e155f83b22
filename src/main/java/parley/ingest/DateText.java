package parley.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written the ways news pages write them: ISO ("2025-08-12", "2025-08-12T09:30:00+01:00",
 * also "2025/08/12"),
 * day-month-year ("16 August 2025", "Tue 12 Aug 2025"), month-day-year ("August 16, 2025", "Aug. 16 2025") and
 * dotted European ("12.08.2025"). Slashed numeric dates are read only when unambiguous (one part above 12).
 * A timestamp keeps the calendar day it was written in: the publisher's local day is the one readers saw.
 */
final class DateText {
    static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    /** Year first with slashes ("2025/10/31"), as East Asian and some government sites print it: never ambiguous. */
    private static final Pattern YEAR_FIRST_SLASHED = Pattern.compile(
            "(?<![\\d/])((?:19|20|21)\\d{2})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)(?<!\\p{L})" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

    private DateText() {
    }

    /** A date found somewhere in the text, with where it starts and ends. */
    record Found(LocalDate date, int start, int end) {
    }

    /** The month number of a month name or abbreviation ("Aug", "august", "Sept"), or 0. */
    static int month(String name) {
        if (name == null || name.length() < 3) {
            return 0;
        }
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    /** The first valid date in the text, or null. */
    static LocalDate first(String text) {
        Found f = find(text);
        return f == null ? null : f.date();
    }

    /** The earliest valid date in the text (by position), or null. */
    static Found find(String text) {
        if (text == null || !hasYear(text)) {
            return null; // every form below has a four-digit year; most lines have none
        }
        Found best = null;
        best = earlier(best, scan(ISO.matcher(text), 1, 2, 3, false));
        best = earlier(best, scan(YEAR_FIRST_SLASHED.matcher(text), 1, 2, 3, false));
        best = earlier(best, scan(DAY_MONTH_YEAR.matcher(text), 3, 2, 1, true));
        best = earlier(best, scan(MONTH_DAY_YEAR.matcher(text), 3, 1, 2, true));
        best = earlier(best, scan(DOTTED.matcher(text), 3, 2, 1, false));
        best = earlier(best, slashed(text));
        return best;
    }

    /** Whether the text has four digits in a row. */
    static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static Found earlier(Found a, Found b) {
        if (a == null) {
            return b;
        }
        return b == null || a.start() <= b.start() ? a : b;
    }

    private static Found scan(Matcher m, int yearGroup, int monthGroup, int dayGroup, boolean monthByName) {
        while (m.find()) {
            int month = monthByName ? month(m.group(monthGroup)) : Integer.parseInt(m.group(monthGroup));
            LocalDate d = date(Integer.parseInt(m.group(yearGroup)), month, Integer.parseInt(m.group(dayGroup)));
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        return null;
    }

    private static Found slashed(String text) {
        Matcher m = SLASHED.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            LocalDate d = a > 12 && b <= 12 ? date(year, b, a) : b > 12 && a <= 12 ? date(year, a, b) : null;
            if (d != null) {
                return new Found(d, m.start(), m.end());
            }
        }
        return null;
    }

    /** A plausible publication date (years 1900 to 2199), or null when the numbers make no date. */
    static LocalDate date(int year, int month, int day) {
        if (year < 1900 || year > 2199 || month < 1 || month > 12) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
