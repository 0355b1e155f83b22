package parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.time.Timex;
import parley.extract.time.TimexTagger;

/**
 * The fall-back for a line that dates what follows it, in whatever layout (session 18): the specific readers
 * ({@link DatedHeadings}, {@link ItemLines}, {@link CapitalDays}, {@link ChronologyEntries}, the heading and lead
 * forms of {@link SectionDates}) each know a few layouts, and every new set of articles brings one they do not ("— 14/05
 * —", "[14.05.2025]", "(14 May)", "Wednesday 14.05.", "» 14 May 2025", "~ Thu 15.5. ~", "WEDNESDAY", "Date of meeting:
 * 14.05.2025"). A line qualifies when it is short, is no sentence (every word is a date word, a number, a label word,
 * a capitalised name or label; no small word that could be a verb) and gives one day or weekday: in any form the
 * tagger reads (in any letter case), or in figures (D.M.YYYY, D/M/YYYY, D/M, D.M., D.ROMAN.YYYY, YYYY/M/D).
 * Furniture is turned away: publication stamps, bylines, copyright and credit lines, plan lines ("Next meeting: 4
 * July"), menus, sign-offs, quotations. {@link SectionDates} asks only when no specific reader claimed the line, and
 * checks the line's neighbours (a run of dated lines is a listing, not a section).
 */
final class DatedLines {
    private DatedLines() {
    }

