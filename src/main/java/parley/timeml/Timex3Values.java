package parley.timeml;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.Locale;

import parley.domain.EventDate;
import parley.extract.time.Resolution;
import parley.extract.time.Timex;

/**
 * Parley's resolved expressions as TIMEX3 types and values, in TempEval-3's conventions: "today" and "now" are
 * PRESENT_REF (the app keeps the date), weeks are ISO weeks ("2013-W12"), seasons "2013-SU", quarters "2013-Q1",
 * decades "199", durations "P3Y", "PT2H", "PXM", sets "P1W" or "XXXX-XX-XXTMO". The only place these conventions live.
 */
public final class Timex3Values {
    private Timex3Values() {
    }

    /** A TIMEX3 type and value. */
    public record TypeValue(String type, String value) {
    }

    /**
     * @param t    the expression
     * @param r    its resolution by {@code DateResolver}
     * @param near the date of the expression just before in the same sentence, for a bare time of day; or null
     * @param dct  the document creation date, or null
     * @return the type and value, or null when TimeML would not tag it ("then", "later")
     */
    public static TypeValue of(Timex t, Resolution r, LocalDate near, LocalDate dct) {
        return switch (t.kind()) {
            case REFERENCE -> date(t.modifier().toUpperCase(Locale.ROOT) + "_REF");
            case DURATION -> new TypeValue("DURATION", duration(t.unit(), t.offset()));
            case SET -> new TypeValue("SET", set(t));
            case TIME -> {
                LocalDate day = near != null ? near : dct;
                yield new TypeValue("TIME", (day == null ? "XXXX-XX-XX" : day.toString()) + "T" + clock(t.time()));
            }
            case AFTER_PREVIOUS -> t.phrase().toLowerCase(Locale.ROOT).contains("day") && r.resolved()
                    ? date(r.date().start().toString()) : null;
            case DEICTIC -> deictic(t, r);
            case WEEKDAY -> dayWithPart(t, r);
            case PERIOD -> period(t, r);
            case YEAR -> year(t);
            case MONTH, DAY_OF_MONTH -> date(r.resolved() ? plain(r.date()) : t.kind() == Timex.Kind.MONTH
                    ? "XXXX-" + two(t.month()) : "XXXX-" + two(t.month()) + "-" + two(t.day()));
        };
    }

    private static TypeValue deictic(Timex t, Resolution r) {
        if (t.offset() == 0 && t.partOfDay() == null && t.modifier() == null) {
            return date("PRESENT_REF"); // "today": TE3 reads it as the present; "earlier today" is the day
        }
        return dayWithPart(t, r);
    }

    private static TypeValue dayWithPart(Timex t, Resolution r) {
        String day = r.resolved() ? r.date().start().toString() : "XXXX-XX-XX";
        if (t.partOfDay() != null) {
            return new TypeValue("TIME", day + "T" + part(t.partOfDay()));
        }
        return date(day);
    }

    private static TypeValue period(Timex t, Resolution r) {
        if (!r.resolved()) {
            return date("ago".equals(t.modifier()) ? "PAST_REF" : "XXXX");
        }
        LocalDate d = r.date().start();
        String unit = t.unit();
        return date(switch (unit) {
            case "day" -> d.toString();
            case "week" -> isoWeek(d);
            case "weekend" -> isoWeek(d) + "-WE";
            case "month" -> d.toString().substring(0, 7);
            case "quarter" -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case "season" -> d.getYear() + "-" + new String[] {"SP", "SU", "FA", "WI"}[(d.getMonthValue() - 3) / 3];
            case "hour", "minute", "second" -> "PAST_REF";
            default -> String.valueOf(d.getYear());
        });
    }

    private static TypeValue year(Timex t) {
        String unit = t.unit() == null ? "year" : t.unit();
        return date(switch (unit) {
            case "decade" -> String.valueOf(t.year() / 10);
            case "century" -> two(t.year() / 100);
            default -> String.valueOf(t.year());
        });
    }

    static String isoWeek(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** "P3Y", "PT2H", "PXM"; an amount of 0 is vague. */
    static String duration(String unit, int n) {
        String q = n == 0 ? "X" : String.valueOf(n);
        return switch (unit) {
            case "hour" -> "PT" + q + "H";
            case "minute" -> "PT" + q + "M";
            case "second" -> "PT" + q + "S";
            case "day" -> "P" + q + "D";
            case "week" -> "P" + q + "W";
            case "month" -> "P" + q + "M";
            case "quarter" -> "P" + q + "Q";
            case "decade" -> n == 0 ? "PXDE" : "P" + n * 10 + "Y";
            case "century" -> n == 0 ? "PXCE" : "P" + n * 100 + "Y";
            default -> "P" + q + "Y";
        };
    }

    private static String set(Timex t) {
        if (t.weekday() != null) {
            return "XXXX-WXX-" + t.weekday().getValue();
        }
        if (t.partOfDay() != null) {
            return "XXXX-XX-XXT" + part(t.partOfDay());
        }
        if (t.unit().equals("weekend")) {
            return "XXXX-WXX-WE";
        }
        return duration(t.unit(), 1);
    }

    private static String part(String partOfDay) {
        return switch (partOfDay) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    private static String plain(EventDate d) {
        String iso = d.start().toString();
        return switch (d.precision()) {
            case YEAR -> iso.substring(0, 4);
            case MONTH -> iso.substring(0, 7);
            default -> iso;
        };
    }

    private static String clock(LocalTime time) {
        return time.getMinute() == 0 ? two(time.getHour()) + ":00" : time.toString().substring(0, 5);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    private static TypeValue date(String value) {
        return new TypeValue("DATE", value);
    }
}
