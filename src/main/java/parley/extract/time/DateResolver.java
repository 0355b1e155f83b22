package parley.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

import parley.domain.DateDerivation;
import parley.domain.EventDate;
import parley.domain.Precision;

/**
 * Resolves a {@link Timex} against the article's publication date (the anchor), the tense of its clause and the
 * date of the event just mentioned. With no anchor, relative expressions stay unresolved but keep their phrase.
 */
public final class DateResolver {

    private DateResolver() {
    }

    /**
     * @param t        the expression
     * @param anchor   publication date, or null
     * @param tense    tense of the clause the expression sits in
     * @param previous date of the event just mentioned (for "later", "then"), or null
     */
    public static Resolution resolve(Timex t, LocalDate anchor, Tense tense, EventDate previous) {
        if (t.kind() == Timex.Kind.TIME) {
            return new Resolution(EventDate.UNKNOWN, t.time(), new DateDerivation(t.phrase(), DateWords.anchor(anchor),
                    "time of day", t.time().toString()));
        }
        if (t.kind() == Timex.Kind.AFTER_PREVIOUS) {
            if (previous == null || !previous.known()) {
                return unresolved(t, anchor, "relative to the previous event, which has no date");
            }
            LocalDate d = previous.start().plusDays(t.offset());
            if (tense == Tense.PAST && anchor != null && d.isAfter(anchor)) {
                // "X will host him on Thursday. Y greeted him in Doha and they later watched…" (a Wednesday story):
                // what a past clause tells has happened, so it is not counted from an event still ahead: "later"
                // is later that day, the article's; "two days later" cannot be placed
                return t.offset() == 0 ? ok(EventDate.day(anchor), t, DateWords.anchor(anchor),
                        "same day as the article (the event just mentioned is still ahead; a past clause)",
                        t.partOfDay())
                        : unresolved(t, anchor, "relative to an event still ahead of the article, in a past clause");
            }
            if (tense == Tense.FUTURE && anchor != null && d.isBefore(anchor)) {
                // "is attending the summit later in the week" after a paragraph on last week's talks: what a
                // future clause tells lies ahead, so no step from a day already past places it (session 10)
                return unresolved(t, anchor, "relative to an event already past, in a future clause");
            }
            EventDate date = previous.precision().ordinal() >= Precision.DAY.ordinal()
                    ? EventDate.day(d) : previous;
            int n = Math.abs(t.offset());
            String rule = n == 0 ? "same day as the event just mentioned"
                    : n == 1 ? (t.offset() > 0 ? "day after" : "day before") + " the event just mentioned"
                    : n + " days " + (t.offset() > 0 ? "after" : "before") + " the event just mentioned";
            return ok(date, t, "event of " + DateWords.of(previous), rule, t.partOfDay());
        }
        if (t.kind() == Timex.Kind.DURATION || t.kind() == Timex.Kind.SET || t.kind() == Timex.Kind.REFERENCE) {
            return unresolved(t, anchor, "a length of time, a recurrence or a general reference, not a date");
        }
        if (!t.relative()) {
            return absolute(t, anchor);
        }
        if (t.kind() == Timex.Kind.WEEKDAY && "that".equals(t.modifier())) {
            return thatWeekday(t, anchor, tense, previous);
        }
        if (anchor == null) {
            return unresolved(t, null, "relative expression; the article has no date");
        }
        return switch (t.kind()) {
            case DAY_OF_MONTH -> dayOfMonth(t, anchor, tense);
            case MONTH -> month(t, anchor, tense);
            case WEEKDAY -> weekday(t, anchor, tense);
            case DEICTIC -> t.weekday() != null ? namedDeictic(t, anchor) // "tonight (Tuesday)"
                    : t.endDay() > 0 && t.endDay() > t.offset() ? ok(EventDate.range(anchor.plusDays(t.offset()),
                    anchor.plusDays(t.endDay())), t, DateWords.anchor(anchor), "days from the article's ('"
                    + t.phrase() + "')") // "tomorrow and the day after"
                    : ok(EventDate.day(anchor.plusDays(t.offset())), t, DateWords.anchor(anchor),
                    t.offset() == 0 ? "same day as the article" : t.offset() < 0 ? "day before the article"
                            : "day after the article", t.partOfDay());
            case PERIOD -> {
                if (!countsFromPrevious(t, previous)) {
                    yield period(t, anchor, tense);
                }
                Resolution r = period(t, previous.start(), tense);
                // counted from the event just told, which the derivation names (not "article of")
                yield new Resolution(r.date(), r.time(), new DateDerivation(r.derivation().phrase(),
                        "event of " + DateWords.of(previous), r.derivation().rule(), r.derivation().result()));
            }
            default -> unresolved(t, anchor, "not understood");
        };
    }