    /** Longest line, without its marks, that can be a dated line rather than a title or a sentence. */
    static final int LONGEST = 64;
    /** Marks around a dated line's words: rulers, dashes, brackets, bullets, a blockquote's mark, emphasis. */
    private static final String MARKS = "-—–=~*_#>»«·•▪|[](){}<>:;,./\\ \t\r";
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:\\.\\p{L}\\.?)?");
    /** Month, weekday and deictic words, in any letter case, and their usual short forms. */
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today",
            "yesterday", "tonight");
    /** Small words a dated line may hold besides its date: joining words, labels, parts of the day, counts. */
    private static final Set<String> LABEL_WORDS = Set.of("the", "of", "for", "on", "at", "in", "from", "to", "and",
            "until", "till", "day", "date", "entry", "week", "session", "sitting", "meeting", "briefing", "log",
            "diary", "part", "morning", "afternoon", "evening", "night", "noon", "midday", "midnight", "am", "pm",
            "a.m", "p.m", "a.m.", "p.m.", "local", "time", "venue", "place", "no", "nr", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "final", "round", "st", "nd", "rd", "th", "er", "h", "hrs");
    private static final Set<String> ROMAN = Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII");
    /**
     * Furniture that carries a date but dates no section: publication stamps and bylines, copyright and photo credits,
     * plans and deadlines, menus and link labels, sign-offs, addresses.
     */
    private static final Pattern NOT_A_SECTION = Pattern.compile("(?i)^(?:first\\s+|last\\s+)?(?:published|posted"
            + "|updated|modified|revised|issued|released|filed|printed|accessed|retrieved|created|edited|compiled"
            + "|written|reported|by)\\b"
            + "|[©@?!\"“”]|\\(c\\)|https?:|www\\.|\\b(?:copyright|rights reserved|photo|photograph|picture|image|credit"
            + "|getty|next|upcoming|coming|forthcoming|future|deadline|due|expires|closing date|register|rsvp"
            + "|save the date|subscribe|newsletter|sign in|log in|read more|see also|related|share|print|home|menu"
            + "|done at|signed|sincerely|regards|yours|contact|tel|phone|fax|email|e-mail|as of|born|died|aged"
            + "|founded|established|since|reuters|afp|dpa|ansa|efe|xinhua|tass|bloomberg|associated press)\\b");
    /**
     * A day in figures: D.M.YYYY, D/M/YYYY, D-M-YYYY, D/M/YY, D.M.YY (groups 1-4), D/M (5-6), D.M. (7-8),
     * D.ROMAN.YYYY (9-11), YYYY/M/D (12-14).
     */
    private static final Pattern FIGURES = Pattern.compile("(?<![\\d./-])(?:(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2}"
            + "|(?<=[./]\\d{1,2}[./])\\d{2})"
            + "|(\\d{1,2})/(\\d{1,2})|(\\d{1,2})\\.(\\d{1,2})\\.|(\\d{1,2})[./ -](I{1,3}|IV|VI{0,3}|IX|XI{0,2})[./ -]"
            + "((?:19|20)\\d{2})|((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2}))(?![\\d/]|\\.\\d)");

    /**
     * The one day or weekday line text[ls, le) gives when it is a short line that is no sentence and no furniture,
     * with offsets into {@code text}; null otherwise.
     */
    static Timex of(String text, int ls, int le) {
        int s = ls;
        int e = le;
        while (s < e && MARKS.indexOf(text.charAt(s)) >= 0) {
            s++;
        }
        while (e > s && MARKS.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e - s < 3 || e - s > LONGEST) {
            return null;
        }
        String core = text.substring(s, e);
        if (!wordsFit(core) || NOT_A_SECTION.matcher(core).find()) {
            return null;
        }
        List<Timex> found = new ArrayList<>();
        Matcher f = FIGURES.matcher(text).region(ls, le);
        while (f.find()) {
            Timex t = figures(f);
            if (t == null) {
                return null; // "31/31": figures that are no day
            }
            found.add(t);
        }
        for (Timex t : TimexTagger.tag(folded(core), 0, core.length())) {
            int start = t.start() + s;
            if (found.stream().noneMatch(x -> x.start() < start + t.phrase().length() && start < x.end())) {
                found.add(new Timex(start, t.end() + s, t.phrase(), t.kind(), t.year(), t.month(), t.day(), t.endDay(),
                        t.weekday(), t.modifier(), t.unit(), t.offset(), t.time(), t.partOfDay(), t.endMonth(),
                        t.endYear()));
            }
        }
        return one(found);
    }

    /** Every word a date word, a number's suffix, a label word, a Roman month or a capitalised word; ten at most. */
    private static boolean wordsFit(String core) {
        Matcher m = WORD.matcher(core);
        int words = 0;
        int names = 0;
        boolean date = false;
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            words++;
            if (DATE_WORDS.contains(lower)) {
                date = true;
            } else if (ROMAN.contains(w) || LABEL_WORDS.contains(lower)) {
                continue;
            } else if (Character.isUpperCase(w.charAt(0))) {
                names++; // a place, a label, a weekday in another language ("Mittwoch")
            } else {
                return false; // a small word that is neither a date nor a label: a verb, a noun of a sentence
            }
        }
        return words <= 10 && names <= 4 && (date || core.chars().anyMatch(Character::isDigit));
    }

    /** Month and weekday words as the tagger reads them ("WEDNESDAY", "wed" → "Wednesday", "Wed"); length kept. */
    private static String folded(String core) {
        Matcher m = WORD.matcher(core);
        StringBuilder b = new StringBuilder(core);
        while (m.find()) {
            String w = m.group();
            if (w.length() > 1 && DATE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                b.setCharAt(m.start(), Character.toUpperCase(w.charAt(0)));
                for (int i = 1; i < w.length(); i++) {
                    b.setCharAt(m.start() + i, Character.toLowerCase(w.charAt(i)));
                }
            }
        }
        return b.toString();
    }

    /** A day in figures, day first unless the second figure cannot be a month; null when it is no day. */
    private static Timex figures(Matcher f) {
        int year = 0;
        int a;
        int b;
        if (f.group(1) != null) {
            a = Integer.parseInt(f.group(1));
            b = Integer.parseInt(f.group(3));
            year = Integer.parseInt(f.group(4));
            year = year < 100 ? 2000 + year : year; // "14/05/25": a two-digit year only with a slash or dots
        } else if (f.group(5) != null) {
            a = Integer.parseInt(f.group(5));
            b = Integer.parseInt(f.group(6));
        } else if (f.group(7) != null) {
            a = Integer.parseInt(f.group(7));
            b = Integer.parseInt(f.group(8));
        } else if (f.group(9) != null) {
            a = Integer.parseInt(f.group(9));
            b = ROMAN.stream().toList().indexOf(f.group(10)) >= 0 ? roman(f.group(10)) : 0;
            year = Integer.parseInt(f.group(11));
        } else {
            year = Integer.parseInt(f.group(12));
            b = Integer.parseInt(f.group(13));
            a = Integer.parseInt(f.group(14));
        }
        boolean monthFirst = b > 12 && a <= 12;
        int day = monthFirst ? b : a;
        int month = monthFirst ? a : b;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return new Timex(f.start(), f.end(), f.group(), Timex.Kind.DAY_OF_MONTH, year, month, day, 0, null, null,
                null, 0, null, null);
    }

    private static int roman(String r) {
        return switch (r) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            case "V" -> 5;
            case "VI" -> 6;
            case "VII" -> 7;
            case "VIII" -> 8;
            case "IX" -> 9;
            case "X" -> 10;
            case "XI" -> 11;
            default -> 12;
        };
    }

    /**
     * The one day of the line (a weekday beside it names the same day), else its one weekday, as
     * {@link SectionDates#single} picks it; null when the line also names a week, a month or a year ("this week",
     * "May 2025": no one day).
     */
    private static Timex one(List<Timex> ts) {
        for (Timex t : ts) {
            switch (t.kind()) {
                case DAY_OF_MONTH, WEEKDAY, DEICTIC, TIME -> {
                }
                default -> {
                    return null;
                }
            }
        }
        return SectionDates.single(ts);
    }

    /**
     * Whether the dated line text[ls, le) stands in a listing rather than over a section: the line above or below it
     * (past blank lines and rulers) is a dated line too (a sidebar of events, a list of dates, a table of contents),
     * or the run is introduced by a label of coming events ("Upcoming", "Coming up", "Calendar", "Key dates").
     */
    static boolean listed(String text, int ls, int le) {
        int[] below = neighbour(text, le, true);
        if (below != null && of(text, below[0], below[1]) != null) {
            return true;
        }
        int[] above = neighbour(text, ls, false);
        if (above != null && of(text, above[0], above[1]) != null) {
            return true;
        }
        return above != null && above[1] - above[0] <= 60
                && COMING.matcher(text).region(above[0], above[1]).find();
    }

    /** A label over a listing of dates to come: "Upcoming", "Coming up:", "Calendar", "Key dates", "What's on". */
    private static final Pattern COMING = Pattern.compile("(?i)\\b(?:upcoming|coming up|coming|next|calendar|events"
            + "|what's on|what’s on|key dates|diary dates|save the date|forthcoming|dates)\\b");

    /**
     * Whether no line of prose (six words or more) follows the text's last dated line: its dated lines close what they
     * stand under ("New York, 14 May 2025" after each statement of a collection), they head nothing.
     */
    static boolean signOffs(String text) {
        int last = -1;
        for (int p = 0; p < text.length(); ) {
            int le = text.indexOf('\n', p);
            le = le < 0 ? text.length() : le;
            if (le - p <= LONGEST + 40 && of(text, p, le) != null) {
                last = le;
            }
            p = le + 1;
        }
        if (last < 0) {
            return false;
        }
        for (int p = last; p < text.length(); ) {
            int le = text.indexOf('\n', p + 1);
            le = le < 0 ? text.length() : le;
            if (WORDS_OF_PROSE.matcher(text).region(p, le).find()) {
                return false;
            }
            p = le;
        }
        return true;
    }

    /** Six words in a row: a line of prose. */
    private static final Pattern WORDS_OF_PROSE = Pattern.compile("(?:\\p{L}[\\p{L}'’-]*[,;]?\\s+){5}\\p{L}");

    /** The next line below {@code from} (or above, when {@code down} is false) that is not blank and no ruler. */
    private static int[] neighbour(String text, int from, boolean down) {
        int p = from;
        for (int guard = 0; guard < 6; guard++) {
            int ls;
            int le;
            if (down) {
                if (p >= text.length()) {
                    return null;
                }
                ls = p + 1;
                le = text.indexOf('\n', Math.min(ls, text.length()));
                le = le < 0 ? text.length() : le;
                p = le;
            } else {
                if (p <= 0) {
                    return null;
                }
                le = p - 1;
                ls = text.lastIndexOf('\n', Math.max(0, le - 1)) + 1;
                if (le <= 0) {
                    ls = 0;
                    le = 0;
                }
                p = ls;
            }
            if (ls > le) {
                return null;
            }
            String l = text.substring(ls, le).strip();
            if (!l.isEmpty() && !DatedHeadings.ruler(l)) {
                return new int[] {ls, le};
            }
        }
        return null;
    }
}
