package parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The publication-date signals one file gives, collected by every reader and decided once: the most trusted signal
 * wins, and the others that name another day are kept as disagreements for the source's details. A file with no
 * signal stays undated (never today's date). Each signal keeps the calendar day its writer gave, offset and all.
 */
final class DateSignals {
    /** The signals, most trusted first. */
    enum Signal {
        JSON_LD("JSON-LD datePublished"),
        META("meta tag"),
        TIME_ELEMENT("<time datetime> in the article"),
        PUBLISHED_LINE("\"Published\" line"),
        UPDATED_LINE("\"Updated\" line"),
        MASTHEAD("date under the masthead"),
        NUMERIC("numeric date under the masthead"),
        EMAIL_HEADER("e-mail Date header"),
        URL("date in the URL"),
        DATELINE("wire dateline");

        final String label;

        Signal(String label) {
            this.label = label;
        }
    }

    /** One signal's day; {@code detail} says where exactly ("article:published_time", "year from © line"). */
    record Found(Signal signal, LocalDate date, String detail) {
        String describe() {
            return signal.label + (detail == null ? "" : " (" + detail + ")");
        }
    }

    private final Map<Signal, Found> found = new EnumMap<>(Signal.class);

    /** Records a signal; the first day found for each kind of signal is the one kept. Null dates are ignored. */
    DateSignals add(Signal signal, LocalDate date, String detail) {
        if (date != null) {
            found.putIfAbsent(signal, new Found(signal, date, detail));
        }
        return this;
    }

    boolean has(Signal signal) {
        return found.containsKey(signal);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Adds the other collector's signals for kinds this one has not found. */
    DateSignals addAll(DateSignals other) {
        other.found.values().forEach(f -> add(f.signal(), f.date(), f.detail()));
        return this;
    }

    /** The most trusted signal's day, which signal gave it, and the signals that name another day. */
    Dating decide() {
        Found best = found.values().stream().min(Comparator.comparing(Found::signal)).orElse(null);
        if (best == null) {
            return Dating.NONE;
        }
        List<String> disagreements = new ArrayList<>();
        for (Found f : found.values()) {
            // A page updated after it was first published is not a disagreement about when it was published.
            boolean laterUpdate = f.signal() == Signal.UPDATED_LINE && f.date().isAfter(best.date());
            if (f != best && !f.date().equals(best.date()) && !laterUpdate) {
                disagreements.add("publication date: " + f.describe() + " says " + f.date() + ", not " + best.date());
            }
        }
        return new Dating(best.date(), best.describe(), List.copyOf(disagreements));
    }

    /** A decided publication date: the day, the signal that gave it, and what other signals said instead. */
    record Dating(LocalDate date, String signal, List<String> disagreements) {
        static final Dating NONE = new Dating(null, null, List.of());

        static Dating of(LocalDate date, String signal) {
            return date == null ? NONE : new Dating(date, signal, List.of());
        }
    }
}
