package parley.extract.time;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A time expression found in a sentence, before it is resolved: its words and what they literally say.
 * Unused fields are 0 or null.
 *
 * @param start    offset of the phrase in the text searched
 * @param end      offset just past it
 * @param phrase   the words ("on Wednesday", "24–25 June", "at midday")
 * @param kind     what sort of expression it is
 * @param year     a stated year, or 0
 * @param month    a stated month 1–12, or 0
 * @param day      a stated day of month, or 0; for a quarter its number 1–4; for a season 1–4 (spring to winter)
 *                 (a numbered quarter's offset counts years: "the first quarter of last year")
 * @param endDay   last day of a stated range ("24–25 June"), or 0; for a DEICTIC span ("tomorrow and the day
 *                 after") the last day's offset from the article (2), else 0
 * @param weekday  a stated weekday, or null
 * @param modifier "last", "next", "this", "earlier", "later", "early", "late" or null; for a REFERENCE "present",
 *                 "past" or "future"; "ago" for "three years ago", "after" or "before"
 *                 for "two days later" or "earlier" (counted from the previous event)
 * @param unit     "day", "week", "weekend", "month", "quarter", "season" or "year" for periods; "decade" or
 *                 "century" for a YEAR that names one; the unit of a DURATION or SET ("hour", "morning", ...)
 * @param offset   days (or periods) relative to the anchor or to the previous event; the amount of a DURATION
 *                 (0 when vague: "several years")
 * @param time     a stated time of day, or null
 * @param partOfDay "morning", "afternoon", "evening" or "night", or null
 * @param endMonth  month of a range end in another month ("30 June to 2 July"), or 0 when it ends in the same month
 * @param endYear   year of a range end when stated or implied by a stated start year ("30 December 2025 to 2
 *                  January"), or 0
 */
public record Timex(int start, int end, String phrase, Kind kind, int year, int month, int day, int endDay,
                    DayOfWeek weekday, String modifier, String unit, int offset, LocalTime time, String partOfDay,
                    int endMonth, int endYear) {

    /** An expression whose range, if any, ends in the month it starts. */
    public Timex(int start, int end, String phrase, Kind kind, int year, int month, int day, int endDay,
                 DayOfWeek weekday, String modifier, String unit, int offset, LocalTime time, String partOfDay) {
        this(start, end, phrase, kind, year, month, day, endDay, weekday, modifier, unit, offset, time, partOfDay, 0, 0);
    }

    public enum Kind {
        /**
         * A day of a month, maybe with a year or a range end: "16 May", "August 18th", "18/08/2025", "24–25 June",
         * "from 30 June to 2 July", "between December 30 and January 2".
         */
        DAY_OF_MONTH,
        /** A month with no day: "in July", "last March", "September 2024". */
        MONTH,
        /** A year alone: "in 2024". */
        YEAR,
        /** A weekday: "on Wednesday", "last Friday", "Wednesday's call". */
        WEEKDAY,
        /** Today, yesterday, tomorrow, tonight, this morning. */
        DEICTIC,
        /** Last/next/this week, month or year; "earlier this month". */
        PERIOD,
        /** A time of day with no day: "at midday", "at 10am local time". */
        TIME,
        /** Relative to the event just mentioned: "later", "then", "the next day". */
        AFTER_PREVIOUS,
        /** A length of time, not a date: "three years", "two-week", "the past five months" (TimeML only). */
        DURATION,
        /** A recurrence: "every week", "weekly", "each morning" (TimeML only). */
        SET,
        /** The present, past or future at large: "now", "currently", "recently", "the future" (TimeML only). */
        REFERENCE
    }

    /** True when resolving needs the publication date (everything but full dates and years). */
    /** "later in the month", "earlier in the year": a part of the period of the event just told, not the article's. */
    public boolean withinEventTold() {
        return kind == Kind.PERIOD && modifier != null && modifier.endsWith(" in");
    }

    public boolean relative() {
        return switch (kind) {
            case DAY_OF_MONTH, MONTH -> year == 0;
            case YEAR, DURATION, SET, REFERENCE -> false;
            default -> true;
        };
    }
}
