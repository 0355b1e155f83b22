package parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import parley.extract.text.ReleaseLabel;

/**
 * The day a compilation of dated items went out when its title names the days it covers: "BULLETINS - PORTS,
 * 10-14 MARCH 2025", "Releases, 28 February - 3 March 2025", "Statements: March 10-14, 2025". Its items are dated by
 * their own headings; the file is as new as the range's last day, not as old as its first heading (session 15).
 */
final class Compilations {
    private static final String M = DateText.MONTH;
    /** "10-14 March 2025", "10 – 14 MARCH 2025" at the end of a title line. */
    private static final Pattern DAYS_OF_A_MONTH = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})\\s+"
            + M + "\\.?,?\\s+(\\d{4})\\s*$");
    /** "28 February - 3 March 2025", "28 December 2024 – 3 January 2025". */
    private static final Pattern DAYS_OF_TWO_MONTHS = Pattern.compile("(?i)(?<![\\p{L}\\d])(\\d{1,2})\\s+" + M
            + "\\.?,?(?:\\s+(\\d{4}))?\\s*[-–—]\\s*(\\d{1,2})\\s+" + M + "\\.?,?\\s+(\\d{4})\\s*$");
    /** "March 10-14, 2025", "February 28 - March 3, 2025". */
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)(?<!\\p{L})" + M + "\\.?\\s+(\\d{1,2})\\s*[-–—]\\s*(?:"
            + M + "\\.?\\s+)?(\\d{1,2}),?\\s+(\\d{4})\\s*$");
    /**
     * A line of a list or table that opens with a full date and goes on to tell something: "12.05.2025 – A receives
     * B.", "- 2025-05-22: …", "| 3 March 2025 | …": the date and the rest.
     */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(?:[-*•▪]\\s+|\\|\\s*)?([^:|–—]{6,40}?)\\s*(?::|\\||\\s[–—-])"
            + "\\s+(\\S.{10,})$");
    /**
     * "Weekly roundup, ", "The Gulf Digest – ", "Diplomatic bulletin of ": a compiled issue's name before the day it
     * names, at the start of a title line (session 16).
     */
    private static final Pattern ISSUE_NAME = Pattern.compile("(?i)^[\\s#]*(?:[\\p{L}'’&.-]+\\s+){0,4}(?:round-?up|digest"
            + "|bulletin|newsletter|briefing|brief|wrap(?:-up)?|review|summary|dispatch|edition|chronology|timeline"
            + "|press\\s+releases|releases|statements|notes)\\s*(?:,|:|–|—|-|of|for)\\s*$");

    /** How many non-blank lines from the top the title may sit at. */
    private static final int TITLE_LINES = 3;

    private Compilations() {
    }

    /** The day a line labels as one release's ("Released 12 May 2025" and nothing else), or null. */
    static LocalDate releaseDay(String line, BooleanSupplier monthFirst) {
        if (line.length() > 80 || !DateText.hasYear(line)) {
            return null;
        }
        String l = TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll("").strip();
        Matcher label = ReleaseLabel.in(l);
        if (!label.lookingAt()) {
            return null;
        }
        String rest = l.substring(label.end());
        DateText.Found f = TextDates.find(rest, monthFirst);
        return f != null && f.start() <= 10 && TextDates.onlyADate(rest, f) ? f.date() : null;
    }

    /** The day a list or table line opens with before telling something ("12.05.2025 – A receives B."), or null. */
    static LocalDate entryDay(String line, BooleanSupplier monthFirst) {
        if (line.length() > 2000 || !DateText.hasYear(line)) {
            return null;
        }
        Matcher m = ENTRY.matcher(TextDates.MARKDOWN_EMPHASIS.matcher(line).replaceAll(""));
        if (!m.find()) {
            return null;
        }
        String head = m.group(1);
        DateText.Found f = TextDates.find(head, monthFirst);
        return f != null && TextDates.onlyADate(head, f) ? f.date() : null;
    }

    /** A line opening with a day and month and a dash or colon: "**4 June** – …", "- Wed 4 June: …", "June 4 – …". */
    private static final Pattern DAY_ENTRY = Pattern.compile("(?i)^[\\s*_#>|-]*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat"
            + "|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+" + M + "|" + M
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)[*_\\s]*(?:[:–—|]|-\\s)");

    /**
     * The latest day, from {@code first} to {@code last}, on which a line of the text opens an entry with a day and
     * month ("**4 June** – …"), read in {@code first}'s year; null when no entry falls within.
     */
    static LocalDate lastEntryWithin(List<String> lines, LocalDate first, LocalDate last) {
        LocalDate found = null;
        for (String line : TextDates.edges(lines)) {
            if (line.length() > 2000) {
                continue;
            }
            Matcher m = DAY_ENTRY.matcher(line);
            if (!m.lookingAt()) {
                continue;
            }
            String day = m.group(1) != null ? m.group(1) : m.group(4);
            String month = m.group(1) != null ? m.group(2) : m.group(3);
            LocalDate d = DateText.first(day + " " + month + " " + first.getYear());
            if (d != null && !d.isBefore(first) && !d.isAfter(last) && (found == null || d.isAfter(found))) {
                found = d;
            }
        }
        return found;
    }

    /** Whether the words before a date in a title line name a compiled issue ("Weekly roundup, 16 May 2025"). */
    static boolean issueName(String before) {
        return before.length() <= 60 && ISSUE_NAME.matcher(before).find();
    }

    /**
     * The last day of a range that ends one of the first lines, when the file has a dated heading within the range
     * (a headline announcing talks on "10-14 March 2025" has none: its days are the story's, not the file's); else
     * null.
     */
    static LocalDate rangeEnd(List<String> lines, BooleanSupplier monthFirst) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < TITLE_LINES; i++) {
            String line = TextDates.MARKDOWN_EMPHASIS.matcher(lines.get(i)).replaceAll("").strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            LocalDate[] range = range(line);
            if (range != null && headingWithin(lines, i, range[0], range[1], monthFirst)) {
                return range[1];
            }
        }
        return null;
    }

    /** The first and last day of a range ending the line, or null. */
    static LocalDate[] range(String line) {
        if (line.length() > 160) {
            return null;
        }
        Matcher m = DAYS_OF_A_MONTH.matcher(line);
        if (m.find()) {
            return ordered(day(m.group(1), m.group(3), m.group(4)), day(m.group(2), m.group(3), m.group(4)));
        }
        m = DAYS_OF_TWO_MONTHS.matcher(line);
        if (m.find()) {
            LocalDate end = day(m.group(4), m.group(5), m.group(6));
            LocalDate start = day(m.group(1), m.group(2), m.group(3) != null ? m.group(3) : m.group(6));
            if (start != null && end != null && m.group(3) == null && start.isAfter(end)) {
                start = start.minusYears(1); // "28 December - 3 January 2025"
            }
            return ordered(start, end);
        }
        m = MONTH_FIRST.matcher(line);
        if (m.find()) {
            String endMonth = m.group(3) != null ? m.group(3) : m.group(1);
            LocalDate start = day(m.group(2), m.group(1), m.group(5));
            LocalDate end = day(m.group(4), endMonth, m.group(5));
            if (start != null && end != null && start.isAfter(end)) {
                start = start.minusYears(1);
            }
            return ordered(start, end);
        }
        return null;
    }

    private static LocalDate[] ordered(LocalDate start, LocalDate end) {
        return start == null || end == null || start.isAfter(end) || start.plusDays(62).isBefore(end) ? null
                : new LocalDate[] {start, end};
    }

    private static LocalDate day(String day, String month, String year) {
        return DateText.first(day + " " + month + " " + year);
    }

    /** Whether a line other than the title is a dated heading ("Monday, 10 March 2025") on a day of the range. */
    private static boolean headingWithin(List<String> lines, int title, LocalDate start, LocalDate end,
            BooleanSupplier monthFirst) {
        List<String> edges = TextDates.edges(lines);
        for (int i = 0; i < edges.size(); i++) {
            if (i == title) {
                continue;
            }
            String line = TextDates.MARKDOWN_EMPHASIS.matcher(edges.get(i)).replaceAll("").strip();
            if (line.isEmpty() || line.length() > 80 || !DateText.hasYear(line)) {
                continue;
            }
            for (String part : TextDates.LINE_PARTS.split(line)) {
                DateText.Found f = TextDates.find(part, monthFirst);
                if (f != null && TextDates.onlyADate(part, f) && !f.date().isBefore(start) && !f.date().isAfter(end)) {
                    return true;
                }
            }
        }
        return false;
    }
}
