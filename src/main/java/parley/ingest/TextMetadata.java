package parley.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata stated in an article's own lines, for plain text, Markdown and PDF (and for HTML pages whose markup
 * says nothing). Rules, first match wins:
 * <ul>
 * <li>date: a leading "date 2025-08-12"; a "Published: 16 August 2025" / "First published on ..." / "Posted ..."
 *     line; an "Updated 3 March 2024" / "Last modified ..." line; an agency dateline ("KYIV, Aug 19 (Reuters) -")
 *     whose year comes from a full date elsewhere in the text with the same month and day, else from a copyright
 *     line, else no date; a line that is only a date near the top;</li>
 * <li>author: a "By Jane Doe" line near the top, else a "Reporting by ..." credit;</li>
 * <li>publisher: the outlet naming itself in a copyright line ("© 2025 Northern Ledger");</li>
 * <li>title: the first non-blank line when it reads like a headline (see {@link #plausibleTitle}).</li>
 * </ul>
 */
final class TextMetadata {
    private static final int TOP_LINES = 15;

    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)^\\s*(?:first\\s+)?(?:published|posted|publication date|date published|date)\\b\\s*(?:on|at)?\\s*[:\\-–—]?\\s*(.{6,80})$");
    private static final Pattern UPDATED_LINE = Pattern.compile(
            "(?i)^\\s*(?:last\\s+)?(?:updated|modified|last modified)\\b\\s*(?:on|at)?\\s*[:\\-–—]?\\s*(.{6,80})$");
    static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*[\\p{Lu}][\\p{L} .'’-]{1,40}(?:,\\s*[\\p{Lu}][\\p{L} .'’-]{1,30})?,\\s+" + DateText.MONTH
                    + "\\.?\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*\\((?:Reuters|AP|AFP|Bloomberg|dpa|UPI|PTI|IANS|ANI|Xinhua"
                    + "|TASS|Kyodo|Yonhap|EFE|ANSA)\\)\\s*[-–—]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_ONLY_LINE = Pattern.compile(
            "(?i)^\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?[\\p{L}\\d ,.\\-/]{6,40}?"
                    + "(?:\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?(?:\\s*[A-Z]{2,4})?)?\\s*$");
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:van|von|de|der|da|di|del|al|el|bin|le|la)\\s+)?"
            + "\\p{Lu}[\\p{L}'’.-]+){1,3}";
    private static final Pattern BY_LINE = Pattern.compile(
            "^\\s*(?:By|BY|Words by|Written by|Story by)\\s+(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)"
                    + "\\s*(?:$|[,|·•–—-]|\\s+in\\s+\\p{Lu}|\\s+and\\s+agencies)");
    private static final Pattern REPORTING_BY = Pattern.compile(
            "\\b(?:Reporting|Reported) by\\s+(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:(\\d{4})(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?"
                    + "((?-i:\\p{Lu})[\\p{L}\\d&'’. -]{1,60}?)\\s*(?:\\b(?:Ltd|Limited|Inc|LLC|plc|GmbH|S\\.A)\\.?)?"
                    + "\\s*(?:[.,|;]|\\ball rights\\b|$)");
    private static final Pattern FURNITURE_WORDS = Pattern.compile(
            "(?i)\\b(support|donat|subscribe|sign up|newsletter|cookie|advert|read more|share|menu|log ?in|skip to)");

    private TextMetadata() {
    }

    /** All plain-text rules over the text. */
    static Metadata of(String text) {
        List<String> lines = text.lines().toList();
        return new Metadata(title(lines), publisher(lines), author(lines), published(text, lines));
    }

    static LocalDate published(String text, List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            Matcher m = LEADING_DATE.matcher(lines.get(i));
            if (m.find()) {
                LocalDate d = DateText.first(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        LocalDate published = lineDate(lines, PUBLISHED_LINE);
        if (published != null) {
            return published;
        }
        LocalDate updated = lineDate(lines, UPDATED_LINE);
        if (updated != null) {
            return updated;
        }
        LocalDate dateline = dateline(text, lines);
        if (dateline != null) {
            return dateline;
        }
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            String line = lines.get(i);
            if (DATE_ONLY_LINE.matcher(line).matches()) {
                DateText.Found f = DateText.find(line);
                if (f != null && line.length() - (f.end() - f.start()) < 30) {
                    return f.date();
                }
            }
        }
        return null;
    }

    private static LocalDate lineDate(List<String> lines, Pattern p) {
        for (String line : lines) {
            if (line.length() > 120) {
                continue;
            }
            Matcher m = p.matcher(line);
            if (m.find()) {
                DateText.Found f = DateText.find(m.group(1));
                // The date must open what follows the label: "Published 3 March 2024", not a sentence.
                if (f != null && f.start() <= 16) {
                    return f.date();
                }
            }
        }
        return null;
    }

    /** An agency dateline's day; the year must come from the dateline or from elsewhere in the text. */
    static LocalDate dateline(String text, List<String> lines) {
        Matcher m = DATELINE.matcher(text);
        if (!m.find()) {
            return null;
        }
        int month = DateText.month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            return DateText.date(Integer.parseInt(m.group(3)), month, day);
        }
        Integer year = yearOfSameDay(text, month, day);
        if (year == null) {
            year = copyrightYear(lines);
        }
        return year == null ? null : DateText.date(year, month, day);
    }

    private static Integer yearOfSameDay(String text, int month, int day) {
        int from = 0;
        while (from < text.length()) {
            DateText.Found f = DateText.find(text.substring(from));
            if (f == null) {
                return null;
            }
            if (f.date().getMonthValue() == month && f.date().getDayOfMonth() == day) {
                return f.date().getYear();
            }
            from += f.end();
        }
        return null;
    }

    private static Integer copyrightYear(List<String> lines) {
        for (String line : lines) {
            Matcher m = COPYRIGHT.matcher(line);
            if (line.length() <= 160 && m.find() && m.group(1) != null) {
                return Integer.parseInt(m.group(1));
            }
        }
        return null;
    }

    static String author(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            String line = lines.get(i);
            if (line.length() <= 120) {
                Matcher m = BY_LINE.matcher(line);
                if (m.find()) {
                    return m.group(1).trim();
                }
            }
        }
        for (String line : lines) {
            Matcher m = REPORTING_BY.matcher(line);
            if (m.find()) {
                return m.group(1).trim();
            }
        }
        return null;
    }

    /** The outlet in a copyright line ("© 2025 Northern Ledger. All rights reserved."), or null. */
    static String publisher(List<String> lines) {
        for (String line : lines) {
            String p = copyrightHolder(line);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    static String copyrightHolder(String line) {
        if (line.length() > 160) {
            return null;
        }
        Matcher m = COPYRIGHT.matcher(line);
        if (!m.find()) {
            return null;
        }
        String holder = m.group(2).trim().replaceAll("[\\s.,]+$", "");
        return holder.length() >= 2 && !holder.equalsIgnoreCase("All rights reserved") ? holder : null;
    }

    /** The first non-blank line, if it reads like a headline; else null. */
    static String title(List<String> lines) {
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("#")) {
                t = t.replaceFirst("^#+\\s*", "").replaceFirst("\\s*#+$", "");
            }
            return plausibleTitle(t) ? t : null;
        }
        return null;
    }

    /**
     * A headline: 3 to 25 words, one sentence at most, no closing full stop, not a date, byline or furniture
     * ("Your support helps us to tell the story" is an appeal, not a headline).
     */
    static boolean plausibleTitle(String t) {
        if (t.length() < 10 || t.length() > 160 || t.endsWith(".") || t.endsWith(",") || t.endsWith(":")) {
            return false;
        }
        int words = t.split("\\s+").length;
        if (words < 3 || words > 25) {
            return false;
        }
        if (t.matches("(?s).*[.!?][\"”’]?\\s+\\p{Lu}.*")) {
            return false;
        }
        if (FURNITURE_WORDS.matcher(t).find() || BY_LINE.matcher(t).find()) {
            return false;
        }
        if (LEADING_DATE.matcher(t).find() || PUBLISHED_LINE.matcher(t).find() || UPDATED_LINE.matcher(t).find()) {
            return false;
        }
        DateText.Found f = DateText.find(t);
        return f == null || t.length() - (f.end() - f.start()) > 25;
    }
}
