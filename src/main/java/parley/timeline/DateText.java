package parley.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import parley.domain.EventDate;

/** Dates in words at their precision, for cards and lists: "Wed 13 Aug 2025, 12:00", "August 2025 (month only)". */
public final class DateText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateText() {
    }

    public static String of(EventDate d) {
        if (d == null || !d.known()) {
            return "Undated";
        }
        return switch (d.precision()) {
            case YEAR -> d.start().getYear() + " (year only)";
            case MONTH -> d.start().format(MONTH) + " (month only)";
            default -> day(d);
        };
    }

    private static String day(EventDate d) {
        if (d.end() != null && !d.end().equals(d.start())) {
            LocalDate s = d.start();
            String first = s.getYear() == d.end().getYear() ? s.format(SHORT) : s.format(DAY);
            return first + " – " + d.end().format(DAY);
        }
        String t = d.isoTime();
        return d.start().format(DAY) + (t == null ? "" : ", " + t);
    }
}
