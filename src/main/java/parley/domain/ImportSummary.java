package parley.domain;

import java.util.List;

/** The outcome of one import, file by file. */
public record ImportSummary(List<FileOutcome> outcomes, boolean cancelled) {
    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(FileOutcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** "2 imported, 1 duplicate, 0 failed". */
    public String describe() {
        return count(FileOutcome.Kind.IMPORTED) + " imported, " + count(FileOutcome.Kind.DUPLICATE) + " duplicate, "
                + count(FileOutcome.Kind.FAILED) + " failed"
                + (count(FileOutcome.Kind.SKIPPED) > 0 ? ", " + count(FileOutcome.Kind.SKIPPED) + " skipped" : "")
                + (cancelled ? " (cancelled)" : "");
    }
}
