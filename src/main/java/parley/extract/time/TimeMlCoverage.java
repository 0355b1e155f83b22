package parley.extract.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expressions TimeML counts that dating events does not need: durations, sets, references to the present,
 * past or future, bare years and months, decades, centuries, seasons, quarters, fiscal years and "N units ago".
 * {@link #first} runs before the app's patterns (its phrases contain theirs: "the final quarter of 2009"),
 * {@link #last} after them (bare "2012" or "June" only where nothing longer took the words).
 */
final class TimeMlCoverage {
    private static final String NUM = "(\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
            + "|fifty|sixty|hundred|a few|few|several|many|some|a couple of|a number of|dozens of|hundreds of)";
    private static final String UNIT = "(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?"
            + "|centur(?:y|ies)|quarters?)";
    private static final String ORDINAL = "(first|second|third|fourth|final|last|1st|2nd|3rd|4th)";

    private static final Pattern AGO = Pattern.compile("(?i)\\b" + NUM + "[\\s-]+" + UNIT + "\\s+(ago|earlier|later)\\b");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\b(?:the\\s+)?(?:(?:" + ORDINAL
            + "|(this|last|next|previous|current|same))[\\s-]+(?:fiscal\\s+)?quarter|(Q[1-4]))"
            + "(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:((?:19|20)\\d{2})|(this|last|next)\\s+year))?\\b");
    private static final Pattern SEASON = Pattern.compile("\\b(?:(?i:(last|this|next|early|late|mid|the))[\\s-]+)?"
            + "((?i:spring|summer|autumn|fall|winter))(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?\\b");
    private static final Pattern FISCAL = Pattern.compile("\\b(?:(?i:fiscal)(?:\\s+(?i:year))?\\s+|FY\\s?)"
            + "((?:19|20)\\d{2})\\b");
    private static final Pattern DECADE = Pattern.compile("\\b(?:(?i:the)\\s+)?(?:((?i:early|mid|late))[\\s-]+)?"
            + "((?:19|20)\\d0)['’]?s\\b");
    private static final Pattern CENTURY = Pattern.compile("(?i)\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)[\\s-]+century\\b");
    private static final Pattern DURATION = Pattern.compile("(?i)\\b(?:(?:nearly|almost|about|around|approximately"
            + "|roughly|more than|less than|at least|over|just over|just under|up to|some)\\s+(?!the\\b))?"
            + "(?:the\\s+)?"
            + "(?:(past|last|next|coming|previous|following|first|recent|latest)\\s+)?" + NUM
            + "[\\s-]+(?:more\\s+|consecutive\\s+|straight\\s+|full\\s+|trading\\s+|business\\s+|working\\s+)?"
            + UNIT + "(?!(?<=\\ba quarter|\\bone quarter|\\bthree quarters)\\s+of\\b)(?:-long|-old|\\s+old)?\\b"); // not "a quarter of its staff"
    /** "the past decade": one unit, said as a stretch of time. */
    private static final Pattern ONE_LONG_UNIT = Pattern.compile("(?i)\\bthe\\s+(past|last|next|coming)\\s+"
            + "(decade|century)\\b");
    private static final Pattern SAME_DAY_PART = Pattern.compile("(?i)\\b(earlier|later)\\s+(today|this\\s+(morning"
            + "|afternoon|evening))\\b");
    private static final Pattern EDGE_OF_PERIOD = Pattern.compile("(?i)\\b(?:the\\s+)?(start|beginning|end|middle|turn)"
            + "\\s+of\\s+(?:(the|this|last|next)\\s+)(year|month|week|decade)\\b");
    private static final Pattern VAGUE_DURATION = Pattern.compile("(?i)\\b(?:(?:the\\s+)?(recent|coming|past)\\s+"
            + "(years|months|weeks|days|decades)|(?<=\\b(?:for|over)\\s)(years|months|weeks|decades))\\b");
    private static final Pattern DAY_PART = Pattern.compile("(?i)\\b(yesterday|tomorrow|last)\\s+"
            + "(morning|afternoon|evening|night)\\b");
    private static final Pattern SET = Pattern.compile("(?i)\\b(?:(?:every|each)\\s+(day|week|month|year|morning"
            + "|afternoon|evening|night|weekend|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            + "|(?:once|twice|\\w+ times)\\s+(?:a|per|each)\\s+(day|week|month|year)"
            + "|(daily|weekly|monthly|yearly|annually|annual|quarterly|nightly|hourly))\\b");
    private static final Pattern WEEKEND = Pattern.compile("(?i)\\bthe\\s+weekend\\b");
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\b(now|currently|nowadays|at present|presently"
            + "|these days|at the moment|recently|lately|the past|the future|soon)\\b");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d$£€.,:/-])(?:((?i:early|mid|late))[\\s-]+)?"
            + "((?:1[6-9]|20)\\d{2})(?![\\d%]|[.,:/]\\d|-\\d|\\s*(?i:percent|per cent|million|billion|people))");
    private static final Pattern MONTH = Pattern.compile("\\b(January|February|April|June|July|August|September"
            + "|October|November|December)\\b(?![-\\s]\\d)");

    private TimeMlCoverage() {
    }

    static void first(String s, boolean[] taken, List<Timex> out) {
        TimexTagger.scan(AGO, s, 0, taken, out, TimeMlCoverage::ago);
        TimexTagger.scan(QUARTER, s, 0, taken, out, TimeMlCoverage::quarter);
        TimexTagger.scan(FISCAL, s, 0, taken, out, m -> year(m, Integer.parseInt(m.group(1)), null, null));
        TimexTagger.scan(DECADE, s, 0, taken, out, m -> year(m, Integer.parseInt(m.group(2)), "decade", lower(m.group(1))));
        TimexTagger.scan(CENTURY, s, 0, taken, out, m -> {
            int n = Integer.parseInt(m.group(1));
            return n < 1 || n > 21 ? null : year(m, (n - 1) * 100, "century", null);
        });
        TimexTagger.scan(SEASON, s, 0, taken, out, TimeMlCoverage::season);
        TimexTagger.scan(DAY_PART, s, 0, taken, out, m -> {
            String w = lower(m.group(1));
            int off = w.equals("tomorrow") ? 1 : -1;
            return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DEICTIC, 0, 0, 0, 0, null, null, null, off,
                    null, lower(m.group(2)));
        });
        TimexTagger.scan(SET, s, 0, taken, out, TimeMlCoverage::set);
        TimexTagger.scan(WEEKEND, s, 0, taken, out, m -> new Timex(m.start(), m.end(), m.group(), Timex.Kind.PERIOD,
                0, 0, 0, 0, null, "the", "weekend", 0, null, null));
        TimexTagger.scan(SAME_DAY_PART, s, 0, taken, out, m -> new Timex(m.start(), m.end(), m.group(),
                Timex.Kind.DEICTIC, 0, 0, 0, 0, null, lower(m.group(1)), null, 0, null, lower(m.group(3))));
        TimexTagger.scan(EDGE_OF_PERIOD, s, 0, taken, out, m -> {
            String which = m.group(2) == null ? "the" : lower(m.group(2));
            int off = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
            String unit = lower(m.group(3));
            return new Timex(m.start(), m.end(), m.group(), Timex.Kind.PERIOD, 0, 0, 0, 0, null, lower(m.group(1)),
                    unit.equals("decade") ? "year" : unit, off, null, null);
        });
        TimexTagger.scan(ONE_LONG_UNIT, s, 0, taken, out, m -> new Timex(m.start(), m.end(), m.group(),
                Timex.Kind.DURATION, 0, 0, 0, 0, null, lower(m.group(1)), unit(m.group(2)), 1, null, null));
        TimexTagger.scan(DURATION, s, 0, taken, out, TimeMlCoverage::duration);
        TimexTagger.scan(VAGUE_DURATION, s, 0, taken, out, m -> {
            String unit = m.group(2) != null ? m.group(2) : m.group(3);
            return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DURATION, 0, 0, 0, 0, null, lower(m.group(1)),
                    unit(unit), 0, null, null);
        });
    }

    static void last(String s, boolean[] taken, List<Timex> out) {
        TimexTagger.scan(REFERENCE, s, 0, taken, out, m -> {
            String w = lower(m.group(1));
            String which = switch (w) {
                case "recently", "lately", "the past" -> "past";
                case "the future", "soon" -> "future";
                default -> "present";
            };
            return new Timex(m.start(), m.end(), m.group(), Timex.Kind.REFERENCE, 0, 0, 0, 0, null, which, null, 0,
                    null, null);
        });
        TimexTagger.scan(YEAR, s, 0, taken, out, m -> year(m, Integer.parseInt(m.group(2)), null, lower(m.group(1))));
        TimexTagger.scan(MONTH, s, 0, taken, out, m -> new Timex(m.start(), m.end(), m.group(), Timex.Kind.MONTH, 0,
                TimexTagger.month(m.group(1)), 0, 0, null, null, null, 0, null, null));
    }

    private static Timex ago(Matcher m) {
        int n = amount(m.group(1));
        String unit = unit(m.group(2));
        String dir = lower(m.group(3));
        if (n == 0) {
            return new Timex(m.start(), m.end(), m.group(), Timex.Kind.REFERENCE, 0, 0, 0, 0, null,
                    dir.equals("later") ? "future" : "past", null, 0, null, null);
        }
        if (unit.equals("decade")) {
            unit = "year";
            n *= 10;
        }
        // "ago" counts from the article; "two days later/earlier" from the date just mentioned ("after"/"before")
        String mod = dir.equals("ago") ? "ago" : dir.equals("later") ? "after" : "before";
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.PERIOD, 0, 0, 0, 0, null, mod, unit,
                dir.equals("later") ? n : -n, null, null);
    }

    private static Timex quarter(Matcher m) {
        int number = 0;
        int off = 0;
        String mod = null;
        if (m.group(3) != null) {
            number = m.group(3).charAt(1) - '0';
        } else if (m.group(1) != null) {
            String w = lower(m.group(1));
            if (w.equals("last") && m.group(4) == null && m.group(5) == null) {
                off = -1; // "the last quarter" is the one before this one; "the last quarter of 2009" is Q4
                mod = "last";
            } else {
                number = switch (w) {
                    case "first", "1st" -> 1;
                    case "second", "2nd" -> 2;
                    case "third", "3rd" -> 3;
                    default -> 4;
                };
            }
        } else {
            mod = lower(m.group(2));
            off = mod.equals("last") || mod.equals("previous") ? -1 : mod.equals("next") ? 1 : 0;
        }
        int year = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (number > 0 && m.group(5) != null) {
            String y = lower(m.group(5));
            off = y.equals("last") ? -1 : y.equals("next") ? 1 : 0; // a numbered quarter's offset is in years
        }
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.PERIOD, year, 0, number, 0, null, mod, "quarter",
                off, null, null);
    }

    private static Timex season(Matcher m) {
        String mod = lower(m.group(1));
        String name = lower(m.group(2));
        boolean hasYear = m.group(3) != null;
        if (mod == null && !hasYear) {
            return null; // a bare "spring" or "fall" is too often a verb
        }
        if (name.equals("fall") && mod != null && mod.equals("the") && !hasYear) {
            return null; // "the fall of the government"
        }
        int season = switch (name) {
            case "spring" -> 1;
            case "summer" -> 2;
            case "winter" -> 4;
            default -> 3;
        };
        int off = "last".equals(mod) ? -1 : "next".equals(mod) ? 1 : 0;
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.PERIOD, hasYear ? Integer.parseInt(m.group(3)) : 0,
                0, season, 0, null, mod, "season", off, null, null);
    }

    private static Timex duration(Matcher m) {
        String unit = unit(m.group(3));
        int n = amount(m.group(2));
        String word = lower(m.group(2));
        if (word.matches("\\d+") && word.length() == 4 && unit.equals("year")) {
            return null; // "2012 year" is not a duration
        }
        if (unit.equals("second") && (word.equals("a") || word.equals("an")) && m.group(3).length() == 6) {
            return null; // "a second day": the ordinal, not a second of time
        }
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.DURATION, 0, 0, 0, 0, null, lower(m.group(1)), unit,
                n, null, null);
    }

    private static Timex set(Matcher m) {
        String w = lower(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        DayOfWeek weekday = null;
        String unit;
        String part = null;
        switch (w) {
            case "daily", "nightly", "day" -> unit = "day";
            case "weekly", "week" -> unit = "week";
            case "monthly", "month" -> unit = "month";
            case "quarterly", "quarter" -> unit = "quarter";
            case "hourly" -> unit = "hour";
            case "weekend" -> unit = "weekend";
            case "morning", "afternoon", "evening", "night" -> {
                unit = "day";
                part = w;
            }
            case "yearly", "annually", "annual", "year" -> unit = "year";
            default -> {
                unit = "week";
                weekday = DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
            }
        }
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.SET, 0, 0, 0, 0, weekday, null, unit, 1, null, part);
    }

    private static Timex year(Matcher m, int year, String unit, String mod) {
        return new Timex(m.start(), m.end(), m.group(), Timex.Kind.YEAR, year, 0, 0, 0, null, mod, unit, 0, null, null);
    }

    /** "years" → "year", "centuries" → "century". */
    static String unit(String word) {
        String w = lower(word);
        if (w.startsWith("centur")) {
            return "century";
        }
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /** The number a word states, 0 when it is vague ("several"). */
    static int amount(String word) {
        String w = lower(word);
        if (w.matches("\\d+")) {
            return w.length() > 6 ? 0 : Integer.parseInt(w);
        }
        return switch (w) {
            case "a", "an", "one" -> 1;
            case "two", "a couple of" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            case "seven" -> 7;
            case "eight" -> 8;
            case "nine" -> 9;
            case "ten" -> 10;
            case "eleven" -> 11;
            case "twelve" -> 12;
            case "thirteen" -> 13;
            case "fourteen" -> 14;
            case "fifteen" -> 15;
            case "sixteen" -> 16;
            case "seventeen" -> 17;
            case "eighteen" -> 18;
            case "nineteen" -> 19;
            case "twenty" -> 20;
            case "thirty" -> 30;
            case "forty" -> 40;
            case "fifty" -> 50;
            case "sixty" -> 60;
            case "hundred" -> 100;
            default -> 0;
        };
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
