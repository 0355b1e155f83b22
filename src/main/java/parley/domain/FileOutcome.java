package parley.domain;

import java.nio.file.Path;

/**
 * What happened to one file of an import.
 *
 * @param file   the file
 * @param kind   imported, duplicate, failed or skipped
 * @param reason why it failed or was skipped (null otherwise)
 * @param events number of events extracted from it
 */
public record FileOutcome(Path file, Kind kind, String reason, int events) {
    public enum Kind {
        IMPORTED, DUPLICATE, FAILED,
        /** Found in a folder but not an article type (an image, a JSON file): left alone. */
        SKIPPED
    }

    /** One line for a person: "imported  a.txt (5 events)", "failed    b.pdf: encrypted PDF". */
    public String describe() {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return switch (kind) {
            case IMPORTED -> "imported  " + name + " (" + events + (events == 1 ? " event)" : " events)");
            case DUPLICATE -> "duplicate " + name + " (already in the store)";
            case FAILED -> "failed    " + name + ": " + reason;
            case SKIPPED -> "skipped   " + name + " (" + reason + ")";
        };
    }
}
