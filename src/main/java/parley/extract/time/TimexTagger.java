package parley.extract.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import parley.extract.text.WordCues;
import parley.extract.text.WordHits;
import parley.extract.text.WordSet;

/**
 * Finds time expressions in a sentence with a fixed list of patterns, most specific first; a later pattern never
 * takes words an earlier one has taken. Month and weekday names must be capitalised ("may meet" is not May).
 */
public final class TimexTagger {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String RANGE_SEP = "\\s*(?:-|–|—|to|and|until|till)\\s*";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:(?i:on|from|between)\\s+)?(?:(?i:the)\\s+)?"
            + "(\\d{1,2})" + ORD + "(?:" + RANGE_SEP + "(\\d{1,2})" + ORD + ")?\\s+(?:of\\s+)?" + MONTH
            + "\\.?(?:,?\\s+(\\d{4}))?\\b");
    /** "on the ninth of March", "the twenty-first of May, 2025": a day spelled out, as speech and transcripts tell it. */
    private static final String SPELLED = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
            + "|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)";
    private static final Pattern SPELLED_DAY_MONTH = Pattern.compile("\\b(?:(?i:on)\\s+)?(?i:the)\\s+(?i:" + SPELLED
            + ")\\s+of\\s+" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final List<String> SPELLED_DAYS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
            "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
            "twenty-ninth", "thirtieth", "thirty-first");

    private static int spelledDay(String word) {
        return SPELLED_DAYS.indexOf(word.toLowerCase(Locale.ROOT).replace(' ', '-')) + 1;
    }

    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(?i:on|from)\\s+)?" + MONTH + "\\.?\\s+(\\d{1,2})"
            + ORD + "(?:" + RANGE_SEP + "(\\d{1,2})" + ORD + ")?(?:,?\\s+(\\d{4}))?\\b(?![:.]\\d)");
    /** A range from a day of one month to a day of another: "from 30 June to 2 July", "30 June–2 July 2025". */
    private static final String CROSS_SEP = "\\s*(-|–|—|(?i:to|and|until|till|through|thru))\\s*";
    private static final Pattern CROSS_DAY_MONTH = Pattern.compile("\\b(?:((?i:from|between))\\s+)?(?:(?i:the)\\s+)?"
            + "(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+(\\d{4}))?" + CROSS_SEP
            + "(?:(?i:the)\\s+)?(\\d{1,2})" + ORD + "\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+(\\d{4}))?\\b");
    /** "from June 30 to July 2", "between December 30 and January 2, 2026", "Dec. 30, 2025 - Jan. 2, 2026". */
    private static final Pattern CROSS_MONTH_DAY = Pattern.compile("\\b(?:((?i:from|between))\\s+)?" + MONTH
            + "\\.?\\s+(\\d{1,2})" + ORD + "(?:,?\\s+(\\d{4}))?" + CROSS_SEP + MONTH + "\\.?\\s+(\\d{1,2})" + ORD
            + "(?:,?\\s+(\\d{4}))?\\b(?![:.]\\d)");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:((?i:in|since|during|by|until|from|last|next"
            + "|this|early|late|mid|earlier in|later in|at the start of|at the end of|at the beginning of|by the end of"
            + "|before the end of|until the end of|in early"
            + "|in late|in mid|scheduled for|planned for|set for|slated for|pencilled in for|penciled in for))[\\s-]+)?"
            + MONTH + "\\b(?:\\s+(\\d{4})|\\s+of\\s+(next|last|this|the following|the previous)\\s+year\\b)?");
    private static final Pattern YEAR = Pattern.compile("\\b(?i:in|since|during|by|until|of|from)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY_P = Pattern.compile("\\b(?:((?i:on|last|next|this|by|until|from|since"
            + "|before|after|coming|past|that same|the same|that))\\s+)?" + WEEKDAY + "(?:['’]s)?(?:\\s+(morning|afternoon|evening|night))?\\b"
            // "Tuesday of last week", "on Thursday next week": the weekday of the week named
            + "(?:\\s+(?:of\\s+)?((?i:last|next|this|the previous|the following))\\s+(?i:week)\\b(?!['’]s)"
            // "Tuesday the 9th": the day of the month the weekday falls on (a month named after it is DAY_MONTH's)
            + "|,?\\s+(?i:the)\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?" + MONTH + "))?");
    /**
     * "on a Friday in early May", "one Sunday at the end of June — the 28th —": a weekday that is any of a month's, not
     * the week of the telling's; the month it is in (the day when an apposition names it).
     */
    private static final Pattern INDEFINITE_WEEKDAY = Pattern.compile("\\b(?:(?i:on)\\s+)?(?i:a|one)\\s+" + WEEKDAY
            + "(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+(?i:in|of|at)\\s+(?:((?i:early|late|mid|the end of"
            + "|the start of|the beginning of|the middle of))[\\s-]+)?" + MONTH + "\\b(?:,?\\s+(\\d{4})\\b)?"
            + "(?:\\s*(?:[—–(]|-{1,2}|,)\\s*(?i:the)\\s+(\\d{1,2})(?:st|nd|rd|th)\\b"
            + "(?=\\s*[—–),.;]|\\s+-))?");

    /**
     * "tonight (Tuesday)", "this evening (Thursday)": the words of the day of writing with the day they mean, which
     * the weekday settles when the two disagree.
     */
    private static final Pattern DEICTIC_NAMED = Pattern.compile("(?i)\\b(today|yesterday|tomorrow|tonight|last night"
            + "|this (morning|afternoon|evening))\\s*\\(\\s*(?-i:" + WEEKDAY + ")\\s*\\)");
    // DEICTIC, DEICTIC_SPAN, PERIOD_END and PERIOD are searched from the words their matches start or end with
    // (scanWords: DEICTIC_STARTS …, PERIOD_UNITS with four words before the unit at most): keep those lists with them
    private static final Pattern DEICTIC = Pattern.compile("(?i)\\b(today|yesterday|tomorrow|tonight|last night"
            + "|this (morning|afternoon|evening))(?:['’]s)?\\b");
    /** "tomorrow and the day after", "today and tomorrow": two days from the article's, one span. */
    private static final Pattern DEICTIC_SPAN = Pattern.compile("(?i)\\b(today|tomorrow)\\s+and\\s+(tomorrow"
            + "|the day after(?: tomorrow)?|the following day|the next day)\\b");
    /**
     * "this month", "next week"; "(by/before) the end of the month" is this month, "later in the month" the month of
     * the event just told ("the" only after "end of" or "earlier/later in").
     */
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?:(earlier|later)\\s+(?:in\\s+)?)?(this|last|next"
            + "|the past|the coming|the previous|the following|(?<=(?:end of|earlier in|later in) )the)\\s+"
            + "(week|weekend|month|year)\\b");
    /** "before the month is out", "by month's end", "by year-end": the end of this period, as "by the end of the month". */
    private static final Pattern PERIOD_END = Pattern.compile("(?i)\\b(?:before|by|until)\\s+(?:the\\s+)?(week|month|year)"
            + "(?:\\s+is\\s+out|['’]s\\s+end|[\\s-]end)\\b");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b(?:at|from|by|until|around|about)?\\s*"
            + "(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)(?:\\s+local time|\\s+(?:GMT|BST|CET|CEST|UTC|EST|EDT|ET|Kyiv time|Moscow time))?"
            + "|\\b(?i:at|from|by|until|around)\\s+(\\d{1,2})[:.](\\d{2})(?!\\d|[.,]\\d|\\s*(?:%|percent|per cent|points?"
            + "|million|billion|trillion|[a-z]*(?:dollars|euros|pounds|yen|tonnes)))" // "fell by 2.36 percent"
            + "(?:\\s*(?:GMT|BST|CET|CEST|UTC|EST|EDT|ET|local time|hrs|h))?\\b"
            + "|\\b(?i:at|around|by|until|from)\\s+(midday|noon|midnight)\\b");
    /** "their 2018 summit", "the 2022 talks": a year naming which occasion, not the article's. */
    private static final Pattern YEAR_BEFORE_NOUN = Pattern.compile("\\b(?i:the|their|his|her|its|that|our)\\s+"
            + "((?:19|20)\\d{2})(?=\\s+\\p{Ll})");
    /** "seven years ago", "two weeks ago", "a month ago". */
    private static final Pattern AGO = Pattern.compile("(?i)\\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|\\d{1,2})\\s+(year|month|week|day)s?\\s+ago\\b");
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.ofEntries(java.util.Map.entry("a", 1),
            java.util.Map.entry("an", 1), java.util.Map.entry("one", 1), java.util.Map.entry("two", 2),
            java.util.Map.entry("three", 3), java.util.Map.entry("four", 4), java.util.Map.entry("five", 5),
            java.util.Map.entry("six", 6), java.util.Map.entry("seven", 7), java.util.Map.entry("eight", 8),
            java.util.Map.entry("nine", 9), java.util.Map.entry("ten", 10), java.util.Map.entry("eleven", 11),
            java.util.Map.entry("twelve", 12));
    /**
     * Narrative steps from the event just told (HeidelTime's reference time): "two days later", "a week earlier",
     * "that evening", "the same afternoon", "the next morning", "later that night". Not for TimeML, where "two
     * days" is annotated as a duration of its own. A weekday set beside the step ("a day later, on Tuesday", "the
     * next day, Friday,") names the same day: it belongs to the step, not to the week of the telling. "A day before
     * that visit", "two days after the announcement": an anchor on an event the text has just told, the same step
     * (session 17).
     */
    private static final Pattern STEP = Pattern.compile("(?i)\\b(?:(a|an|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|\\d{1,2})\\s+(day|week)s?\\s+(later|afterwards|after that|earlier"
            + "|(?:before|after|ahead\\s+of)(?=\\s+(?:the|that|this|these|those|his|her|their|its)\\s))"
            + "|(that same|that|the same|the next|the following|later that|earlier that)\\s+(morning|afternoon|evening|night|day))\\b"
            + "(?:,?\\s+(?:on\\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b(?!,?\\s*\\d))?");
    /**
     * "in March of that year", "later that year", "on 4 May that year", "that same year": the year is the one the
     * text last named before the phrase (the narrative's year), not the article's; "later" here is no step from the
     * event just told.
     */
    private static final Pattern THAT_YEAR = Pattern.compile("\\b(?:(?:((?i:in|during|by|until|from|since|on|early"
            + "|late|mid|earlier in|later in|at the start of|at the end of|at the beginning of|by the end of"
            + "|before the end of|in early|in late|in mid))[\\s-]+)?(?:(?i:the\\s+)?(\\d{1,2})" + ORD
            + "\\s+(?i:of\\s+)?)?" + MONTH + "(?:\\s+(\\d{1,2})" + ORD + ")?,?\\s+(?i:of\\s+)?"
            + "|((?i:later|earlier))\\s+(?i:in\\s+)?|(?i:in|during|by|until|since|of)\\s+)?(?i:that\\s+(?:same\\s+)?year)\\b");
    /** "(On) the eve of the summit", set before its clause: a step of one day back from the occasion it names. */
    private static final Pattern EVE = Pattern.compile("\\b(?:[Oo]n\\s+)?[Tt]he\\s+eve(?=\\s+of\\s+(?:the|that"
            + "|this|these|those|his|her|their|its)\\s[^.;:]{1,80},)");
    private static final Pattern AFTER_PREVIOUS = Pattern.compile("(?i)\\b(later that day|earlier that day"
            + "|within (?:hours|minutes)"
            // "Shortly after leaving Riyadh, she …", "hours after landing": a step from the event just told, same day
            + "|(?:shortly|soon|hours|minutes|moments|just) after(?= \\p{L}+ing\\b)"

            + "|the (?:next|following) day|the day (?:before|after)|(?:the|that) same day|later|then|afterwards)\\b");

    private TimexTagger() {
    }

    public static List<Timex> tag(String text) {
        return tag(text, 0, text.length());
    }

    /** Expressions in text[from, to), offsets into text. */
    public static List<Timex> tag(String text, int from, int to) {
        return tag(text, from, to, false);
    }

    /**
     * Markdown emphasis marks ("in **February**", "on __3 September__", "*Monday*") as spaces, so a day or month in
     * bold or italics is read as one without (session 17): a mark run borders a word on one side only. Offsets stay.
     */
    static String unemphasised(String s) {
        Matcher m = EMPHASIS.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, ' ');
            }
        } while (m.find());
        return b.toString();
    }

    private static final Pattern SPACES = Pattern.compile("\\s{2,}");

    /** A run of one to three "*" or "_" opening a word (after a space, bracket or line start) or closing one. */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*_])[*_]{1,3}(?=[\\p{L}\\p{N}])"
            + "|(?<=[\\p{L}\\p{N}.:,;)])[*_]{1,3}(?![\\p{L}\\p{N}*_])");

    /**
     * Everything TimeML counts as a time expression, not only what dates events: the app's expressions plus
     * durations ("three years"), sets ("every week"), references ("now", "the past"), bare years and months,
     * decades, seasons, quarters and "N units ago". The app's expressions come out as {@link #tag} finds them,
     * except where a longer TimeML expression contains them ("the final quarter of 2009").
     */
    public static List<Timex> tagAll(String text, int from, int to) {
        return tag(text, from, to, true);
    }

    public static List<Timex> tagAll(String text) {
        return tagAll(text, 0, text.length());
    }

    /**
     * {@link #tag(String, int, int)} with the cue words of text[from, to) read from the article's {@link WordHits}
     * (over the same text) instead of two passes of their own and a lower-cased copy.
     */
    public static List<Timex> tag(String text, int from, int to, WordHits hits) {
        return tag(text, from, to, false, hits.text() == text ? hits : null);
    }

    private static List<Timex> tag(String text, int from, int to, boolean timeMl) {
        return tag(text, from, to, timeMl, null);
    }

    private static List<Timex> tag(String text, int from, int to, boolean timeMl, WordHits hits) {
        String s = text.substring(from, to);
        String raw = s;
        if (!timeMl && (s.indexOf('*') >= 0 || s.indexOf('_') >= 0)) {
            s = unemphasised(s);
        }
        List<Timex> out = new ArrayList<>();
        boolean[] taken = new boolean[s.length() + 1];
        Cues cues = timeMl ? Cues.ALL : hits != null && s == raw ? Cues.of(s, hits, from) : Cues.of(s);
        if (timeMl) {
            TimeMlCoverage.first(s, taken, out);
        }
        if (!timeMl && (s.contains("hat year") || s.contains("hat same year"))) {
            scan(THAT_YEAR, s, from, taken, out, m -> thatYear(m, text, from));
        }
        if (cues.digit) {
            scanDigits(s, from, taken, out);
        }
        if (!timeMl && cues.day && cues.month) {
            scan(INDEFINITE_WEEKDAY, s, from, taken, out, TimexTagger::indefiniteWeekday);
        }
        if (cues.month) {
            scanMonths(s, from, taken, out, !timeMl);
        }
        if (cues.year) {
            scan(YEAR, s, from, taken, out, m -> new Timex(m.start(), m.end(), m.group(), Timex.Kind.YEAR,
                    Integer.parseInt(m.group(1)), 0, 0, 0, null, null, null, 0, null, null));
            if (!timeMl) {
                scan(YEAR_BEFORE_NOUN, s, from, taken, out, m -> new Timex(m.start(1), m.end(1), m.group(1),
                        Timex.Kind.YEAR, Integer.parseInt(m.group(1)), 0, 0, 0, null, null, null, 0, null, null));
            }
        }
        if (!timeMl && cues.ago) {
            scan(AGO, s, from, taken, out, m -> {
                String n = m.group(1).toLowerCase(Locale.ROOT);
                int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : COUNTS.get(n);
                return new Timex(m.start(), m.end(), m.group(), Timex.Kind.PERIOD, 0, 0, 0, 0, null, null,
                        m.group(2).toLowerCase(Locale.ROOT), -count, null, null);
            });
        }
        if (!timeMl && cues.step) {
            scan(STEP, s, from, taken, out, TimexTagger::step);
        }
        if (!timeMl && s.contains(" eve of ")) {
            // "On the eve of the talks, X flew to Doha": the day before the occasion just told (session 18)
            scan(EVE, s, from, taken, out, m -> new Timex(m.start(), m.end(), m.group(), Timex.Kind.AFTER_PREVIOUS,
                    0, 0, 0, 0, null, "before", null, -1, null, null));
        }
        if (cues.day && cues.deictic && s.indexOf('(') >= 0) {
            scanFromCues(DEICTIC_NAMED, s, DEICTIC_STARTS, taken, out, m -> {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                int off = w.equals("yesterday") || w.startsWith("last") ? -1 : w.equals("tomorrow") ? 1 : 0;
                String part = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT)
                        : w.equals("tonight") || w.startsWith("last") ? "night" : null;
                return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DEICTIC, 0, 0, 0, 0,
                        DayOfWeek.valueOf(m.group(3).toUpperCase(Locale.ROOT)), null, null, off, null, part);
            });
        }
        if (cues.day) {
            scanWeekdays(s, taken, out, m -> {
                String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
                if (mod != null && mod.endsWith("same")) {
                    mod = "that"; // "on that same Sunday", "the same Sunday": the day the text last spoke of
                }
                DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                if (m.group(4) != null) {
                    if (mod != null && !mod.equals("on")) {
                        return null; // "last Tuesday of next week": not understood
                    }
                    String which = m.group(4).toLowerCase(Locale.ROOT);
                    int weeks = which.equals("last") || which.equals("the previous") ? -1
                            : which.equals("this") ? 0 : 1;
                    return new Timex(m.start(), m.end(), m.group(), Timex.Kind.WEEKDAY, 0, 0, 0, 0, day, WEEK_NAMED,
                            "week", weeks, null, m.group(3));
                }
                int date = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                if (date > 31) {
                    return null;
                }
                return new Timex(m.start(), m.end(), m.group(), Timex.Kind.WEEKDAY, 0, 0, date, 0, day, mod, null, 0,
                        null, m.group(3));
            });
        }
        if (cues.words) {
            scanWords(s, from, taken, out, cues);
        }
        if (cues.clock) {
            scan(CLOCK, s, from, taken, out, TimexTagger::clock);
        }
        if (cues.afterPrevious) {
            scan(AFTER_PREVIOUS, s, from, taken, out, m -> {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                int off = w.contains("next") || w.contains("following") || w.equals("the day after") ? 1
                        : w.equals("the day before") ? -1 : 0;
                return new Timex(m.start(), m.end(), m.group(), Timex.Kind.AFTER_PREVIOUS, 0, 0, 0, 0, null, w, null,
                        off, null, null);
            });
        }
        if (cues.digit) {
            scan(ORDINAL_DAY, s, from, taken, out, m -> {
                int day = Integer.parseInt(m.group(1));
                return day < 1 || day > 31 ? null : new Timex(m.start(), m.end(), m.group(), Timex.Kind.DAY_OF_MONTH,
                        0, 0, day, 0, null, null, null, 0, null, null);
            });
        }
        if (timeMl) {
            TimeMlCoverage.last(s, taken, out);
        }
        out.sort(Comparator.comparingInt(Timex::start));
        List<Timex> shifted = new ArrayList<>(out.size());
        for (Timex t : out) {
            String phrase = s == raw ? t.phrase() : SPACES.matcher(t.phrase()).replaceAll(" ");
            shifted.add(new Timex(t.start() + from, t.end() + from, phrase, t.kind(), t.year(), t.month(), t.day(),
                    t.endDay(), t.weekday(), t.modifier(), t.unit(), t.offset(), t.time(), t.partOfDay(), t.endMonth(),
                    t.endYear()));
        }
        return shifted;
    }

    /**
     * Cheap look at a sentence deciding which patterns can possibly match; most sentences need few. Each cue is a
     * word or character every match of its pattern holds (the patterns ignore case in ASCII only, so a lower-cased
     * match holds the lower-cased word).
     */
    private record Cues(boolean digit, boolean month, boolean day, boolean words, boolean clockWord, boolean ago,
                        boolean step, boolean year, boolean clock, boolean afterPrevious, boolean deictic,
                        boolean period) {
        private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};
        private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"};
        private static final String[] WORDS = {"today", "yesterday", "tomorrow", "tonight", "this ", "last ", "next ",
            "week", "month", "year", "later", "then", "afterwards", "the day", "midday", "noon", "midnight",
            "following", "previous", "past", "coming", "within"};
        /** STEP ends in one of these, or in "day"/"week" before "later". */
        private static final String[] STEP_WORDS = {"day", "week", "morning", "afternoon", "evening", "night"};
        static final Cues ALL = new Cues(true, true, true, true, true, true, true, true, true, true, true, true);

        /** Every cue word, looked for in one pass: the month and day names as written, the rest lower-cased. */
        private static final WordSet CASED = new WordSet(concat(MONTHS, WEEKDAYS));
        private static final WordSet LOWER = new WordSet(concat(WORDS, STEP_WORDS, new String[] {"after", "earlier",
            "that", "the same", "the next", "the following", "am", "pm", "a.m.", "p.m.", " day", " ago",
            "shortly after", "soon after", "hours after", "minutes after", "moments after", "just after", "before",
            "ahead"}));
        private static final long MONTH_BITS = CASED.bits(MONTHS);
        private static final long DAY_BITS = CASED.bits(WEEKDAYS);
        private static final long WORD_BITS = LOWER.bits(WORDS);
        private static final long CLOCK_WORD_BITS = LOWER.bits("midday", "noon", "midnight");
        private static final long STEP_WORD_BITS = LOWER.bits(STEP_WORDS);
        private static final long STEP_BITS = LOWER.bits("later", "after", "earlier", "that", "the same", "the next",
                "the following", "before", "ahead");
        private static final long CLOCK_BITS = LOWER.bits("am", "pm", "a.m.", "p.m.");
        private static final long AFTER_PREVIOUS_BITS = LOWER.bits("later", "then", "within", "afterwards", " day");
        /** "Shortly after leaving …": a step from the event just told (AFTER_PREVIOUS), no other cue word needed. */
        private static final long STEP_AFTER_BITS = LOWER.bits("shortly after", "soon after", "hours after",
                "minutes after", "moments after", "just after");
        private static final long DEICTIC_BITS = LOWER.bits("today", "yesterday", "tomorrow", "tonight", "this ", "last ");
        private static final long PERIOD_BITS = LOWER.bits("week", "month", "year");
        private static final long AGO_BITS = LOWER.bits(" ago");

        static Cues of(String s) {
            return of(s, CASED.in(s), LOWER.in(s.toLowerCase(Locale.ROOT)));
        }

        /** The cues of s, text[from, from + s.length()), from the article's hits. */
        static Cues of(String s, WordHits hits, int from) {
            int to = from + s.length();
            return of(s, hits.in(CASED, from, to), hits.inLowerCase(LOWER, from, to));
        }

        private static Cues of(String s, long cased, long lower) {
            boolean digit = false;
            for (int i = 0; i < s.length() && !digit; i++) {
                digit = Character.isDigit(s.charAt(i));
            }
            boolean month = (cased & MONTH_BITS) != 0;
            boolean day = (cased & DAY_BITS) != 0; // WEEKDAY_P's day name is case-sensitive
            boolean words = (lower & WORD_BITS) != 0;
            boolean clockWord = (lower & CLOCK_WORD_BITS) != 0;
            // "two days later" holds later/after/earlier; "that evening", "the next day" hold their first word
            boolean step = (lower & STEP_WORD_BITS) != 0 && (lower & STEP_BITS) != 0 && stepPair(s);
            // CLOCK: a digit before am/pm ("a.m." holds neither), or hours and minutes ("14:05", "9.30")
            boolean clock = clockWord || digit && ((lower & CLOCK_BITS) != 0 && digitBeforeMeridiem(s)
                    || digitsAround(s));
            boolean afterPrevious = words && (lower & AFTER_PREVIOUS_BITS) != 0 || (lower & STEP_AFTER_BITS) != 0;
            boolean deictic = words && (lower & DEICTIC_BITS) != 0;
            boolean period = words && (lower & PERIOD_BITS) != 0;
            return new Cues(digit, month, day, words, clockWord, (lower & AGO_BITS) != 0, step, digit && hasYear(s),
                    clock, afterPrevious, deictic, period);
        }

        private static String[] concat(String[]... parts) {
            return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).distinct().toArray(String[]::new);
        }

        /**
         * An "am", "pm", "a.m." or "p.m." (any case) right after a digit and spaces: what CLOCK's first form needs
         * ("9 am", "10.30pm"). The letters alone are in most sentences ("among", "campaign", "Ramaphosa").
         */
        private static boolean digitBeforeMeridiem(String s) {
            for (int i = 1; i + 1 < s.length(); i++) {
                char c = s.charAt(i);
                if (c != 'a' && c != 'A' && c != 'p' && c != 'P'
                        || !s.regionMatches(true, i + 1, "m", 0, 1) && !s.regionMatches(true, i + 1, ".m.", 0, 3)) {
                    continue;
                }
                int j = i;
                while (j > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(j - 1)) >= 0) {
                    j--; // CLOCK's \s*
                }
                if (j > 0 && s.charAt(j - 1) >= '0' && s.charAt(j - 1) <= '9') {
                    return true;
                }
            }
            return false;
        }

        private static final String[] STEP_UNITS = {"day", "days", "week", "weeks"};
        private static final String[] STEP_AFTER = {"later", "after", "earlier", "before", "ahead"};
        private static final String[] STEP_PICKS = {"that", "same", "next", "following"};
        private static final String[] STEP_PARTS = {"morning", "afternoon", "evening", "night", "day"};

        /**
         * STEP's two words side by side, spaces between (any case): "days" then "later", "after" or "earlier", or
         * "that", "same", "next" or "following" then a part of the day ("the next morning"). The words apart ("day"
         * in "Monday", "that") are in most sentences.
         */
        private static boolean stepPair(String s) {
            for (int i = 1; i < s.length(); i++) {
                if (isSpace(s.charAt(i)) || !isSpace(s.charAt(i - 1))) {
                    continue; // i: the first character after spaces
                }
                int j = i - 1;
                while (j > 0 && isSpace(s.charAt(j - 1))) {
                    j--; // j: where the word before the spaces ends
                }
                if (endsWithAny(s, j, STEP_UNITS) && startsWithAny(s, i, STEP_AFTER)
                        || endsWithAny(s, j, STEP_PICKS) && startsWithAny(s, i, STEP_PARTS)) {
                    return true;
                }
            }
            return false;
        }

        /** A pattern's {@code \s}. */
        private static boolean isSpace(char c) {
            return " \t\n\u000B\f\r".indexOf(c) >= 0;
        }

        private static boolean endsWithAny(String s, int end, String[] words) {
            for (String w : words) {
                if (end >= w.length() && s.regionMatches(true, end - w.length(), w, 0, w.length())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean startsWithAny(String s, int start, String[] words) {
            for (String w : words) {
                if (s.regionMatches(true, start, w, 0, w.length())) {
                    return true;
                }
            }
            return false;
        }

        /** A digit, ':' or '.', a digit. */
        private static boolean digitsAround(String s) {
            for (int i = 1; i + 1 < s.length(); i++) {
                char c = s.charAt(i);
                if ((c == ':' || c == '.') && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static void scanDigits(String s, int from, boolean[] taken, List<Timex> out) {
        // ISO's matches hold a '-', NUMERIC's a '/': most sentences with a digit hold neither
        if (s.indexOf('-') >= 0) {
            scanIso(s, from, taken, out);
        }
        if (s.indexOf('/') < 0) {
            return;
        }
        scan(NUMERIC, s, from, taken, out, m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            boolean dayFirst = b <= 12; // 18/08/2025 is British; 08/18/2025 can only be American
            return full(m, Integer.parseInt(m.group(3)), dayFirst ? b : a, dayFirst ? a : b, 0);
        });
    }

    private static void scanIso(String s, int from, boolean[] taken, List<Timex> out) {
        scan(ISO, s, from, taken, out, m -> full(m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), 0));
    }

    private static final Pattern MONTH_WORD = Pattern.compile("\\b" + MONTH + "\\b");
    /**
     * "On the 30th, the two ministers …", "by the 12th": a day of the month the text is in, the month unsaid
     * (readouts, British copy; session 17). Only after a preposition and standing alone: "the 30th anniversary", "the
     * 15th summit" go on to a noun, and a month after it is the month patterns' ("the 30th of May").
     */
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(?i:on|by|until|till|from|since|before|after)\\s+"
            + "(?i:the)\\s+([0-3]?\\d)(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?" + MONTH + ")(?=\\s*[,.;:)–—]|\\s+-\\s|\\s*$"
            + "|\\s+(?:and|to|at|in|when|while|as|after|before|the|a|an|he|she|they|it|we|both|all|his|her|their)\\b)");

    /** A word every spelled day of SPELLED_DAY_MONTH holds ("thirteenth" … "nineteenth" hold "teenth"). */
    private static final WordSet SPELLED_WORDS = new WordSet("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "teenth", "twentieth", "thirtieth");

    /**
     * The windows that hold one of the words (ASCII case ignored), or an ASCII digit when {@code words} is null: a
     * pattern whose every match holds one finds nothing in the others, so they are not searched.
     */
    private static List<int[]> holding(List<int[]> windows, String s, WordSet words) {
        List<int[]> out = new ArrayList<>(windows.size());
        for (int[] w : windows) {
            if (words != null ? words.firstIgnoreCase(s, w[0], w[1]) >= 0 : asciiDigit(s, w[0], w[1])) {
                out.add(w);
            }
        }
        return out;
    }

    private static boolean asciiDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /**
     * The month patterns are tried only in a window around each month name: scanning a whole sentence with them
     * costs more than everything else the tagger does.
     */
    private static void scanMonths(String s, int from, boolean[] taken, List<Timex> out, boolean ranges) {
        List<int[]> windows = new ArrayList<>();
        List<int[]> wide = new ArrayList<>();
        // tried only at the capitals a month name starts with; transparent bounds let '\b' see the character before
        Matcher w = MONTH_WORD.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < s.length(); i++) {
            if (!monthAbbreviationAt(s, i) || !w.region(i, s.length()).lookingAt()) {
                continue;
            }
            if (insideName(s, w.start(), w.end())) {
                for (int k = w.start(); k < w.end(); k++) {
                    taken[k] = true; // "Mar del Plata", "May-Britt": no month, and no pattern may take it as one
                }
                i = w.end() - 1;
                continue;
            }
            windows.add(new int[] {Math.max(0, w.start() - 40), Math.min(s.length(), w.end() + 25)});
            wide.add(new int[] {Math.max(0, w.start() - 40), Math.min(s.length(), w.end() + 50)});
            i = w.end() - 1;
        }
        if (windows.isEmpty()) {
            return;
        }
        if (ranges && windows.size() >= 2) {
            // TimeML marks the two ends of such a range as two expressions; the app wants one range
            wide = holding(wide, s, null); // (their days are digits)
            scanIn(wide, CROSS_DAY_MONTH, s, from, taken, out, m -> cross(m, m.group(1), m.group(2), m.group(3),
                    m.group(4), m.group(5), m.group(6), m.group(7), m.group(8)));
            scanIn(wide, CROSS_MONTH_DAY, s, from, taken, out, m -> cross(m, m.group(1), m.group(3), m.group(2),
                    m.group(4), m.group(5), m.group(7), m.group(6), m.group(8)));
        }
        List<int[]> numbered = holding(windows, s, null);
        scanIn(numbered, DAY_MONTH, s, from, taken, out, m -> full(m, year(m.group(4)), month(m.group(3)),
                Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2))));
        scanIn(holding(windows, s, SPELLED_WORDS), SPELLED_DAY_MONTH, s, from, taken, out, m -> full(m, year(m.group(3)), month(m.group(2)),
                spelledDay(m.group(1)), 0));
        scanIn(numbered, MONTH_DAY, s, from, taken, out, m -> full(m, year(m.group(4)), month(m.group(1)),
                Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        scanIn(windows, MONTH_ONLY, s, from, taken, out, m -> {
            if (m.group(1) == null && m.group(3) == null && m.group(4) == null) {
                return null; // a bare "May" or "March" is too often a word or a name
            }
            String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT).replace("in ", "");
            if (m.group(4) != null) {
                // "in March of next year": the month in the year before or after the article's, not the nearest one
                String which = m.group(4).toLowerCase(Locale.ROOT);
                int years = which.equals("next") || which.equals("the following") ? 1
                        : which.equals("this") ? 0 : -1;
                return new Timex(m.start(), m.end(), m.group(), Timex.Kind.MONTH, 0, month(m.group(2)), 0, 0, null,
                        "of year", "year", years, null, null);
            }
            return new Timex(m.start(), m.end(), m.group(), Timex.Kind.MONTH, year(m.group(3)), month(m.group(2)), 0,
                    0, null, mod, null, 0, null, null);
        });
    }

    /** {@link #INDEFINITE_WEEKDAY}: its month ("early", "late", "mid" kept), or the day an apposition names. */
    private static Timex indefiniteWeekday(Matcher m) {
        int year = year(m.group(4));
        if (m.group(5) != null) {
            int day = Integer.parseInt(m.group(5));
            return day < 1 || day > 31 ? null : new Timex(m.start(), m.end(), m.group(), Timex.Kind.DAY_OF_MONTH, year,
                    month(m.group(3)), day, 0, null, null, null, 0, null, null);
        }
        String part = m.group(2) == null ? "in" : m.group(2).toLowerCase(Locale.ROOT);
        String mod = part.contains("end") ? "late" : part.contains("start") || part.contains("beginning") ? "early"
                : part.contains("middle") ? "mid" : part;
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.MONTH, year, month(m.group(3)), 0, 0, null, mod,
                null, 0, null, null);
    }

    private static final String[] MONTH_ABBREVIATIONS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};

    /**
     * Whether s holds, at i, the three letters every name of {@link #MONTH} starts with: tested before the matcher,
     * whose region costs more than the test and which most capitals ("A", "Mr", "Foreign") fail.
     */
    private static boolean monthAbbreviationAt(String s, int i) {
        if ("JFMASOND".indexOf(s.charAt(i)) < 0) {
            return false;
        }
        for (String m : MONTH_ABBREVIATIONS) {
            if (s.startsWith(m, i)) {
                return true;
            }
        }
        return false;
    }

    /** After a month word: a hyphen and a word that is no month ("Mar-Chiquita", "May-Britt", "Jun-ichi"). */
    private static final Pattern HYPHENED_NAME = Pattern.compile("-(?!" + MONTH + "\\b)\\p{L}");
    /** Before an abbreviation: a day ("on 26 Jan Trump phoned …"), so it is the month after all. */
    private static final Pattern DAY_BEFORE = Pattern.compile("\\d(?:st|nd|rd|th)?\\s+$");
    /** After a month word: a lower-case particle and a capital ("Mar del Plata", "Jan de Vries"). */
    private static final Pattern PARTICLE_NAME = Pattern.compile("\\s(?:del|de|do|da|di|la|van|von)\\s\\p{Lu}");
    /** After an abbreviation: a capitalised word that is no month, weekday or ordinal ("Jan Mayen", "Jan Novak"). */
    private static final Pattern CAPITAL_NAME = Pattern.compile("\\s(?!" + MONTH + "\\b|" + WEEKDAY
            + "\\b)\\p{Lu}\\p{Ll}+");

    /**
     * A month word that only opens a place's or a person's name (session 16): "a rally in Mar-Chiquita the same day",
     * "Finance Minister May-Britt Olsen", "in Mar del Plata"; a bare three-letter abbreviation before a capitalised word
     * ("Jan Mayen") too, though not "May" ("in May President X …").
     */
    private static boolean insideName(String s, int start, int end) {
        if (end >= s.length()) {
            return false;
        }
        if (HYPHENED_NAME.matcher(s).region(end, s.length()).lookingAt()
                || PARTICLE_NAME.matcher(s).region(end, s.length()).lookingAt()) {
            return true;
        }
        String word = s.substring(start, end);
        return (end - start == 3 || word.equals("Sept")) && !word.equals("May") && s.charAt(end) == ' '
                && !DAY_BEFORE.matcher(s).region(Math.max(0, start - 8), start).find()
                && CAPITAL_NAME.matcher(s).region(end, s.length()).lookingAt();
    }

    /** The words every match of {@link #DEICTIC_SPAN}, {@link #DEICTIC} and {@link #PERIOD_END} starts with. */
    private static final WordSet DEICTIC_SPAN_STARTS = new WordSet("today", "tomorrow");
    private static final WordSet DEICTIC_STARTS = new WordSet("today", "yesterday", "tomorrow", "tonight", "last",
            "this");
    private static final WordSet PERIOD_END_STARTS = new WordSet("before", "by", "until");
    /** The words every match of {@link #PERIOD} ends with ("weekend" holds "week"). */
    private static final WordSet PERIOD_UNITS = new WordSet("week", "month", "year");

    private static void scanWords(String s, int from, boolean[] taken, List<Timex> out, Cues cues) {
        if (cues.deictic) {
            scanFromCues(DEICTIC_SPAN, s, DEICTIC_SPAN_STARTS, taken, out, m -> {
                int first = m.group(1).equalsIgnoreCase("today") ? 0 : 1;
                return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DEICTIC, 0, 0, 0, first + 1, null, null,
                        null, first, null, null);
            });
            scanFromCues(DEICTIC, s, DEICTIC_STARTS, taken, out, m -> {
                String w = m.group(1).toLowerCase(Locale.ROOT);
                int off = w.equals("yesterday") || w.startsWith("last") ? -1 : w.equals("tomorrow") ? 1 : 0;
                String part = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT)
                        : w.equals("tonight") || w.startsWith("last") ? "night" : null;
                return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DEICTIC, 0, 0, 0, 0, null, null, null, off,
                        null, part);
            });
        }
        if (!cues.period) {
            return;
        }
        scanBeforeCues(PERIOD, s, PERIOD_UNITS, 5, taken, out, m -> {
            String which = m.group(2).toLowerCase(Locale.ROOT);
            int off = which.equals("last") || which.equals("the past") || which.equals("the previous") ? -1
                    : which.equals("next") || which.equals("the coming") || which.equals("the following") ? 1 : 0;
            String mod = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(3).toLowerCase(Locale.ROOT);
            if (which.equals("the past")) {
                // "revived over the past year", "in the past week": a stretch of time up to now (TimeML's P1Y), not
                // the calendar year or week before; it dates no occasion (session 11)
                return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DURATION, 0, 0, 0, 0, null, mod, unit, 1,
                        null, null);
            }
            if (mod != null && m.group().toLowerCase(Locale.ROOT).contains(" in the ")) {
                if (!unit.equals("month") && !unit.equals("year")) {
                    return null; // "later in the week": the day the narrative gives says more than a week
                }
                mod += " in"; // "later in the year": the year of the event just told (DateResolver)
            }
            return new Timex(m.start(), m.end(), m.group(), Timex.Kind.PERIOD, 0, 0, 0, 0, null, mod, unit, off,
                    null, null);
        });
        scanFromCues(PERIOD_END, s, PERIOD_END_STARTS, taken, out, m -> new Timex(m.start(), m.end(), m.group(), Timex.Kind.PERIOD, 0, 0, 0,
                0, null, null, m.group(1).toLowerCase(Locale.ROOT), 0, null, null));
    }

    /**
     * "in March of that year": a month, day or year of the year the text last named before the phrase. With no year
     * named before it, an expression that resolves to nothing (rather than "later" read as the same day).
     */
    private static Timex thatYear(Matcher m, String text, int from) {
        int year = lastYearBefore(text, from + m.start());
        if (year == 0) {
            return new Timex(m.start(), m.end(), m.group(), Timex.Kind.REFERENCE, 0, 0, 0, 0, null, "past", null, 0,
                    null, null);
        }
        int month = m.group(3) == null ? 0 : month(m.group(3));
        String d = m.group(2) != null ? m.group(2) : m.group(4);
        Timex.Kind kind = month == 0 ? Timex.Kind.YEAR : d == null ? Timex.Kind.MONTH : Timex.Kind.DAY_OF_MONTH;
        return new Timex(m.start(), m.end(), m.group(), kind, year, month, d == null ? 0 : Integer.parseInt(d), 0,
                null, THAT_YEAR_MOD, null, 0, null, null);
    }

    /** Modifier of a weekday of a week named ("Tuesday of last week"); its offset counts weeks from the article's. */
    public static final String WEEK_NAMED = "of week";

    /** Modifier of an expression whose year is the one the text last named ("in March of that year"). */
    public static final String THAT_YEAR_MOD = "that year";

    /** The last year (1900–2099) written as four digits before {@code pos}, or 0. */
    static int lastYearBefore(String text, int pos) {
        for (int i = Math.min(pos, text.length()) - 4; i >= 0; i--) {
            char c = text.charAt(i);
            if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
                    && Character.isDigit(text.charAt(i + 2)) && Character.isDigit(text.charAt(i + 3))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (i + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 4)))) {
                return Integer.parseInt(text, i, i + 4, 10);
            }
        }
        return 0;
    }

    private static Timex step(Matcher m) {
        int days;
        String part = null;
        if (m.group(1) != null) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : COUNTS.get(n);
            String dir = m.group(3).toLowerCase(Locale.ROOT);
            days = count * (m.group(2).equalsIgnoreCase("week") ? 7 : 1)
                    * (dir.equals("earlier") || dir.equals("before") || dir.startsWith("ahead") ? -1 : 1);
        } else {
            String which = m.group(4).toLowerCase(Locale.ROOT);
            days = which.equals("the next") || which.equals("the following") ? 1 : 0;
            String p = m.group(5).toLowerCase(Locale.ROOT);
            part = p.equals("day") ? null : p;
        }
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.AFTER_PREVIOUS, 0, 0, 0, 0, null,
                days < 0 ? "before" : "after", null, days, null, part);
    }

    private static Timex clock(Matcher m) {
        LocalTime t;
        if (m.group(1) != null) {
            int h = Integer.parseInt(m.group(1));
            int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
            if (h < 1 || h > 12 || min > 59) {
                return null;
            }
            t = LocalTime.of(h % 12 + (pm ? 12 : 0), min);
        } else if (m.group(4) != null) {
            int h = Integer.parseInt(m.group(4));
            int min = Integer.parseInt(m.group(5));
            if (h > 23 || min > 59) {
                return null;
            }
            t = LocalTime.of(h, min);
        } else {
            String w = m.group(6).toLowerCase(Locale.ROOT);
            t = w.equals("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON;
        }
        String phrase = m.group().strip();
        int start = m.start() + m.group().indexOf(phrase);
        return new Timex(start, start + phrase.length(), phrase, Timex.Kind.TIME, 0, 0, 0, 0, null, null, null, 0, t,
                null);
    }

    private static Timex full(Matcher m, int year, int month, int day, int endDay) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || (endDay != 0 && (endDay <= day || endDay > 31))) {
            return null;
        }
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DAY_OF_MONTH, year, month, day, endDay, null, null,
                null, 0, null, null);
    }

    /**
     * A range across months. "and" makes a range only after "between" ("met on 30 June and 2 July" is two days);
     * a year stated at one end gives the other its year, a year earlier when the range crosses New Year.
     */
    private static Timex cross(Matcher m, String lead, String day, String monthName, String yearText, String sep,
                               String endDayText, String endMonthName, String endYearText) {
        if (sep.equalsIgnoreCase("and") && !"between".equalsIgnoreCase(lead)) {
            return null;
        }
        int month = month(monthName);
        int endMonth = month(endMonthName);
        int d = Integer.parseInt(day);
        int endDay = Integer.parseInt(endDayText);
        int year = year(yearText);
        int endYear = year(endYearText);
        if (d < 1 || d > 31 || endDay < 1 || endDay > 31) {
            return null;
        }
        if (endMonth == month) {
            // "from May 3 to May 5", "3 June to 5 June": a range within one month, its month written twice
            boolean sameYear = year == 0 || endYear == 0 || year == endYear;
            return endDay <= d || !sameYear ? null : new Timex(m.start(), m.end(), m.group(), Timex.Kind.DAY_OF_MONTH,
                    year != 0 ? year : endYear, month, d, endDay, null, null, null, 0, null, null);
        }
        boolean newYear = endMonth < month;
        if (year == 0 && endYear != 0) {
            year = newYear ? endYear - 1 : endYear;
        } else if (year != 0 && endYear == 0) {
            endYear = newYear ? year + 1 : year;
        }
        if (year != 0 && (endYear < year || endYear > year + 1 || (endYear == year) == newYear)) {
            return null; // the end must come after the start, within a year
        }
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DAY_OF_MONTH, year, month, d, endDay, null, null,
                null, 0, null, null, endMonth, endYear);
    }

    /** True when four digits starting 19 or 20 stand somewhere in s. */
    private static boolean hasYear(String s) {
        for (int i = s.indexOf('1'), j = s.indexOf('2'); i >= 0 || j >= 0; ) {
            int k = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            if (k + 3 < s.length() && (s.startsWith("19", k) || s.startsWith("20", k))
                    && Character.isDigit(s.charAt(k + 2)) && Character.isDigit(s.charAt(k + 3))) {
                return true;
            }
            if (k == i) {
                i = s.indexOf('1', i + 1);
            } else {
                j = s.indexOf('2', j + 1);
            }
        }
        return false;
    }

    private static int year(String g) {
        return g == null ? 0 : Integer.parseInt(g);
    }

    /** The month (1-12) of a month's name or abbreviation ("Sept", "MARCH"). */
    public static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }

    interface Build {
        Timex from(Matcher m);
    }

    static void scan(Pattern p, CharSequence s, int base, boolean[] taken, List<Timex> out, Build build) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            take(m, taken, out, build);
        }
    }

    /** The match as a time expression, unless it is empty or overlaps one already taken; its characters taken. */
    private static void take(Matcher m, boolean[] taken, List<Timex> out, Build build) {
        if (m.end() == m.start() || anyTaken(taken, m.start(), m.end())) {
            return;
        }
        Timex t = build.from(m);
        if (t == null) {
            return;
        }
        for (int i = t.start(); i < t.end(); i++) {
            taken[i] = true;
        }
        out.add(t);
    }

    private static final String[] WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};

    /**
     * {@link #scan} with {@link #WEEKDAY_P}, whose every match holds a capitalised day name after at most a
     * six-letter word and spaces: each search starts there instead of trying every position of the sentence.
     * Transparent bounds let '\b' see the character before the start, so the matches are the same.
     */
    private static void scanWeekdays(String s, boolean[] taken, List<Timex> out, Build build) {
        Matcher m = WEEKDAY_P.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int pos = 0;
        while (pos <= s.length()) {
            int day = WordCues.earliest(s, pos, WEEKDAY_NAMES);
            if (day < 0) {
                return;
            }
            int w = day;
            while (w > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(w - 1)) >= 0) {
                w--;
            }
            if (!m.region(Math.max(pos, w - 10), s.length()).find()) {
                return;
            }
            pos = m.end() == m.start() ? m.end() + 1 : m.end();
            take(m, taken, out, build);
        }
    }

    /**
     * {@link #scan} for a case-insensitive pattern whose every match starts with one of {@code starts} (lower case;
     * found ignoring ASCII case, as {@code (?i)} does): each search starts at the nearest of them instead of trying
     * every position. No match starts before it, so the matches are the same; transparent bounds let '\b' and
     * lookbehinds see the text before.
     */
    private static void scanFromCues(Pattern p, String s, WordSet starts, boolean[] taken, List<Timex> out,
                                     Build build) {
        Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int pos = 0;
        while (pos <= s.length()) {
            int cue = starts.firstIgnoreCase(s, pos, s.length());
            if (cue < 0 || !m.region(cue, s.length()).find()) {
                return;
            }
            pos = m.end() == m.start() ? m.end() + 1 : m.end();
            take(m, taken, out, build);
        }
    }

    /**
     * {@link #scanFromCues} for a pattern whose every match ends with one of {@code ends} and holds at most
     * {@code runs} - 1 runs of non-space before it: each search starts that many runs before the nearest of them
     * ({@link WordCues#startOfLastRuns}), as early as a match ending there or further on can start.
     */
    private static void scanBeforeCues(Pattern p, String s, WordSet ends, int runs, boolean[] taken, List<Timex> out,
                                       Build build) {
        Matcher m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int pos = 0;
        while (pos <= s.length()) {
            int cue = ends.firstIgnoreCase(s, pos, s.length());
            if (cue < 0) {
                return;
            }
            int start = Math.max(pos, WordCues.startOfLastRuns(s, 0, cue, runs));
            if (!m.region(start, s.length()).find()) {
                return;
            }
            pos = m.end() == m.start() ? m.end() + 1 : m.end();
            take(m, taken, out, build);
        }
    }

    private static void scanIn(List<int[]> windows, Pattern p, CharSequence s, int base, boolean[] taken,
                               List<Timex> out, Build build) {
        for (int[] w : windows) {
            Matcher m = p.matcher(s).region(w[0], w[1]).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                take(m, taken, out, build);
            }
        }
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
