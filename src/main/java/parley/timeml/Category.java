package parley.timeml;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kinds of expression the benchmark reports value accuracy for, decided from a gold expression's words. */
public enum Category {
    ABSOLUTE("absolute"), WEEKDAY("weekday"), LAST_THIS_NEXT("last/this/next"), MONTH_NO_YEAR("month without year"),
    AGO_LATER("ago/later"), DURATION("durations"), SET("sets"), TIME_OF_DAY("times of day"),
    REFERENCE("today/now/past/future, other");

    private static final Pattern WEEKDAY_W = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday"
            + "|sunday)\\b");
    private static final Pattern RELATIVE_W = Pattern.compile("\\b(last|this|next|past|coming|previous|following"
            + "|current|recent|latest)\\b");
    private static final Pattern AGO_W = Pattern.compile("\\b(ago|later|earlier|before|after)\\b");
    private static final Pattern MONTH_W = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b");
    private static final Pattern YEAR_W = Pattern.compile("\\b(1[6-9]|20)\\d{2}s?\\b|\\d{1,2}/\\d{1,2}/\\d{2,4}|'\\d0s");

    public final String label;

    Category(String label) {
        this.label = label;
    }

    public static Category of(String words, String type) {
        String w = words.toLowerCase(Locale.ROOT);
        switch (type) {
            case "SET" -> {
                return SET;
            }
            case "DURATION" -> {
                return DURATION;
            }
            case "TIME" -> {
                return TIME_OF_DAY;
            }
            default -> {
            }
        }
        if (AGO_W.matcher(w).find()) {
            return AGO_LATER;
        }
        if (YEAR_W.matcher(w).find()) {
            return ABSOLUTE;
        }
        if (WEEKDAY_W.matcher(w).find()) {
            return WEEKDAY;
        }
        if (RELATIVE_W.matcher(w).find()) {
            return LAST_THIS_NEXT;
        }
        if (MONTH_W.matcher(words).find()) {
            return MONTH_NO_YEAR;
        }
        return REFERENCE;
    }
}