    /**
     * "on that same Sunday", "talks would begin that Saturday": a weekday said with "that" points back to the day the
     * text last spoke of, not to the article's week: that day when it is this weekday, else the one after it in a
     * clause not told as past ("would begin"), else the nearest one.
     */
    private static Resolution thatWeekday(Timex t, LocalDate anchor, Tense tense, EventDate previous) {
        if (previous == null || !previous.known() || previous.precision().compareTo(Precision.DAY) < 0) {
            return anchor == null ? unresolved(t, null, "relative expression; the article has no date")
                    : weekday(t, anchor, tense);
        }
        LocalDate p = previous.start();
        int ahead = (t.weekday().getValue() - p.getDayOfWeek().getValue() + 7) % 7;
        LocalDate d = ahead == 0 || tense != Tense.PAST || ahead <= 3 ? p.plusDays(ahead) : p.plusDays(ahead - 7);
        String rule = ahead == 0 ? "the day just spoken of" : d.isAfter(p) ? "the first such weekday after the day just"
                + " spoken of" : "the nearest such weekday to the day just spoken of";
        return ok(EventDate.day(d), t, "event of " + DateWords.of(previous), rule + " ('that')", t.partOfDay());
    }

    private static Resolution absolute(Timex t, LocalDate anchor) {
        if (TimexTagger.THAT_YEAR_MOD.equals(t.modifier())) {
            // "in March of that year": the year the text last named, not the article's
            Resolution r = absoluteDate(t, anchor);
            return r.date().known() ? ok(r.date(), t, "text naming " + t.year() + " before it",
                    "the year last named ('that year')") : r;
        }
        return absoluteDate(t, anchor);
    }

    private static Resolution absoluteDate(Timex t, LocalDate anchor) {
        return switch (t.kind()) {
            case YEAR -> yearOrSpan(t, anchor);
            case MONTH -> ok(EventDate.month(YearMonth.of(t.year(), t.month())), t, DateWords.anchor(anchor),
                    "explicit month and year");
            default -> {
                LocalDate d = safeDate(t.year(), t.month(), t.day());
                if (d == null) {
                    yield unresolved(t, anchor, "no such day");
                }
                yield ok(withRange(d, t), t, DateWords.anchor(anchor), "explicit date");
            }
        };
    }

