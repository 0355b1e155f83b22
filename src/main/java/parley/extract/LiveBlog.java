package parley.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * The one reading of a live blog (session 16): its entries open with a clock time ("14:05", "14.05 GMT", "2:05pm",
 * "**14:05** —", "### 18:40", "18:40 BST Updated", "[14:05]", "Posted at 9:12 AM ET"), alone on the line above the
 * entry or opening its first line. Two such lines make a live blog. Each entry is on a day: the day heading above it
 * ("Tuesday 6 May", "Yesterday's updates"; {@link SectionDates} reads those), else the blog's day (a day its title
 * names, "Saturday 10 May – as it happened", else the article's), moved by the nights the stamps cross: 22:50 then
 * 00:15 is the next day in a blog told oldest first, 00:15 then 22:50 the day before in one told newest first.
 * Which entry the header's day belongs to follows the header: the first published is the oldest entry's day, the
 * last updated the newest's.
 */
final class LiveBlog {
    /**
     * A stamp opening a line: markup, "Updated"/"Posted at", the clock (minutes followed by a dot and digits are a
     * date), am/pm, a zone, a trailing "Updated", closing markup, then a dash or the entry's first capital.
     */
    private static final Pattern STAMP = Pattern.compile("(?:#{1,6}\\s+|[-•>]\\s+)?(?:\\*\\*|__|\\[|\\()?\\s*"
            + "(?:(?i:updated|posted)(?:\\s+(?i:at|on))?\\s+)?"
            + "(?<h>\\d{1,2})(?:[:.](?<m>\\d{2})(?![.\\d]))?\\s*(?<ap>(?i:am|pm|a\\.m\\.|p\\.m\\.))?"
            + "(?:\\s*(?<![\\p{L}])(?-i:[A-Z]{2,5})(?![\\p{L}])|\\s+(?i:local time))?(?:\\s+(?i:updated))?"
            + "\\s*(?:\\*\\*|__|\\]|\\))?[ \\t]*(?:(?<dash>[—–|:-])[ \\t]*)?(?:(?=\\p{Lu}|\\*\\*|[\"“])|$)");
    /** A header line that says when the blog was first put up, or last updated (which entry the header's day is). */
    private static final Pattern FIRST = Pattern.compile("(?im)^\\W*(?:first\\s+)?published\\b");
    private static final Pattern LAST = Pattern.compile("(?im)^\\W*(?:last\\s+)?(?:updated|modified)\\b");
    /** A title that calls the page a live blog: "… – live", "Live: …", "live updates", "as it happened". */
    private static final Pattern BLOG_TITLE = Pattern.compile("(?i)\\blive\\b|as it happened");
    /** Evening and early morning: a stamp falling from the one to the other crossed midnight. */
    private static final int EVENING = 18 * 60;
    private static final int MORNING = 6 * 60;
    private static final int HEADER = 400;

    /** A stamp: the line it opens, its words, its minute of the day, whether it stands alone on its line. */
    record Stamp(int line, int end, int to, String phrase, int minute, boolean alone) {
        /** Whether a time of the text is this stamp: the entry's time of posting, no event's time. */
        boolean holds(Timex t) {
            return t.start() >= line && t.end() <= to;
        }
    }

    private final List<Stamp> stamps = new ArrayList<>();
    /** Nights crossed from the first stamp to each stamp, counted forward (negative in a newest-first blog). */
    private final int[] nights;
    private final boolean blog;
    /** The day the blog's title names, or null. */
    private final LocalDate titleDay;
    /** Whether the header's day belongs to the last entry in reading order rather than the first. */
    private final boolean pinLast;

    /** Reading state: the stamp reached, the stamp its day run began at, and the heading day of that run. */
    private int at = -1;
    private int runStart;
    private LocalDate runHeading;

    LiveBlog(String text, LocalDate anchor) {
        int ls = 0;
        while (ls < text.length()) {
            int le = text.indexOf('\n', ls);
            le = le < 0 ? text.length() : le;
            Stamp s = stamp(text, ls, le);
            if (s != null) {
                stamps.add(s);
            }
            ls = le + 1;
        }
        blog = stamps.size() >= 2;
        nights = new int[stamps.size()];
        int up = 0;
        int down = 0;
        for (int i = 1; i < stamps.size(); i++) {
            int a = stamps.get(i - 1).minute();
            int b = stamps.get(i).minute();
            if (!overnight(a, b) && !overnight(b, a)) {
                up += b > a ? 1 : 0;
                down += b < a ? 1 : 0;
            }
        }
        boolean newestFirst = down > up;
        for (int i = 1; i < stamps.size(); i++) {
            int a = stamps.get(i - 1).minute();
            int b = stamps.get(i).minute();
            int step = !newestFirst && overnight(a, b) ? 1 : newestFirst && overnight(b, a) ? -1 : 0;
            nights[i] = nights[i - 1] + step;
        }
        String head = text.substring(0, Math.min(text.length(), stamps.isEmpty() ? HEADER
                : Math.min(HEADER, stamps.get(0).line())));
        titleDay = blog ? titleDay(text, anchor) : null;
        boolean first = FIRST.matcher(head).find();
        boolean last = !first && LAST.matcher(head).find();
        pinLast = titleDay == null && (newestFirst ? first : last);
    }

