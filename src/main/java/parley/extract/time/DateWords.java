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

    public static String day(LocalDate d) {
        return d.format(DAY);
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
