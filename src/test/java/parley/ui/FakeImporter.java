package parley.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import parley.domain.DateBasis;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Participant;
import parley.domain.Role;
import parley.domain.Source;

/**
 * Imports each file as one source with one call event named after the file; a file whose name contains "bad" fails,
 * one already imported is a duplicate. Records every call so tests can check what the UI asked for.
 */
public final class FakeImporter implements Importer {
    private final FakeEventStore store;
    public final List<List<Path>> calls = new ArrayList<>();

    public FakeImporter(FakeEventStore store) {
        this.store = store;
    }

    @Override
    public ImportSummary importPaths(List<Path> paths, Progress progress) {
        synchronized (calls) {
            calls.add(List.copyOf(paths));
        }
        List<FileOutcome> outcomes = new ArrayList<>();
        progress.started(paths.size());
        boolean cancelled = false;
        for (int i = 0; i < paths.size(); i++) {
            if (progress.cancelled()) {
                cancelled = true;
                break;
            }
            Path p = paths.get(i);
            String name = p.getFileName().toString();
            FileOutcome outcome;
            if (name.contains("bad")) {
                outcome = new FileOutcome(p, FileOutcome.Kind.FAILED, "not an article", 0);
            } else if (store.containsSha(name)) {
                outcome = new FileOutcome(p, FileOutcome.Kind.DUPLICATE, null, 0);
            } else {
                LocalDate day = LocalDate.of(2025, 8, 10 + i % 15);
                store.add(new Source(0, name, "txt", "Report " + name, "Test Wire", null, day, DateBasis.STATED,
                        null, name, "text", Instant.EPOCH), List.of(new Event(0, EventType.CALL, "Call from " + name,
                        EventDate.day(day), null, null, EventStatus.HELD,
                        List.of(new Participant("Imported Person", EntityKind.PERSON, null, Role.ATTENDEE)),
                        List.of(), List.of())));
                outcome = new FileOutcome(p, FileOutcome.Kind.IMPORTED, null, 1);
            }
            outcomes.add(outcome);
            progress.fileDone(i + 1, paths.size(), outcome);
        }
        return new ImportSummary(outcomes, cancelled);
    }

    @Override
    public void setPublicationDate(long sourceId, LocalDate date) {
        throw new UnsupportedOperationException("not needed by the UI tests");
    }
}
