package parley.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata stated in an article's own lines, for plain text, Markdown and PDF (and for HTML pages whose markup
 * says nothing). Rules, first match wins:
 * <ul>
 * <li>a Markdown front matter block ("---", "title:", "date:", "author:", "publisher:"/"source:", "---") first;</li>
 * <li>date: a leading "date 2025-08-12"; a "Published: 16 August 2025" / "First published on ..." / "Posted ..."
 *     line; an "Updated 3 March 2024" / "Last modified ..." line; an agency dateline ("KYIV, Aug 19 (Reuters) -")
 *     whose year comes from a full date elsewhere in the text on the same day, else from one within 45 days,
 *     else from a copyright line, else no date; a line that is only a date near the top;</li>
 * <li>author: a "By Jane Doe" line near the top, else a "Reporting by ..." credit;</li>
 * <li>publisher: the outlet naming itself in a copyright line ("© 2025 Northern Ledger");</li>
 * <li>title: the first non-blank line when it reads like a headline (see {@link #plausibleTitle}).</li>
 * </ul>
 */
final class TextMetadata {
    private static final int TOP_LINES = 15;
    private static final int EDGE_HEAD = 300;
    private static final int EDGE_TAIL = 100;

    private static final Pattern LEADING_DATE = Pattern.compile("(?i)^\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");
    private static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)^\\s*(?:first\\s+)?(?:published|posted|publication date|date published|date)\\b"
                    + "\\s*(?:on|at)?\\s*[:\\-–—]?\\s*(.{6,80})$");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("[*_`]+");
    private static final Pattern LINE_PARTS = Pattern.compile("\\s[—–|·]\\s");
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
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^\\s*([A-Za-z_]+)\\s*:\\s*(.*)$");
    private static final Pattern FURNITURE_WORDS = Pattern.compile(
            "(?i)\\b(?:your support|support (?:us|now|our|independent)|donat|subscri|sign up|newsletter|cookie"
                    + "|advertisement|read more|share (?:this|on)|skip to|log ?in|menu$)");

    private TextMetadata() {
    }

    /** All plain-text rules over the text; a Markdown front matter block, when there is one, goes first. */
    static Metadata of(String text) {
        List<String> lines = text.lines().toList();
        Metadata front = frontMatter(lines);
        List<String> body = front == Metadata.NONE ? lines : lines.subList(frontMatterEnd(lines) + 1, lines.size());
        return front.orElse(new Metadata(title(body), publisher(lines), author(lines), published(text, lines)));
    }

    /** "---" / "title: ..." / "date: 2025-08-12" / "author: ..." / "---" at the very top (Markdown notes, Jekyll). */
    static Metadata frontMatter(List<String> lines) {
        int end = frontMatterEnd(lines);
        if (end < 0) {
            return Metadata.NONE;
        }
        String title = null;
        String publisher = null;
        String author = null;
        LocalDate date = null;
        for (String line : lines.subList(1, end)) {
            Matcher m = FRONT_MATTER_FIELD.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String value = m.group(2).strip().replaceAll("^[\"']|[\"']$", "").strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "title", "headline" -> title = title == null ? value : title;
                case "date", "published", "pubdate", "date_published" -> date = date == null ? DateText.first(value) : date;
                case "author", "byline", "by" -> author = author == null ? value : author;
                case "publisher", "source", "site", "outlet" -> publisher = publisher == null ? value : publisher;
                default -> {
                }
            }
        }
        return new Metadata(title, publisher, author, date);
    }

    private static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return -1;
        }
        for (int i = 1; i < Math.min(lines.size(), 60); i++) {
            if (lines.get(i).strip().equals("---") || lines.get(i).strip().equals("...")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first and last lines, where datelines, bylines, "Published" and copyright lines live; a 15 MB text is not
     * scanned line by line for them.
     */
    static List<String> edges(List<String> lines) {
        if (lines.size() <= EDGE_HEAD + EDGE_TAIL) {
            return lines;
        }
        List<String> edges = new java.util.ArrayList<>(lines.subList(0, EDGE_HEAD));
        edges.addAll(lines.subList(lines.size() - EDGE_TAIL, lines.size()));
        return edges;
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
        for (String line : edges(lines)) {
            if (line.length() > 120) {
                continue;
            }
            // Markdown emphasis and a short lead-in ("*Press release — Published: 2 May 2025*") do not hide the label.
            for (String part : LINE_PARTS.split(MARKDOWN_EMPHASIS.matcher(line).replaceAll(""))) {
                Matcher m = p.matcher(part);
                if (m.find()) {
                    DateText.Found f = DateText.find(m.group(1));
                    // The date must open what follows the label: "Published 3 March 2024", not a sentence.
                    if (f != null && f.start() <= 16) {
                        return f.date();
                    }
                }
            }
        }
        return null;
    }

    /** An agency dateline's day; the year must come from the dateline or from elsewhere in the text. */
    static LocalDate dateline(String text, List<String> lines) {
        // Datelines open a story; looking further costs time and finds quotes of other wires.
        Matcher m = DATELINE.matcher(text.length() > 3000 ? text.substring(0, 3000) : text);
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

    /**
     * The year of a full date in the text on the dateline's day, else of one within 45 days of it (a story filed on
     * "Aug 19" that mentions "August 18, 2025"); null when the text has neither.
     */
    private static Integer yearOfSameDay(String text, int month, int day) {
        Integer near = null;
        int from = 0;
        while (from < text.length()) {
            DateText.Found f = DateText.find(text.substring(from));
            if (f == null) {
                break;
            }
            LocalDate d = f.date();
            if (d.getMonthValue() == month && d.getDayOfMonth() == day) {
                return d.getYear();
            }
            for (int year = d.getYear() - 1; near == null && year <= d.getYear() + 1; year++) {
                LocalDate candidate = DateText.date(year, month, day);
                if (candidate != null && Math.abs(ChronoUnit.DAYS.between(candidate, d)) <= 45) {
                    near = year;
                }
            }
            from += f.end();
        }
        return near;
    }

    private static Integer copyrightYear(List<String> lines) {
        for (String line : edges(lines)) {
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
        for (String line : edges(lines)) {
            Matcher m = REPORTING_BY.matcher(line);
            if (m.find()) {
                return m.group(1).trim();
            }
        }
        return null;
    }

    /** The outlet in a copyright line ("© 2025 Northern Ledger. All rights reserved."), or null. */
    static String publisher(List<String> lines) {
        for (String line : edges(lines)) {
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
