package parley.domain;

import java.util.List;

/**
 * The outcome of one import, file by file.
 *
 * @param outcomes  what happened to each file tried
 * @param cancelled the analyst cancelled it
 * @param stopped   why the import stopped before the end on its own (the store failed, e.g. the disk is full), or
 *                  null when it ran to the end or was cancelled
 */
public record ImportSummary(List<FileOutcome> outcomes, boolean cancelled, String stopped) {
    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    public ImportSummary(List<FileOutcome> outcomes, boolean cancelled) {
        this(outcomes, cancelled, null);
    }

    public long count(FileOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** "2 imported, 1 duplicate, 0 failed", then why it stopped early if it did. */
    public String describe() {
        return count(FileOutcome.Kind.IMPORTED) + " imported, " + count(FileOutcome.Kind.DUPLICATE) + " duplicate, "
                + count(FileOutcome.Kind.FAILED) + " failed"
                + (count(FileOutcome.Kind.SKIPPED) > 0 ? ", " + count(FileOutcome.Kind.SKIPPED) + " skipped" : "")
                + (cancelled ? " (cancelled)" : "")
                + (stopped != null ? ". Stopped: " + stopped : "");
    }
}
