package parley.ui;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import parley.domain.DateBasis;
import parley.domain.Source;

/**
 * One line of the sources panel.
 *
 * @param source the source (without its text)
 * @param events number of events it supports
 */
public record SourceRow(Source source, int events) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The title, or the file name when the article had none. */
    public String title() {
        String t = source.title();
        return t == null || t.isBlank() ? source.file() : t;
    }

    /** "Harbour Times · 21 Aug 2025 · 8 events"; "undated" when there is no date, "(inferred)" when borrowed. */
    public String details() {
        StringBuilder sb = new StringBuilder();
        if (source.publisher() != null && !source.publisher().isBlank()) {
            sb.append(source.publisher()).append(" · ");
        }
        if (source.published() == null) {
            sb.append("undated");
        } else {
            sb.append(source.published().format(DAY));
            if (source.publishedBasis() == DateBasis.INFERRED) {
                sb.append(" (inferred)");
            }
        }
        sb.append(" · ").append(events).append(events == 1 ? " event" : " events");
        return sb.toString();
    }
}
