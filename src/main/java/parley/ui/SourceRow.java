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

    /** "By Ama Owusu", or null when the article names no author. */
    public String credit() {
        String a = source.author();
        return a == null || a.isBlank() ? null : "By " + a;
    }

    /**
     * How the date was obtained, then what the file said otherwise: "Dated by the wire dateline (year from the
     * copyright line)", "Date set by the analyst", "Date inferred from another source", "No date in the file".
     */
    public String dating() {
        StringBuilder sb = new StringBuilder();
        switch (source.publishedBasis() == null ? DateBasis.UNKNOWN : source.publishedBasis()) {
            case SET_BY_USER -> sb.append("Date set by the analyst");
            case INFERRED -> sb.append("Date inferred from another source with the same wording");
            case STATED -> sb.append(source.publishedSignal() == null ? "Dated by the file"
                    : "Dated by the " + source.publishedSignal());
            default -> sb.append("No publication date in the file: relative dates stay unresolved");
        }
        for (String note : source.readingNotes()) {
            sb.append("\n").append(Character.toUpperCase(note.charAt(0))).append(note.substring(1));
        }
        return sb.toString();
    }

    /** Whether every word of {@code filter} occurs in the title, publisher, author or file name. */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String hay = String.join(" ", title(), String.valueOf(source.publisher()), String.valueOf(source.author()),
                source.file()).toLowerCase(Locale.ROOT);
        for (String word : filter.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !hay.contains(word)) {
                return false;
            }
        }
        return true;
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
