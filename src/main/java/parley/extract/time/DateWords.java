package parley.extract.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import parley.domain.EventDate;

/** Dates in words for derivations and disagreements: "Tue 12 Aug 2025", "Jul 2025". */
public final class DateWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateWords() {
    }

    /** Short English names as {@link #DAY} prints them, taken from it once. */
    private static final String[] WEEKDAY_NAMES = new String[7];
    private static final String[] MONTH_NAMES = new String[12];

    static {
        LocalDate monday = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 7; i++) {
            WEEKDAY_NAMES[i] = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH).format(monday.plusDays(i));
        }
        for (int i = 0; i < 12; i++) {
            MONTH_NAMES[i] = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH).format(monday.plusMonths(i));
        }
    }

    /** "Tue 12 Aug 2025": what {@link #DAY} prints, assembled by hand (the formatter costs more, once per event). */
    public static String day(LocalDate d) {
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return d.format(DAY);
        }
        return WEEKDAY_NAMES[d.getDayOfWeek().ordinal()] + " " + d.getDayOfMonth() + " "
                + MONTH_NAMES[d.getMonthValue() - 1] + " " + d.getYear();
    }

    public static String anchor(LocalDate anchor) {
        return anchor == null ? null : "article of " + day(anchor);
    }

    public static String of(EventDate d) {
        if (d == null || !d.known()) {
            return "no date";
        }
        String s = switch (d.precision()) {
            case YEAR -> String.valueOf(d.start().getYear());
            case MONTH -> d.start().format(MONTH);
            default -> day(d.start());
        };
        if (d.end() != null) {
            s += " to " + day(d.end());
        }
        if (d.time() != null) {
            s += " " + d.time(); // LocalTime prints "12:00"; cheaper than a format string
        }
        return s;
    }
}
