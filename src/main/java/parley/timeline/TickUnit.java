package parley.timeline;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** The steps the axis can tick at, finest first, each with how it labels a tick and how it rounds a time down. */
public enum TickUnit {
    MINUTE(1, ChronoUnit.MINUTES, 60, "HH:mm"),
    FIVE_MINUTES(5, ChronoUnit.MINUTES, 300, "HH:mm"),
    FIFTEEN_MINUTES(15, ChronoUnit.MINUTES, 900, "HH:mm"),
    HOUR(1, ChronoUnit.HOURS, 3600, "HH:mm"),
    SIX_HOURS(6, ChronoUnit.HOURS, 6 * 3600, "HH:mm"),
    DAY(1, ChronoUnit.DAYS, 86_400, "d"),
    WEEK(7, ChronoUnit.DAYS, 7 * 86_400, "d MMM"),
    MONTH(1, ChronoUnit.MONTHS, 30.44 * 86_400, "MMM"),
    QUARTER(3, ChronoUnit.MONTHS, 91.3 * 86_400, "MMM"),
    YEAR(1, ChronoUnit.YEARS, 365.25 * 86_400, "yyyy"),
    FIVE_YEARS(5, ChronoUnit.YEARS, 5 * 365.25 * 86_400, "yyyy"),
    DECADE(10, ChronoUnit.YEARS, 10 * 365.25 * 86_400, "yyyy"),
    HALF_CENTURY(50, ChronoUnit.YEARS, 50 * 365.25 * 86_400, "yyyy"),
    CENTURY(100, ChronoUnit.YEARS, 100 * 365.25 * 86_400, "yyyy");

    private final int step;
    private final ChronoUnit unit;
    private final double approxSeconds;
    private final DateTimeFormatter format;

    TickUnit(int step, ChronoUnit unit, double approxSeconds, String pattern) {
        this.step = step;
        this.unit = unit;
        this.approxSeconds = approxSeconds;
        this.format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    public double approxSeconds() {
        return approxSeconds;
    }

    /** The context unit drawn on the upper axis row when this unit ticks the lower row. */
    public TickUnit context() {
        return switch (this) {
            case MINUTE, FIVE_MINUTES, FIFTEEN_MINUTES, HOUR, SIX_HOURS -> DAY;
            case DAY, WEEK -> MONTH;
            case MONTH, QUARTER -> YEAR;
            case YEAR, FIVE_YEARS -> DECADE;
            case DECADE, HALF_CENTURY, CENTURY -> CENTURY;
        };
    }

    /** The latest tick at or before this time. */
    public LocalDateTime floor(LocalDateTime t) {
        return switch (unit) {
            case MINUTES -> t.truncatedTo(ChronoUnit.HOURS).plusMinutes(t.getMinute() / step * step);
            case HOURS -> t.truncatedTo(ChronoUnit.DAYS).plusHours(t.getHour() / step * step);
            case DAYS -> step == 1 ? t.truncatedTo(ChronoUnit.DAYS)
                    : t.truncatedTo(ChronoUnit.DAYS).minusDays(t.getDayOfWeek().getValue() - 1L);
            case MONTHS -> LocalDateTime.of(t.getYear(), (t.getMonthValue() - 1) / step * step + 1, 1, 0, 0);
            default -> LocalDateTime.of(Math.floorDiv(t.getYear(), step) * step, 1, 1, 0, 0);
        };
    }

    public LocalDateTime next(LocalDateTime t) {
        return t.plus(step, unit);
    }

    /** The label of the tick at this time on the lower row. */
    public String label(LocalDateTime t) {
        return t.format(format);
    }

    /** The label of a context tick (upper row): "March 2025", "Tue 4 March 2025", "2020s". */
    public String contextLabel(LocalDateTime t) {
        return switch (this) {
            case DAY -> t.format(DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH));
            case MONTH -> t.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case YEAR -> String.valueOf(t.getYear());
            case DECADE -> t.getYear() + "s";
            default -> label(t);
        };
    }

    public static double seconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    public static LocalDateTime dateTime(double seconds) {
        double s = Math.max(-62_000_000_000d, Math.min(250_000_000_000d, seconds));
        return LocalDateTime.ofEpochSecond((long) Math.floor(s), 0, ZoneOffset.UTC);
    }
}