    /**
     * A day and month with no year. A past clause speaks of a day no later than a few months after the article, a
     * future one of a day no earlier than a few months before it (the closest such year); otherwise the article's own
     * year, unless the day lies within three months of the article across New Year ("15 January" in a December
     * article). News and timelines mostly speak of their own year: "4 February" in an October explainer is this
     * February, not the next one.
     */
    private static Resolution dayOfMonth(Timex t, LocalDate anchor, Tense tense) {
        if (t.month() == 0) {
            return ordinalDay(t, anchor, tense);
        }
        LocalDate best = null;
        String how = "year of the article";
        LocalDate same = safeDate(anchor.getYear(), t.month(), t.day());
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = safeDate(y, t.month(), t.day());
            if (d == null) {
                continue;
            }
            long days = d.toEpochDay() - anchor.toEpochDay();
            boolean fits = switch (tense) {
                case PAST -> days <= 92; // a reporting verb may make a clause past: "added it may be signed on …"
                case FUTURE -> days >= -92;
                case PRESENT -> y == anchor.getYear() ? Math.abs(days) <= 183 || !nearOtherYear(t, anchor)
                        : Math.abs(days) <= 92;
            };
            if (fits && (best == null || Math.abs(days) < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
                best = d;
                how = tense == Tense.PAST ? "closest to the article, not months after it (past clause)"
                        : tense == Tense.FUTURE ? "closest to the article, not months before it (future clause)"
                        : y == anchor.getYear() ? "year of the article" : "year closest to the article";
            }
        }
        if (best == null) {
            best = same;
        }
        if (best == null) {
            return unresolved(t, anchor, "no such day");
        }
        return ok(withRange(best, t), t, DateWords.anchor(anchor), "day and month, " + how);
    }

    /** True when the day falls within three months of the article in the year before or after it. */
    private static boolean nearOtherYear(Timex t, LocalDate anchor) {
        for (int y : new int[] {anchor.getYear() - 1, anchor.getYear() + 1}) {
            LocalDate d = safeDate(y, t.month(), t.day());
            if (d != null && Math.abs(d.toEpochDay() - anchor.toEpochDay()) <= 92) {
                return true;
            }
        }
        return false;
    }

    /**
     * A day and month with no year (a range too) read in the article's own year, for a reason the caller knows
     * (a chronology's entry); null when there is no such day.
     */
    public static Resolution inYearOfArticle(Timex t, LocalDate anchor, String how) {
        LocalDate d = safeDate(anchor.getYear(), t.month(), t.day());
        return d == null ? null : ok(withRange(d, t), t, DateWords.anchor(anchor), "day and month, " + how);
    }

    private static EventDate withRange(LocalDate d, Timex t) {
        if (t.endDay() > 0) {
            int endMonth = t.endMonth() == 0 ? d.getMonthValue() : t.endMonth();
            // "between 30 December and 2 January": the end is in the next year
            int endYear = t.endMonth() != 0 && t.endMonth() < d.getMonthValue() ? d.getYear() + 1 : d.getYear();
            LocalDate last = safeDate(endYear, endMonth, t.endDay());
            return last == null || !last.isAfter(d) ? EventDate.day(d) : EventDate.range(d, last);
        }
        return EventDate.day(d);
    }

    private static Resolution month(Timex t, LocalDate anchor, Tense tense) {
        YearMonth here = YearMonth.from(anchor);
        if ("of year".equals(t.modifier())) {
            // "in March of next year": the year is named relative to the article's, whatever the month
            YearMonth named = YearMonth.of(anchor.getYear() + t.offset(), t.month());
            return ok(EventDate.month(named), t, DateWords.anchor(anchor), "month of the "
                    + (t.offset() > 0 ? "following" : t.offset() < 0 ? "previous" : "current") + " year");
        }
        String mod = t.modifier() == null ? "" : t.modifier();
        Direction dir = switch (mod) {
            case "last", "since" -> Direction.BACK_STRICT;
            case "next" -> Direction.FORWARD_STRICT;
            case "this" -> Direction.NEAREST;
            // "scheduled for December": what is scheduled lies ahead, whatever the tense of the sentence
            case "scheduled for", "planned for", "set for", "slated for", "pencilled in for", "penciled in for" ->
                    Direction.FORWARD;
            default -> direction(tense);
        };
        YearMonth back = YearMonth.of(anchor.getYear(), t.month());
        if (back.isAfter(here) || (dir == Direction.BACK_STRICT && !back.isBefore(here))) {
            back = back.minusYears(1);
        }
        YearMonth fwd = YearMonth.of(anchor.getYear(), t.month());
        if (fwd.isBefore(here) || (dir == Direction.FORWARD_STRICT && !fwd.isAfter(here))) {
            fwd = fwd.plusYears(1);
        }
        YearMonth pick = switch (dir) {
            case BACK, BACK_STRICT -> back;
            case FORWARD, FORWARD_STRICT -> fwd;
            case NEAREST -> monthsBetween(back, here) <= monthsBetween(here, fwd) ? back : fwd;
        };
        return ok(EventDate.month(pick), t, DateWords.anchor(anchor), "month, " + dir.words + clause(tense, mod));
    }

