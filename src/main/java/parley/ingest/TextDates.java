package parley.ingest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.ingest.DateSignals.Signal;

/**
 * Publication-date signals stated in an article's own lines (plain text, Markdown, PDF, and the text of pages and
 * e-mails): a "Published"/"Posted" line (also a leading "date 2025-08-12"), an "Updated" line, a date standing alone
 * under the masthead (also as one part of a line such as "**Sunday 18 May 2025** · Issue 112"), the same in numeric
 * form, a date in a URL line, and an agency dateline ("GENEVA, May 12 (Agency) -") whose year comes from the
 * dateline, a full date in the text near that day, or a copyright line — never from today's clock. A date merely
 * mentioned in a sentence is never a signal.
 */
final class TextDates {
    static final int TOP_LINES = 15;
    private static final int EDGE_HEAD = 300;
    private static final int EDGE_TAIL = 100;

    static final Pattern LEADING_DATE = Pattern.compile("(?i)^\\s*date\\s*[:=]?\\s*(\\d{4}-\\d{2}-\\d{2})\\b");
    static final Pattern PUBLISHED_LINE = Pattern.compile(
            "(?i)^\\s*(?:first\\s+)?(?:published|posted|publication date|date published|date)\\b"
                    + "\\s*(?:on|at)?\\s*[:\\-–—]?\\s*(.{6,80})$");
    /**
     * The words that label the day a text went out: published and posted, but also how wires, broadcasters and
     * compilers say it ("Filed: 04/03/2025", "Sent 04/03/2025 09:15 UTC", "aired Thursday, March 6, 2025",
     * "Broadcast: …", "Collected 14.03.2025" above a file of dated releases, whose own headings are older).
     */
    private static final String ISSUE_LABEL = "(?:first\\s+)?(?:"
            // a recording's or broadcast's own day ("Recorded: 3 March 2026", "Original air date: …", "Date of
            // broadcast: …", "Transmission: …", "Interview conducted on …"): the day its "today" means (session 16)
            + "(?:date|day)\\s+of\\s+(?:the\\s+)?(?:broadcast|recording|transmission|interview|briefing)"
            + "|air\\s*date|recorded|taped|transmission|conducted|"
            + "published|posted|publication date|date published|date"
            + "|issued|released|filed|sent|transmitted|aired|broadcast|collected|compiled|circulated|distributed|prepared|dated"
            // "Collection assembled 16.06.2025", "Pack put together on …": how a compiler says it (session 17)
            + "|assembled|put\\s+together|gathered"
            // "Issue of 3 October 2025", "Edition of …": a newsletter's issue named by its day (session 14)
            + "|issue of|edition of)";
    /**
     * A labelled line after a one-word lead-in ("Transcript posted 20/11/2025") or said in a sentence of the page's
     * own ("This article was published on 5 August 2025").
     */
    private static final Pattern LED_PUBLISHED_LINE = Pattern.compile(
            "(?i)^\\s*(?:\\p{L}+\\s+|(?:this|the)\\s+(?:article|story|report|page|piece|brief|bulletin)\\s+(?:was|is)\\s+)?"
                    + ISSUE_LABEL + "\\b\\s*(?:on|at)?\\s*[:\\-–—]?\\s*(.{6,80})$");
    static final Pattern UPDATED_LINE = Pattern.compile(
            "(?i)^\\s*(?:last\\s+)?(?:updated|modified|last modified)\\b\\s*(?:on|at)?\\s*[:\\-–—]?\\s*(.{6,80})$");
    static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("[*_`]+");
    /**
     * What separates the parts of a masthead or date line: "Sunday 18 May 2025 · Issue 112 · A weekly letter", and
     * the wide gaps of a plain-text header laid out in columns ("Digest 41        Issued 2025-05-06").
     */
    static final Pattern LINE_PARTS = Pattern.compile("\\s[—–|·•]\\s|\\s-\\s|\\s{3,}");
    /**
     * An agency dateline: a place in capitals or title case, a month and day in either order (a year only sometimes), the agency's
     * name in brackets, then a dash. Any agency: the name in brackets is what makes it a dateline.
     */
    static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*[\\p{Lu}][\\p{L} .'’/-]{1,40}(?:,\\s*[\\p{Lu}][\\p{L} .'’-]{1,30})?,\\s+(?:" + DateText.MONTH
                    + "\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+" + DateText.MONTH + "\\.?)(?:,?\\s*(\\d{4}))?\\s*"
                    + "\\((?<agency>(?-i:\\p{Lu})[\\p{L}&.' -]{1,40})\\)\\s*[-–—]",
            Pattern.CASE_INSENSITIVE);
    static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:(\\d{4})(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?"
                    + "((?-i:\\p{Lu})[\\p{L}\\d&'’. -]{1,60}?)\\s*(?:\\b(?:Ltd|Limited|Inc|LLC|plc|GmbH|S\\.A)\\.?)?"
                    + "\\s*(?:[.,|;·]|\\ball rights\\b|$)");
    /** A date in a path: "/2025/05/13/", "/2025-05-13-", "/20250513/". */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{2})[/-](\\d{2})(?=[/._-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=/)");
    private static final Pattern UPDATED_BRACKET = Pattern.compile("(?i)\\s*\\((?:last\\s+)?(?:updated|modified)\\b[^)]*\\)");
    /** A weekday, whole or abbreviated: "Friday", "Fri", "Thurs". */
    private static final String WEEKDAY_WORD = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
            + "(?:day|sday|nesday|rsday|urday)?";
    /** "Friday 31 October", "Fri, Oct 31", "31 October": a day and a month, nothing else. */
    private static final Pattern YEARLESS_DAY = Pattern.compile("(?i)(?:(" + WEEKDAY_WORD + ")\\.?,?\\s+)?(?:(\\d{1,2})"
            + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + DateText.MONTH + "|" + DateText.MONTH
            + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\.?");
    /**
     * A press-release or agency dateline with the full date: a place in capitals or title case (with its region),
     * a comma, the date, then the end of the line or a dash, optionally after the wire's name in slashes or brackets:
     * "BRUSSELS, 31 October 2025 – ", "OTTAWA, ON, Oct. 31, 2025 /Newswire/ -- ", "Ottawa, Ontario, October 31, 2025";
     * a story filed from two capitals names both ("KYIV/WARSAW, Tuesday 3 June 2025").
     */
    static final Pattern PLACE_DATELINE = Pattern.compile(
            "^\\s*[\\p{Lu}][\\p{L}.'’-]*(?:(?:\\s+|\\s*/\\s*)[\\p{Lu}][\\p{L}.'’-]*){0,3}"
                    + "(?:,\\s*[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,2}){0,2},\\s+(.{6,40}?)"
                    + "\\s*(?:$|(?:/[^/]{2,30}/|\\([^)]{2,30}\\))?\\s*[-–—])");
    /**
     * A news dateline with a day and month but no year and no agency in brackets: the place in capitals (with its
     * country or region), the day, then a dash that opens the story ("HUE, Viet Nam, March 14 -- ", "ACCRA, 14 March
     * – "). The capitals and the dash right after the day are what make it a dateline, not a sentence.
     */
    private static final Pattern BARE_DATELINE = Pattern.compile("^\\s*\\p{Lu}[\\p{Lu}.'’-]+(?:[ /]+\\p{Lu}[\\p{Lu}.'’-]+){0,2}"
            + "(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}){0,2},\\s+(?:(?i:" + WEEKDAY_WORD + ")\\.?,?\\s+)?"
            + "(?:(?i:" + DateText.MONTH + ")\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(?i:" + DateText.MONTH + "))(?:st|nd|rd|th)?\\s*(?:--|[–—-])\\s");
    /** "… for the week ending ", "Week to ": what names an issue after the last day of its week. */
    private static final Pattern WEEK_ENDING = Pattern.compile("(?i)\\bweek\\s+(?:ending|ended|to)\\s+(?:on\\s+)?(?:"
            + WEEKDAY_WORD + ",?\\s+)?");
    /** "Week of ", "The week beginning Monday ": what names a roundup by the first day of the week it covers. */
    private static final Pattern WEEK_OF = Pattern.compile("(?i)^\\W*(?:the\\s+)?week\\s+(?:of|beginning|commencing"
            + "|starting|from)\\s+(?:" + WEEKDAY_WORD + ",?\\s+)?");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b" + WEEKDAY_WORD + "\\b\\.?");
    /**
     * A clock time, with its zone: "14:20 GMT", "09:12 +07:00", or a place's time as a stamp names it ("09:12 Hanoi
     * time", "09:12 local time").
     */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?(?:\\s*(?:local|(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?)\\s+time\\b"
                    + "|\\s*\\(?[A-Z]{2,5}\\)?|\\s*[+-]\\d{2}:?\\d{2})?");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?![\\d/.])");
    private static final Pattern MONTH_FIRST_WORDS = Pattern.compile(
            "(?i)(?<!\\p{L})" + DateText.MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+\\d{4}");
    private static final Pattern DAY_FIRST_WORDS = Pattern.compile(
            "(?i)(?<![\\p{L}\\d])\\d{1,2}(?:st|nd|rd|th)?\\s+" + DateText.MONTH + "\\.?,?\\s+\\d{4}");

    private TextDates() {
    }

    /** Every signal the text states, added to {@code into}. */
    static DateSignals collect(String text, List<String> lines, DateSignals into) {
        BooleanSupplier monthFirst = lazyMonthFirst(text);
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            Matcher m = LEADING_DATE.matcher(lines.get(i));
            if (m.find()) {
                into.add(Signal.PUBLISHED_LINE, DateText.first(m.group(1)), null);
            }
        }
        // "Released 12 May 2025" over each release of a compilation, "12.05.2025 – A receives B." opening each entry of
        // a chronology: of two days or more, such lines date their items, not the file (session 16)
        boolean releases = distinctDays(lines, l -> Compilations.releaseDay(l, monthFirst));
        boolean entries = distinctDays(lines, l -> Compilations.entryDay(l, monthFirst));
        java.util.function.Predicate<String> item = l -> releases && Compilations.releaseDay(l, monthFirst) != null
                || entries && Compilations.entryDay(l, monthFirst) != null;
        into.add(Signal.PUBLISHED_LINE, lineDate(lines, LED_PUBLISHED_LINE, monthFirst, item), null);
        into.add(Signal.UPDATED_LINE, lineDate(lines, UPDATED_LINE, monthFirst, item), null);
        LocalDate lastItem = lastItemDay(lines, monthFirst, releases, entries);
        into.add(Signal.MASTHEAD, Compilations.rangeEnd(lines, monthFirst), "the last day of the range its title names");
        masthead(lines, monthFirst, into, lastItem != null, item);
        if (lastItem != null && !into.has(Signal.PUBLISHED_LINE) && !into.has(Signal.UPDATED_LINE)
                && !into.has(Signal.MASTHEAD)) {
            // a file of dated items ("14.02.2025 | LIMA | …" over each release) with no line saying when it was put
            // together: it went out with its last item, not with its first heading
            into.add(Signal.NUMERIC, lastItem, "the day of the file's last dated item");
        }
        if (!into.has(Signal.MASTHEAD)) {
            yearlessMasthead(text, lines, into);
        }
        urlDate(lines, into);
        dateline(text, lines, into);
        if (into.isEmpty()) {
            into.add(Signal.PUBLISHED_LINE, labelledInHeader(lines, monthFirst, item), "a date labelled inside a "
                    + "header line");
        }
        return into;
    }

    /**
     * The last resort for a file no other signal dates: a full date that a label word or an issue number leads
     * within the same clause of a header line ("Your Friday briefing — Issue 35, 5 September 2025", "Compiled by
     * the desk; first published 6 October 2025. Entries …"), whatever else the line holds. Header lines are the top
     * ones up to the first paragraph of running text.
     */
    private static LocalDate labelledInHeader(List<String> lines, BooleanSupplier monthFirst,
            java.util.function.Predicate<String> item) {
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            String line = MARKDOWN_EMPHASIS.matcher(lines.get(i)).replaceAll("").strip();
            if (line.length() > HEADER_LINE || line.isEmpty() || item.test(line)) {
                if (line.length() > HEADER_LINE) {
                    return null; // running text begins: a date after it is the story's, not the file's
                }
                continue;
            }
            int from = 0;
            DateText.Found f;
            while (from < line.length() && (f = find(line.substring(from), monthFirst)) != null) {
                int at = from + f.start();
                String before = line.substring(Math.max(0, at - 40), at);
                Matcher stop = CLAUSE_END.matcher(before);
                int clause = 0;
                while (stop.find()) {
                    clause = stop.end();
                }
                if (HEADER_LABEL.matcher(before.substring(clause)).find()
                        && CLAUSE_CLOSED.matcher(line).region(from + f.end(), line.length()).lookingAt()) {
                    return f.date();
                }
                from += f.end();
            }
        }
        return null;
    }

    /** Where a clause of a header line ends: a sentence's stop before a capital ("vol. 4" goes on), a semicolon. */
    private static final Pattern CLAUSE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})|;");
    /**
     * What may follow a header's date: the line's end, a stop or a separator, a comma before a name or a clock time
     * ("…, Accra", "…, 09:00"); not a sentence going on ("published on 3 June 2025 after a long delay").
     */
    private static final Pattern CLAUSE_CLOSED = Pattern.compile("\\s*(?:$|[.;|·•—–*)\\]/]|,\\s*(?:\\p{Lu}|\\d))");
    /** Longer than this, a line is running text rather than a header's. */
    private static final int HEADER_LINE = 240;
    /** What labels a header's date as the file's: the issue words, an issue or edition number, a newsletter noun. */
    private static final Pattern HEADER_LABEL = Pattern.compile("(?i)\\b(?:" + ISSUE_LABEL
            + "|updated|(?:issue|edition|number|no\\.|vol\\.|volume)\\s*\\d+|newsletter|bulletin|digest|briefing"
            + "|dispatch|roundup|letter)\\b");

    /**
     * "10/03/2025 09:00 AM EDT", "10/03/2025 4:15 p.m. ET": a twelve-hour clock or a North American time zone after a
     * slashed date says the date is written month first, as American sites print it (session 14).
     */
    private static final Pattern US_CLOCK = Pattern.compile("[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?(?!\\p{L})"
            + "|(?:E|C|M|P|A|H)[SD]?T\\b)");

    /** {@link #monthFirst} worked out only if an ambiguous numeric date needs it. */
    private static BooleanSupplier lazyMonthFirst(String text) {
        Boolean[] memo = new Boolean[1];
        return () -> {
            if (memo[0] == null) {
                memo[0] = monthFirst(text);
            }
            return memo[0];
        };
    }

    /** Whether numeric dates read month first: the text writes "May 13, 2025" and never "13 May 2025". */
    static boolean monthFirst(String text) {
        String head = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        return MONTH_FIRST_WORDS.matcher(head).find() && !DAY_FIRST_WORDS.matcher(head).find();
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

    /** A date in a text, also numeric with both parts up to 12 (day first unless the text writes month first). */
    static DateText.Found find(String s, boolean monthFirst) {
        return find(s, () -> monthFirst);
    }

    static DateText.Found find(String s, BooleanSupplier monthFirst) {
        if (!DateText.hasYear(s)) {
            return null;
        }
        DateText.Found f = DateText.find(s);
        Matcher m = NUMERIC.matcher(s);
        if (m.find() && (f == null || m.start() < f.start())) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            boolean ambiguous = a <= 12 && b <= 12;
            boolean us = ambiguous && m.group(2).equals("/")
                    && (US_CLOCK.matcher(s).region(m.end(), s.length()).lookingAt() || monthFirst.getAsBoolean());
            LocalDate d = us ? DateText.date(year, a, b)
                    : a > 12 || ambiguous ? DateText.date(year, b, a) : DateText.date(year, a, b);
            if (d != null) {
                return new DateText.Found(d, m.start(), m.end());
            }
        }
        return f;
    }

    private static LocalDate lineDate(List<String> lines, Pattern p, BooleanSupplier monthFirst,
            java.util.function.Predicate<String> item) {
        for (String line : edges(lines)) {
            if (line.length() > 400 || !DateText.hasYear(line) || item.test(line)) {
                continue;
            }
            String plain = MARKDOWN_EMPHASIS.matcher(line).replaceAll("");
            if (line.length() > 160) {
                // A standfirst that ends on its own date: "*A weekly look at the ports. Published Sunday 7 April
                // 2024.*" — only the last sentence, which must open with the label.
                int last = plain.lastIndexOf(". ", plain.length() - 3);
                if (last < 0) {
                    continue;
                }
                plain = plain.substring(last + 2);
            }
            // Markdown emphasis and a short lead-in ("*Press release — Published: 2 May 2025*") do not hide the label.
            for (String part : parts(plain)) {
                LocalDate d = labelledDate(part, p, monthFirst);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The day a part of a line labels with {@code p} ("Published 3 March 2024"), or null. */
    private static LocalDate labelledDate(String part, Pattern p, BooleanSupplier monthFirst) {
        Matcher m = p.matcher(part);
        if (!m.find()) {
            return null;
        }
        String rest = m.group(1);
        Matcher by = BY_AGENT.matcher(rest);
        if (by.lookingAt()) {
            rest = rest.substring(by.end()); // "Compiled by the Nordic Desk, 2 December 2024": who, then when
        }
        DateText.Found f = find(rest, monthFirst);
        // The date must open what follows the label: "Published 3 March 2024", not a sentence; after a lead-in
        // ("Transcript posted 20/11/2025") it must also close the line.
        boolean leadIn = leadWord(part);
        return f != null && f.start() <= 16 && (!leadIn || rest.length() - f.end() <= 20) ? f.date() : null;
    }

    /** "by the Nordic Desk, ", "by Ana Ruiz on ": who issued the text, named between the label and the date. */
    private static final Pattern BY_AGENT = Pattern.compile("(?i)by\\s+[^,;:\\d]{2,60}?(?:,|\\s+on\\b)\\s*");

    /** Whether a line labels the day the text went out ("Show notes - aired Thursday, March 6, 2025"): no headline. */
    static boolean issueDateLine(String line) {
        if (line.length() > 400 || !DateText.hasYear(line)) {
            return false;
        }
        for (String part : parts(MARKDOWN_EMPHASIS.matcher(line).replaceAll(""))) {
            if (labelledDate(part, LED_PUBLISHED_LINE, () -> false) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of a line (split at bars, dots and wide gaps), and the last sentence of a part that holds more than
     * one ("A weekly look at the ports. Published Sunday 7 April 2024.").
     */
    static List<String> parts(String line) {
        String[] split = LINE_PARTS.split(line);
        List<String> out = new java.util.ArrayList<>(split.length + 1);
        for (String part : split) {
            out.add(part);
            int stop = part.lastIndexOf(". ", part.length() - 3);
            if (stop > 0) {
                out.add(part.substring(stop + 2));
            }
        }
        return out;
    }

    private static boolean leadWord(String part) {
        return !part.strip().matches("(?i)^(?:last\\s+)?(?:" + ISSUE_LABEL + "|updated|modified|last modified)\\b.*");
    }

    /**
     * A date standing alone near the top, as a line or as one part of a masthead line ("Sunday 18 May 2025 · Issue
     * 112"): MASTHEAD when the month is named, NUMERIC for "2025-05-13" or "13/05/2025".
     */
    private static void masthead(List<String> lines, BooleanSupplier monthFirst, DateSignals into, boolean items,
            java.util.function.Predicate<String> item) {
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            if (items && itemDay(lines.get(i), monthFirst) != null || item.test(lines.get(i))) {
                continue; // an item's heading in a file of dated items dates its item, not the file
            }
            String line = MARKDOWN_EMPHASIS.matcher(lines.get(i)).replaceAll("").strip();
            if (line.isEmpty() || line.length() > 160) {
                continue;
            }
            // "30 October 2025 (updated 31 October 2025)": the first day is the publication, the bracket a later edit.
            line = UPDATED_BRACKET.matcher(line).replaceAll("");
            for (String part : LINE_PARTS.split(line)) {
                DateText.Found f = find(part, monthFirst);
                if (f != null && !onlyADate(part, f) && part.contains("eek")) {
                    // a weekly issue named for the day its week closes: "Roundup for the week ending 7 April 2024"
                    Matcher w = WEEK_ENDING.matcher(part);
                    if (w.find() && w.end() == f.start() && part.length() - f.end() <= 2) {
                        into.add(Signal.MASTHEAD, f.date(), "the day the issue's week closes");
                        return;
                    }
                }
                if (f != null && !onlyADate(part, f) && issuedOn(part, f)) {
                    into.add(Signal.MASTHEAD, f.date(), "the day the text says it was compiled or issued");
                    return;
                }
                if (f != null && !onlyADate(part, f) && part.length() - f.end() <= 2) {
                    Matcher w = WEEK_OF.matcher(part);
                    if (w.find() && w.end() == f.start()) {
                        // "Week of 2 June 2025" over a roundup: the issue went out with the week's last entry
                        LocalDate last = Compilations.lastEntryWithin(lines, f.date(), f.date().plusDays(6));
                        into.add(Signal.MASTHEAD, last != null ? last : f.date(), last != null
                                ? "the last entry of the week the issue's title names" : "the week the issue's title names");
                        return;
                    }
                }
                if (f != null && !onlyADate(part, f) && part.length() - f.end() <= 2 && i < TOP_LINES / 3
                        && Compilations.issueName(part.substring(0, f.start()))) {
                    // "Weekly roundup, 16 May 2025", "The Gulf Digest – 3 June 2025": the issue's own day (session 16)
                    into.add(Signal.MASTHEAD, f.date(), "the day a compiled issue's title names");
                    return;
                }
                if (f != null && !onlyADate(part, f) && sessionHeader(part, f)) {
                    into.add(Signal.MASTHEAD, f.date(), "the date line of a transcript (day, time, room)");
                    return;
                }
                if (f != null && onlyADate(part, f)) {
                    boolean named = part.substring(f.start(), f.end()).matches("(?s).*\\p{L}{3}.*");
                    into.add(named ? Signal.MASTHEAD : Signal.NUMERIC, f.date(), null);
                    if (into.has(Signal.MASTHEAD)) {
                        return;
                    }
                }
            }
        }
    }

    /** Runs of ruler characters at the ends of a line: "==== 14.02.2025 | LIMA ====". */
    private static final Pattern RULER_ENDS = Pattern.compile("^[=_~*#\\-–—]{3,}\\s*|\\s*[=_~*#\\-–—]{3,}$");

    /**
     * The latest day of the text's dated item headings when it has dated headings of two days or more: lines whose one
     * full date stands between bars ("14.02.2025 | LIMA | Ministers meet", "STATEMENT | 3 MARCH 2025") or is a
     * numeric day alone ("05.03.2025"), the shape of a file that gathers dated releases; null otherwise. Their days
     * date sections, not the file.
     */
    private static LocalDate lastItemDay(List<String> lines, BooleanSupplier monthFirst, boolean releases,
            boolean entries) {
        LocalDate first = null;
        LocalDate last = null;
        for (String line : edges(lines)) {
            LocalDate d = itemDay(line, monthFirst);
            if (d == null && releases) {
                d = Compilations.releaseDay(line, monthFirst);
            }
            if (d == null && entries) {
                d = Compilations.entryDay(line, monthFirst);
            }
            if (d != null) {
                first = first == null ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        return first != null && !first.equals(last) ? last : null;
    }

    /** Whether lines of the text's edges give two days or more by {@code day}. */
    private static boolean distinctDays(List<String> lines, java.util.function.Function<String, LocalDate> day) {
        LocalDate first = null;
        for (String line : edges(lines)) {
            LocalDate d = day.apply(line);
            if (d != null) {
                if (first != null && !first.equals(d)) {
                    return true;
                }
                first = first == null ? d : first;
            }
        }
        return false;
    }

    private static LocalDate itemDay(String line, BooleanSupplier monthFirst) {
        if (line.length() > 160 || !DateText.hasYear(line)) {
            return null;
        }
        String l = MARKDOWN_EMPHASIS.matcher(RULER_ENDS.matcher(line.strip()).replaceAll("")).replaceAll("").strip();
        if (l.isEmpty() || ".:;!?".indexOf(l.charAt(l.length() - 1)) >= 0) {
            return null;
        }
        String[] parts = LINE_PARTS.split(l);
        LocalDate day = null;
        boolean placed = false;
        for (String part : parts) {
            DateText.Found f = find(part, monthFirst);
            Matcher place = ISSUED_IN.matcher(part);
            boolean issuedIn = f != null && parts.length > 1 && place.lookingAt() && place.end() <= f.start()
                    && onlyADate(part.substring(place.end()), find(part.substring(place.end()), monthFirst));
            if (f != null && (onlyADate(part, f) || issuedIn)) {
                if (day != null || !leadWord(part)) {
                    return null;
                }
                day = f.date();
                placed = issuedIn;
            } else if (part.isBlank() || part.strip().endsWith(".") || !leadWord(part)
                    || part.strip().split("\\s+").length > 12) {
                return null; // a sentence, or a label of publication ("Published | 3 March 2025")
            }
        }
        boolean numeric = parts.length == 1 && Character.isDigit(l.charAt(0)) && !l.matches("(?s).*\\p{L}{3}.*");
        // (a heading led by its weekday, "Monday, 10 March 2025", alone on its line, too)
        boolean weekdayLed = parts.length == 1 && WEEKDAY.matcher(l).lookingAt();
        return day != null && (numeric || placed || weekdayLed || l.contains("|")) ? day : null;
    }

    /**
     * "Lima, ", "SANTIAGO DE CHILE, ": the place a release was issued in, before its day, in an item's heading after
     * its issuer ("[3] Foreign Ministry of Chile - Santiago, 4 March 2026").
     */
    private static final Pattern ISSUED_IN = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}'’.-]+(?:[ -](?:\\p{Lu}[\\p{L}'’.-]+"
            + "|de|del|da|do|la|el|of|upon|am|sur|DE|DEL|LA|EL)){0,3},\\s*){1,2}");

    /**
     * A day and month standing alone near the top without a year ("Friday 31 October" under a newsletter's name):
     * the year comes from the copyright line or a full date in the text, and a weekday, when given, must fit it.
     */
    private static void yearlessMasthead(String text, List<String> lines, DateSignals into) {
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            String line = MARKDOWN_EMPHASIS.matcher(lines.get(i)).replaceAll("").strip();
            if (line.isEmpty() || line.length() > 80) {
                continue;
            }
            for (String part : LINE_PARTS.split(line)) {
                Matcher m = YEARLESS_DAY.matcher(part.strip());
                if (m.matches()) {
                    int month = DateText.month(m.group(3) != null ? m.group(3) : m.group(4));
                    int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(5));
                    LocalDate d = withYear(text, lines, month, day, m.group(1));
                    if (d != null) {
                        into.add(Signal.MASTHEAD, d, "day and month under the masthead, year from the text");
                        return;
                    }
                }
            }
        }
    }

    /** The day in the year the text gives (copyright line first); a named weekday must fall on it. */
    private static LocalDate withYear(String text, List<String> lines, int month, int day, String weekday) {
        Integer year = copyrightYear(lines);
        if (year == null && weekday != null) {
            year = yearOfSameDay(fullDates(text), month, day);
        }
        LocalDate d = year == null ? null : DateText.date(year, month, day);
        if (d == null || weekday == null) {
            return d;
        }
        return fallsOn(d, weekday) ? d : null;
    }

    /** Whether the day is the named weekday ("Tue", "Tuesday", "tues": its first three letters decide). */
    private static boolean fallsOn(LocalDate d, String weekday) {
        String named = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return named.regionMatches(true, 0, weekday, 0, 3);
    }

    /**
     * The header of a briefing transcript or a session's minutes: the day (maybe after its weekday), then the clock
     * time, then where ("Friday, 14 March 2025, 11:30 a.m., Briefing Room B, Geneva"). A sentence never opens with
     * a full date followed straight by a clock time.
     */
    private static boolean sessionHeader(String part, DateText.Found f) {
        String lead = WEEKDAY.matcher(part.substring(0, f.start())).replaceAll(" ");
        String after = part.substring(f.end());
        if (RECORDING_LABEL.matcher(lead).matches()) {
            // "Broadcast transcript, Monday 2 June 2025, 07:10 CET", "Air date: 2 June 2025": the day it went out
            return after.replaceAll("[\\p{P}\\s]+", "").isEmpty() || SESSION_TIME.matcher(after).lookingAt();
        }
        if (!lead.replaceAll("[\\p{P}\\s]+", "").isEmpty()) {
            return false;
        }
        Matcher c = SESSION_TIME.matcher(after);
        return c.lookingAt() && after.length() - c.end() <= 80;
    }

    /**
     * "client digest compiled 20 November 2025", "Briefing issued on 3 June 2025": what the text is, said in lower
     * case, then the word for its making and the day, and nothing after (session 16).
     */
    private static boolean issuedOn(String part, DateText.Found f) {
        return ISSUED_LABEL.matcher(part.substring(0, f.start())).matches()
                && part.substring(f.end()).replaceAll("[\\p{P}\\s]+", "").isEmpty();
    }

    private static final Pattern ISSUED_LABEL = Pattern.compile("(?i)\\s*(?:[\\p{L}-]+\\s+){1,3}(?:compiled|issued"
            + "|published|released|prepared|produced)\\s+(?:on\\s+)?[,:]?\\s*");

    /**
     * What a transcript's or programme's date line says before its day: "Broadcast transcript,", "Air date:",
     * "Recorded on", "Episode 12, aired" (session 16).
     */
    private static final Pattern RECORDING_LABEL = Pattern.compile("(?i)\\s*(?:[\\p{L}\\d-]+,?\\s+){0,3}(?:transcript|broadcast"
            + "|aired|air\\s+date|recorded|recording|episode(?:\\s+\\d+)?|programme|program|segment)\\s*(?:on|of)?"
            + "\\s*[,:–—-]?\\s*");

    /** ", 11:30 a.m.", " at 10.00", " - 14:00 GMT": the clock time right after a transcript header's date. */
    private static final Pattern SESSION_TIME = Pattern.compile("(?i)\\s*[,;–—-]?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}"
            + "(?:\\s*[ap]\\.?m\\.?)?");

    /** A part that holds a date and nothing else but a weekday, a clock time and punctuation. */
    static boolean onlyADate(String part, DateText.Found f) {
        String rest = part.substring(0, f.start()) + " " + part.substring(f.end());
        rest = CLOCK.matcher(WEEKDAY.matcher(rest).replaceAll(" ")).replaceAll(" ");
        rest = rest.replaceAll("(?i)\\b(?:at|on|the|local time)\\b", " ").replaceAll("[\\p{P}\\s]+", "");
        return rest.length() <= 4 && rest.equals(rest.toUpperCase(java.util.Locale.ROOT));
    }

    /** A date in the path of a URL line near the top or bottom (the page's own address, as a browser prints it). */
    private static void urlDate(List<String> lines, DateSignals into) {
        for (String line : edges(lines)) {
            if (line.length() > 300 || !line.contains("://") && !line.contains("www.")) {
                continue;
            }
            Matcher u = URL.matcher(line);
            while (u.find()) {
                LocalDate d = urlDate(u.group());
                if (d != null) {
                    into.add(Signal.URL, d, null);
                    return;
                }
            }
        }
    }

    /** The date a URL's path gives ("…/2025/05/13/talks"), or null. */
    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        int g = m.group(1) != null ? 1 : 4;
        return DateText.date(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
                Integer.parseInt(m.group(g + 2)));
    }

    /** An agency dateline's day; the year must come from the dateline or from elsewhere in the text. */
    static void dateline(String text, List<String> lines, DateSignals into) {
        if (placeDateline(lines, into)) {
            return;
        }
        // Datelines open a story; looking further costs time and finds quotes of other wires.
        Matcher m = DATELINE.matcher(text.length() > 3000 ? text.substring(0, 3000) : text);
        int month;
        int day;
        int leadFrom;
        if (m.find()) {
            leadFrom = m.start();
            month = DateText.month(m.group(1) != null ? m.group(1) : m.group(4));
            day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            if (m.group(5) != null) {
                into.add(Signal.DATELINE, DateText.date(Integer.parseInt(m.group(5)), month, day), null);
                return;
            }
        } else {
            Matcher bare = bareDateline(lines);
            if (bare == null) {
                return;
            }
            leadFrom = Math.max(0, text.indexOf(bare.group()));
            month = DateText.month(bare.group(1) != null ? bare.group(1) : bare.group(4));
            day = Integer.parseInt(bare.group(2) != null ? bare.group(2) : bare.group(3));
        }
        List<LocalDate> dates = fullDates(text);
        Integer year = yearOfSameDay(dates, month, day);
        if (year != null) {
            LocalDate later = laterYearByWeekday(text, dates, leadFrom, month, day, year);
            if (later != null) {
                into.add(Signal.DATELINE, later, "year after a date in the text: the lead's weekday falls on the day "
                        + "then");
                return;
            }
            into.add(Signal.DATELINE, DateText.date(year, month, day), "year from a date in the text");
            return;
        }
        year = copyrightYear(lines);
        if (year != null) {
            into.add(Signal.DATELINE, DateText.date(year, month, day), "year from the copyright line");
            return;
        }
        LocalDate inferred = yearFromLeadWeekday(text, leadFrom, month, day, today());
        if (inferred != null) {
            into.add(Signal.DATELINE, inferred, "year inferred: the latest year in which the day falls on the weekday "
                    + "the lead names");
        }
    }

    /**
     * Today, for the one signal that depends on it (a yearless dateline's inferred year): the system property
     * {@code parley.today} (an ISO date) when set, so that a re-read or a test gives the same dates on any day.
     */
    static LocalDate today() {
        String fixed = System.getProperty("parley.today");
        return fixed == null || fixed.isBlank() ? LocalDate.now() : LocalDate.parse(fixed.strip());
    }

    /** The weekday the dateline or the story's lead names first ("ACCRA, Tuesday, 14 March", "met on Tuesday"). */
    private static final Pattern LEAD_WEEKDAY = Pattern.compile("(?i)(?:\\b(?:on|late|early|this|since|by|until|from)\\s+|,\\s*)("
            + WEEKDAY_WORD + ")\\b");
    /** How far back a yearless wire dateline's year is looked for: past this the weekday recurs too often to tell. */
    private static final int INFERRED_YEARS = 6;

    /**
     * A wire story with a yearless dateline and no year anywhere: wire style names the dateline's own day by its
     * weekday in the lead ("TROMSØ, Mar 4 (Fjordpost) - Ministers met on Tuesday"), so the year is the latest one,
     * not after {@code today}, in which that day falls on that weekday. Null when the lead names no weekday or no
     * year of the last few fits (a weekday for another day of the week before).
     */
    static LocalDate yearFromLeadWeekday(String text, int leadFrom, int month, int day, LocalDate today) {
        String lead = text.substring(leadFrom, Math.min(text.length(), leadFrom + 600));
        Matcher w = LEAD_WEEKDAY.matcher(lead);
        if (!w.find()) {
            return null;
        }
        String weekday = w.group(1);
        for (int year = today.getYear(); year > today.getYear() - INFERRED_YEARS; year--) {
            LocalDate d = DateText.date(year, month, day);
            if (d != null && !d.isAfter(today) && fallsOn(d, weekday)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The year after {@code year} when the only full dates near the dateline's day lie after it in {@code year} (a
     * story filed "June 19" that recalls "July 31, 2024": history from the year before, not news from six weeks
     * ahead) and the lead's weekday falls on the day in the year after, not after today; null otherwise. A date in the
     * text on or before the day keeps its year: it is what the story reports.
     */
    static LocalDate laterYearByWeekday(String text, List<LocalDate> dates, int leadFrom, int month, int day,
            int year) {
        LocalDate day0 = DateText.date(year, month, day);
        LocalDate next = DateText.date(year + 1, month, day);
        if (day0 == null || next == null || next.isAfter(today()) || !onlyLaterNearDates(dates, day0)) {
            return null;
        }
        LocalDate byWeekday = yearFromLeadWeekday(text, leadFrom, month, day, next);
        return next.equals(byWeekday) ? next : null;
    }

    /** Whether every full date of the text within 45 days of {@code day} lies after it. */
    private static boolean onlyLaterNearDates(List<LocalDate> dates, LocalDate day) {
        boolean any = false;
        for (LocalDate d : dates) {
            long gap = ChronoUnit.DAYS.between(day, d);
            if (Math.abs(gap) <= 45) {
                if (gap <= 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** A dateline with no agency and no year ({@link #BARE_DATELINE}) among the top lines, or null. */
    private static Matcher bareDateline(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            String line = lines.get(i);
            if (line.length() < 12 || line.indexOf(',') < 0 || line.indexOf('-') < 0 && line.indexOf('–') < 0
                    && line.indexOf('—') < 0) {
                continue; // a comma after the place and a dash after the day: a cheap look before the pattern
            }
            Matcher m = BARE_DATELINE.matcher(line);
            if (m.find()) {
                return m;
            }
        }
        return null;
    }

    /** A dateline that states the full date ({@link #PLACE_DATELINE}) in the top lines; whether one was found. */
    private static boolean placeDateline(List<String> lines, DateSignals into) {
        for (int i = 0; i < Math.min(lines.size(), TOP_LINES); i++) {
            String line = lines.get(i);
            if (line.length() < 12 || !DateText.hasYear(line)) {
                continue;
            }
            Matcher m = PLACE_DATELINE.matcher(line);
            if (m.find()) {
                String date = WEEKDAY.matcher(m.group(1)).replaceFirst("").strip();
                DateText.Found f = DateText.find(date);
                if (f != null && f.start() <= 1 && (date.length() - f.end() <= 1
                        || DATELINE_CLOCK.matcher(date.substring(f.end())).matches())) {
                    into.add(Signal.DATELINE, f.date(), "place and full date");
                    return true;
                }
            }
        }
        return false;
    }

    /** ", 18:10 CET", " at 09:30", " - 14.00 GMT": the clock time a readout's dateline gives after its day. */
    private static final Pattern DATELINE_CLOCK = Pattern.compile("(?i)\\s*[,;–—-]?\\s*\\(?(?:at\\s+)?\\d{1,2}[:.]\\d{2}"
            + "(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,5}\\)?|\\s+local time)?\\)?\\s*[.,]?");

    /**
     * The year of a full date in the text on the dateline's day, else of one within 45 days of it (a story filed on
     * "Aug 19" that mentions "August 18, 2025"); null when the text has neither.
     */
    private static Integer yearOfSameDay(List<LocalDate> dates, int month, int day) {
        Integer near = null;
        for (LocalDate d : dates) {
            if (d.getMonthValue() == month && d.getDayOfMonth() == day) {
                return d.getYear();
            }
            for (int year = d.getYear() - 1; near == null && year <= d.getYear() + 1; year++) {
                LocalDate candidate = DateText.date(year, month, day);
                if (candidate != null && Math.abs(ChronoUnit.DAYS.between(candidate, d)) <= 45) {
                    near = year;
                }
            }
        }
        return near;
    }

    /** Every full date the text states, in order (what a yearless dateline's year is looked for in). */
    private static List<LocalDate> fullDates(String text) {
        List<LocalDate> out = new java.util.ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            DateText.Found f = DateText.find(text.substring(from));
            if (f == null) {
                break;
            }
            out.add(f.date());
            from += f.end();
        }
        return out;
    }

    /** Whether a line may hold a copyright notice: a cheap test before the pattern. */
    static boolean mayBeCopyright(String line) {
        return line.indexOf('©') >= 0 || line.contains("(c)") || line.contains("(C)") || line.contains("opyright")
                || line.contains("OPYRIGHT");
    }

    private static Integer copyrightYear(List<String> lines) {
        for (String line : edges(lines)) {
            if (line.length() > 400 || !mayBeCopyright(line)) {
                continue;
            }
            Matcher m = COPYRIGHT.matcher(line);
            if (m.find() && m.group(1) != null) {
                return Integer.parseInt(m.group(1));
            }
            Matcher after = YEAR_AFTER_OWNER.matcher(line);
            if (after.find()) {
                return Integer.parseInt(after.group(after.group(2) != null ? 2 : 1)); // "2022-2024": the last
            }
        }
        return null;
    }

    /**
     * "© Coast Wire 2024", "(c) Andes Press Agency 2025. All rights reserved": the owner's name before the year, as
     * many wires write it (session 17; before, only "© 2024 Coast Wire" gave the year, and a yearless dateline then
     * took its year from the lead's weekday, which names the event's day rather than the dateline's).
     */
    private static final Pattern YEAR_AFTER_OWNER = Pattern.compile("(?i)(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?"
            + "(?-i:\\p{Lu})[\\p{L}&'’. -]{1,60}?\\s((?:19|20)\\d{2})(?:\\s*[-–]\\s*((?:19|20)\\d{2}))?(?!\\d)");
}