    /** "22:50" then "00:15": from the evening into the small hours. */
    private static boolean overnight(int before, int after) {
        return before >= EVENING && after < MORNING;
    }

    /** The stamp opening the line [ls, le), or null. */
    static Stamp stamp(String text, int ls, int le) {
        while (ls < le && Character.isWhitespace(text.charAt(ls))) {
            ls++;
        }
        if (ls >= le || !(Character.isDigit(text.charAt(ls)) || "#*_[(-•>UuPp".indexOf(text.charAt(ls)) >= 0)) {
            return null;
        }
        Matcher m = STAMP.matcher(text).region(ls, le);
        if (!m.lookingAt() || m.group("m") == null && m.group("ap") == null) {
            return null;
        }
        int h = Integer.parseInt(m.group("h"));
        int min = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
        String ap = m.group("ap") == null ? "" : m.group("ap").toLowerCase(java.util.Locale.ROOT);
        if (h > 23 || min > 59 || !ap.isEmpty() && (h == 0 || h > 12)) {
            return null;
        }
        if (ap.startsWith("p") && h < 12) {
            h += 12;
        } else if (ap.startsWith("a") && h == 12) {
            h = 0;
        }
        boolean alone = text.substring(m.end(), le).isBlank();
        String phrase = text.substring(ls, m.end()).replaceAll("^[#*_\\[(>•\\s-]+|[*_\\])\\s—–|:-]+$", "");
        return new Stamp(ls, le, m.end(), phrase, h * 60 + min, alone);
    }

    /** The one day a blog's title names ("Saturday 10 May 2025 – as it happened"), when it is not after the article. */
    private static LocalDate titleDay(String text, LocalDate anchor) {
        int le = text.indexOf('\n');
        String title = text.substring(0, le < 0 ? text.length() : le);
        if (anchor == null || !BLOG_TITLE.matcher(title).find()) {
            return null;
        }
        LocalDate day = null;
        for (Timex t : TimexTagger.tag(text, 0, title.length())) {
            if (t.kind() != Timex.Kind.DAY_OF_MONTH && t.kind() != Timex.Kind.WEEKDAY) {
                return null;
            }
            parley.extract.time.Resolution r = parley.extract.time.DateResolver.resolve(t, anchor,
                    parley.extract.time.Tense.PAST, null);
            if (!r.resolved() || !r.date().known() || r.date().end() != null
                    || r.date().precision() != parley.domain.Precision.DAY || day != null
                    && !day.equals(r.date().start())) {
                return null; // ("Saturday 10 May": the weekday and the date name one day)
            }
            day = r.date().start();
        }
        return day == null || day.isAfter(anchor) || day.isBefore(anchor.minusDays(7)) ? null : day;
    }

    /** Whether the text is a live blog: two lines or more open with a time stamp. */
    boolean blog() {
        return blog;
    }

    /**
     * Reading reached {@code offset} under the day heading {@code heading} (null: none): the entry it is in is the
     * last stamp at or before it; a new heading day begins a new run of stamps, counted from its first.
     */
    void reach(int offset, LocalDate heading) {
        if (!blog) {
            return;
        }
        while (at + 1 < stamps.size() && stamps.get(at + 1).line() <= offset) {
            at++;
            if (at == 0 || !java.util.Objects.equals(heading, runHeading)) {
                runStart = at;
                runHeading = heading;
            }
        }
    }

    /** Whether the span [start, end) is only a stamp on its line (it tells nothing). */
    boolean alone(int start, int end) {
        if (!blog || at < 0) {
            return false;
        }
        Stamp s = stamps.get(at);
        return s.alone() && s.line() <= start && end <= s.end();
    }

    /** The stamp of the entry being read, or null outside a live blog's entries. */
    Stamp entry() {
        return blog && at >= 0 ? stamps.get(at) : null;
    }

    /**
     * The day of the entry being read, given the day heading above it (null: none) and the article's day; null
     * outside a live blog's entries.
     */
    LocalDate day(LocalDate heading, LocalDate anchor) {
        if (!blog || at < 0) {
            return null;
        }
        if (heading != null) {
            return heading.plusDays(nights[at] - nights[runStart]);
        }
        LocalDate base = base(anchor);
        if (base == null) {
            return null;
        }
        int pin = pinLast ? stamps.size() - 1 : runStart;
        return base.plusDays(nights[at] - nights[pin]);
    }

    /** The blog's own day: the one its title names, else the article's. */
    LocalDate base(LocalDate anchor) {
        return titleDay != null ? titleDay : anchor;
    }
}