    private static long monthsBetween(YearMonth a, YearMonth b) {
        return Math.abs((b.getYear() - a.getYear()) * 12L + b.getMonthValue() - a.getMonthValue());
    }

    /**
     * "on the 30th": that day of the anchor's month; a past clause with a day after the anchor's means the month
     * before, a future clause with a day before it the month after.
     */
    private static Resolution ordinalDay(Timex t, LocalDate anchor, Tense tense) {
        YearMonth month = YearMonth.from(anchor);
        String how = "day of the anchor's month";
        if (tense == Tense.PAST && t.day() > anchor.getDayOfMonth()) {
            month = month.minusMonths(1);
            how = "day of the month before (past clause, a day after the anchor's)";
        } else if (tense == Tense.FUTURE && t.day() < anchor.getDayOfMonth()) {
            month = month.plusMonths(1);
            how = "day of the month after (future clause, a day before the anchor's)";
        }
        if (t.day() > month.lengthOfMonth()) {
            return unresolved(t, anchor, "no such day");
        }
        return ok(EventDate.day(month.atDay(t.day())), t, DateWords.anchor(anchor), how);
    }

    private static Resolution weekday(Timex t, LocalDate anchor, Tense tense) {
        DayOfWeek target = t.weekday();
        if (TimexTagger.WEEK_NAMED.equals(t.modifier())) {
            // "on Tuesday of last week": that weekday in the week named, counted in calendar weeks from the article's
            LocalDate d = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(t.offset())
                    .plusDays(target.getValue() - 1L);
            String week = t.offset() < 0 ? "the week before the article's" : t.offset() > 0
                    ? "the week after the article's" : "the article's week";
            return ok(EventDate.day(d), t, DateWords.anchor(anchor), "weekday of " + week, t.partOfDay());
        }
        if (t.day() > 0) {
            LocalDate d = dayOfWeekday(target, t.day(), anchor, tense);
            if (d != null) {
                // "Tuesday the 9th": the 9th nearest the article that is a Tuesday (on the side the tense tells)
                return ok(EventDate.day(d), t, DateWords.anchor(anchor), "weekday and day of the month: the nearest "
                        + "month in which they agree" + clause(tense, ""), t.partOfDay());
            }
        }
        String mod = t.modifier() == null ? "" : t.modifier();
        Direction dir = switch (mod) {
            case "last", "past", "since" -> Direction.BACK_STRICT;
            case "next", "coming" -> Direction.FORWARD_STRICT;
            case "until", "by" -> Direction.FORWARD;
            default -> direction(tense);
        };
        LocalDate back = anchor.with(TemporalAdjusters.previousOrSame(target));
        LocalDate fwd = anchor.with(TemporalAdjusters.nextOrSame(target));
        if (dir == Direction.BACK_STRICT && back.equals(anchor)) {
            back = back.minusWeeks(1);
        }
        if (dir == Direction.FORWARD_STRICT && fwd.equals(anchor)) {
            fwd = fwd.plusWeeks(1);
        }
        LocalDate pick = switch (dir) {
            case BACK, BACK_STRICT -> back;
            case FORWARD, FORWARD_STRICT -> fwd;
            case NEAREST -> anchor.toEpochDay() - back.toEpochDay() <= fwd.toEpochDay() - anchor.toEpochDay() ? back : fwd;
        };
        String rule = "weekday, " + (pick.equals(anchor) ? "same day as the article" : dir.words) + clause(tense, mod);
        return ok(EventDate.day(pick), t, DateWords.anchor(anchor), rule, t.partOfDay());
    }

