package parley.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When an event happens, at the precision the text allows.
 *
 * @param start     first day (for MONTH precision the 1st of the month, for YEAR the 1st of January); null when unknown
 * @param precision YEAR, MONTH, DAY, HOUR, MINUTE or UNKNOWN
 * @param time      time of day, or null
 * @param end       last day of a range, or null for a single date
 */
public record EventDate(LocalDate start, Precision precision, LocalTime time, LocalDate end) {

    public static final EventDate UNKNOWN = new EventDate(null, Precision.UNKNOWN, null, null);

    public EventDate {
        Objects.requireNonNull(precision, "precision");
        if (start == null) {
            precision = Precision.UNKNOWN;
            time = null;
            end = null;
        } else if (precision == Precision.UNKNOWN) {
            precision = Precision.DAY;
        }
        if (start != null && precision == Precision.MONTH) {
            start = start.withDayOfMonth(1);
        } else if (start != null && precision == Precision.YEAR) {
            start = start.withDayOfYear(1);
        }
    }

    public static EventDate day(LocalDate day) {
        return new EventDate(day, Precision.DAY, null, null);
    }

    public static EventDate at(LocalDate day, LocalTime time) {
        return new EventDate(day, time == null ? Precision.DAY : Precision.MINUTE, time, null);
    }

    public static EventDate month(YearMonth month) {
        return new EventDate(month.atDay(1), Precision.MONTH, null, null);
    }

    public static EventDate year(int year) {
        return new EventDate(LocalDate.of(year, 1, 1), Precision.YEAR, null, null);
    }

    public static EventDate range(LocalDate first, LocalDate last) {
        return new EventDate(first, Precision.DAY, null, last);
    }

    public boolean known() {
        return start != null;
    }

    /** ISO 8601 at this date's precision: "2025", "2025-07", "2025-08-13"; null when unknown. */
    public String iso() {
        return iso(start, precision);
    }

    /** ISO 8601 of the range end at this date's precision, or null. */
    public String isoEnd() {
        return end == null ? null : iso(end, precision);
    }

    /** "HH:mm", or null. */
    public String isoTime() {
        return time == null ? null : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** The last day this date may stand for: the range end, the month's or year's last day, or the day itself. */
    public LocalDate lastDay() {
        if (start == null) {
            return null;
        }
        if (end != null) {
            return end;
        }
        return switch (precision) {
            case YEAR -> start.withDayOfYear(start.lengthOfYear());
            case MONTH -> YearMonth.from(start).atEndOfMonth();
            default -> start;
        };
    }

    /** Parses the form written by {@link #iso()}. */
    public static EventDate parse(String iso, String time, String isoEnd) {
        if (iso == null || iso.isBlank()) {
            return UNKNOWN;
        }
        LocalTime t = time == null || time.isBlank() ? null : LocalTime.parse(time);
        return switch (iso.length()) {
            case 4 -> year(Integer.parseInt(iso));
            case 7 -> month(YearMonth.parse(iso));
            default -> new EventDate(LocalDate.parse(iso), t == null ? Precision.DAY : Precision.MINUTE, t,
                    isoEnd == null || isoEnd.isBlank() ? null : LocalDate.parse(isoEnd.length() == 10 ? isoEnd : iso));
        };
    }

    private static String iso(LocalDate d, Precision p) {
        if (d == null) {
            return null;
        }
        return switch (p) {
            case YEAR -> String.format("%04d", d.getYear());
            case MONTH -> String.format("%04d-%02d", d.getYear(), d.getMonthValue());
            default -> d.toString();
        };
    }
}