    /**
     * The day {@code day} of a month, nearest the anchor (within half a year), that falls on {@code weekday}: not
     * after the article in a past clause, not before it in a future one, when there is such a day.
     */
    private static LocalDate dayOfWeekday(DayOfWeek weekday, int day, LocalDate anchor, Tense tense) {
        LocalDate sided = nearestOn(weekday, day, anchor, tense);
        return sided != null ? sided : nearestOn(weekday, day, anchor, Tense.PRESENT);
    }

    private static LocalDate nearestOn(DayOfWeek weekday, int day, LocalDate anchor, Tense side) {
        LocalDate best = null;
        for (int k = -6; k <= 6; k++) {
            YearMonth ym = YearMonth.from(anchor).plusMonths(k);
            if (day > ym.lengthOfMonth()) {
                continue;
            }
            LocalDate d = ym.atDay(day);
            if (side == Tense.PAST && d.isAfter(anchor) || side == Tense.FUTURE && d.isBefore(anchor)) {
                continue;
            }
            if (d.getDayOfWeek() == weekday && (best == null
                    || Math.abs(d.toEpochDay() - anchor.toEpochDay()) < Math.abs(best.toEpochDay() - anchor.toEpochDay()))) {
                best = d;
            }
        }
        return best;
    }

    /**
     * "tonight (Tuesday)", "this evening (Thursday)": the day the words of the day of writing name, settled by the
     * weekday beside them (the nearest such weekday to it) when the two disagree.
     */
    private static Resolution namedDeictic(Timex t, LocalDate anchor) {
        LocalDate said = anchor.plusDays(t.offset());
        LocalDate back = said.with(TemporalAdjusters.previousOrSame(t.weekday()));
        LocalDate fwd = said.with(TemporalAdjusters.nextOrSame(t.weekday()));
        LocalDate d = said.toEpochDay() - back.toEpochDay() <= fwd.toEpochDay() - said.toEpochDay() ? back : fwd;
        String rule = d.equals(said) ? (t.offset() == 0 ? "same day as the article" : t.offset() < 0
                ? "day before the article" : "day after the article") + ", the weekday named"
                : "the weekday named beside it, nearest the day it would be";
        return ok(EventDate.day(d), t, DateWords.anchor(anchor), rule, t.partOfDay());
    }

    /** "Two days later" counts from the event just mentioned when it has a date, else from the article. */
    private static boolean countsFromPrevious(Timex t, EventDate previous) {
        return previous != null && previous.known() && ("after".equals(t.modifier()) || "before".equals(t.modifier())
                // "later in the year": the year of the event just told, in narrative as in news
                || t.withinEventTold());
    }

    /** "2012", "the 1990s", "the 20th century". */
    private static Resolution yearOrSpan(Timex t, LocalDate anchor) {
        String unit = t.unit() == null ? "year" : t.unit();
        int span = switch (unit) {
            case "decade" -> 10;
            case "century" -> 100;
            default -> 1;
        };
        EventDate date = span == 1 ? EventDate.year(t.year())
                : EventDate.range(LocalDate.of(t.year(), 1, 1), LocalDate.of(t.year() + span - 1, 12, 31));
        return ok(date, t, DateWords.anchor(anchor), "explicit " + unit);
    }

    private static Resolution period(Timex t, LocalDate anchor, Tense tense) {
        String unit = t.unit();
        int off = t.offset();
        EventDate date;
        switch (unit) {
            case "day" -> date = EventDate.day(anchor.plusDays(off));
            case "quarter" -> {
                int year = t.year() != 0 ? t.year() : anchor.getYear() + (t.day() > 0 ? off : 0);
                int first = t.day() > 0 ? (t.day() - 1) * 3 + 1 : ((anchor.getMonthValue() - 1) / 3) * 3 + 1;
                if (t.day() > 0 && t.year() == 0 && off == 0 && tense == Tense.PAST
                        && YearMonth.of(year, first).isAfter(YearMonth.from(anchor))) {
                    year--; // "profits fell in the fourth quarter", said in March: last year's
                }
                YearMonth start = YearMonth.of(year, first).plusMonths(t.day() > 0 ? 0 : 3L * off);
                date = EventDate.range(start.atDay(1), start.plusMonths(2).atEndOfMonth());
            }
            case "season" -> {
                int year = (t.year() != 0 ? t.year() : anchor.getYear()) + off;
                YearMonth start = YearMonth.of(year, 3).plusMonths(3L * (t.day() - 1));
                date = EventDate.range(start.atDay(1), start.plusMonths(2).atEndOfMonth());
            }
            case "weekend" -> {
                LocalDate sat = anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor.minusDays(1)
                        : anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                if ("the".equals(t.modifier()) && tense == Tense.PAST && !anchor.isAfter(sat.plusDays(1))
                        && anchor.isBefore(sat)) {
                    off = -1; // "talks over the weekend" in a past clause: the one just gone
                }
                sat = sat.plusWeeks(off);
                date = EventDate.range(sat, sat.plusDays(1));
            }
            case "week" -> {
                LocalDate monday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(off);
                date = EventDate.range(monday, monday.plusDays(6));
            }
            case "month" -> date = EventDate.month(YearMonth.from(anchor).plusMonths(off));
            default -> date = EventDate.year(anchor.getYear() + off);
        }
        String rule = (off < 0 ? "previous " : off > 0 ? "following " : "current ") + unit
                + (t.modifier() == null ? "" : " (" + t.modifier().replace(" in", "") + " in it)");
        return ok(date, t, DateWords.anchor(anchor), rule);
    }

    private enum Direction {
        BACK("backward"), BACK_STRICT("backward, before the article"), FORWARD("forward"),
        FORWARD_STRICT("forward, after the article"), NEAREST("nearest");

        final String words;

        Direction(String words) {
            this.words = words;
        }
    }

    private static Direction direction(Tense tense) {
        return switch (tense) {
            case PAST -> Direction.BACK;
            case FUTURE -> Direction.FORWARD;
            case PRESENT -> Direction.NEAREST;
        };
    }

    private static String clause(Tense tense, String mod) {
        if (!mod.isEmpty() && !mod.equals("on") && !mod.equals("in")) {
            return " ('" + mod + "')";
        }
        return switch (tense) {
            case PAST -> " (past clause)";
            case FUTURE -> " (future clause)";
            case PRESENT -> " (present clause)";
        };
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Resolution ok(EventDate date, Timex t, String anchor, String rule) {
        return ok(date, t, anchor, rule, null);
    }

    private static Resolution ok(EventDate date, Timex t, String anchor, String rule, String partOfDay) {
        String result = DateWords.of(date) + (partOfDay == null ? "" : ", " + partOfDay);
        return new Resolution(date, null, new DateDerivation(t.phrase(), anchor, rule, result));
    }

    private static Resolution unresolved(Timex t, LocalDate anchor, String rule) {
        return new Resolution(EventDate.UNKNOWN, t.time(), new DateDerivation(t.phrase(), DateWords.anchor(anchor),
                rule, "unresolved"));
    }

    /** A resolved day with a time of day added; the derivation names both phrases. */
    public static Resolution withTime(Resolution day, Resolution time, String how) {
        EventDate d = day.date();
        if (!d.known() || time == null || time.time() == null) {
            return day;
        }
        EventDate at = new EventDate(d.start(), Precision.MINUTE, time.time(), d.end());
        DateDerivation dd = day.derivation();
        String phrase = how == null ? dd.phrase() + " " + time.derivation().phrase() : time.derivation().phrase();
        String rule = how == null ? dd.rule() + "; time of day" : "time of day; day from " + how;
        return new Resolution(at, time.time(), new DateDerivation(phrase, dd.anchor(), rule, DateWords.of(at)));
    }
}
