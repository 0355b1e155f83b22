package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.ImportService;
import parley.domain.Event;
import parley.domain.EventStore;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Source;
import parley.extract.EventMerger;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;
import parley.store.H2EventStore;

/**
 * The disk fills up in the middle of an import. Simulated at the store boundary: after a number of articles every
 * write fails inside its transaction the way H2 fails on a full disk, so the real store rolls it back and
 * reports it. (On a 3 MB tmpfs the real H2 store fails the same way; see docs/bad-files.md.)
 */
class DiskFullImportTest {
    @TempDir
    Path temp;

    @Test
    void theImportStopsOnceWithAClearMessageAndTheStoreStaysConsistent() throws Exception {
        Path folder = temp.resolve("articles");
        List<Path> files = GeneratedArticles.write(folder, 40);
        List<String> progressLines = new ArrayList<>();
        try (EventStore real = H2EventStore.open(temp.resolve("store"))) {
            // Groups of four articles: three groups (12 articles) commit, the fourth fails as a whole.
            FillingDisk disk = new FillingDisk(real, 3);
            ImportSummary summary = importer(disk).withGroups(4, Duration.ofMinutes(5)).importPaths(List.of(folder), new Importer.Progress() {
                @Override
                public void fileDone(int done, int total, FileOutcome outcome) {
                    progressLines.add(outcome.describe());
                }
            });

            assertThat(summary.count(FileOutcome.Kind.IMPORTED)).isEqualTo(12);
            assertThat(summary.count(FileOutcome.Kind.FAILED)).as("one failure, not one per remaining file")
                    .isEqualTo(1);
            assertThat(summary.outcomes()).hasSize(13);
            assertThat(progressLines.get(12)).startsWith("failed    art00012.txt: could not be stored:")
                    .contains("the disk is full (No space left on device)");
            assertThat(summary.stopped()).contains("the disk is full (No space left on device)")
                    .contains("27 files were not imported");
            assertThat(summary.describe()).startsWith("12 imported, 0 duplicate, 1 failed. Stopped: the store failed:");

            assertThat(real.sources()).hasSize(12);
            for (Event e : real.events()) {
                assertThat(e.mentions()).isNotEmpty();
            }
            assertThat(real.eventCountsBySource()).hasSize(12);

            disk.freed = true;
            ImportSummary again = importer(disk).importPaths(List.of(folder), Importer.Progress.NONE);
            assertThat(again.count(FileOutcome.Kind.DUPLICATE)).isEqualTo(12);
            assertThat(again.count(FileOutcome.Kind.IMPORTED)).isEqualTo(28);
            assertThat(again.stopped()).isNull();
            assertThat(real.sources()).hasSize(files.size());
        }
    }

    private static ImportService importer(EventStore store) {
        return new ImportService(store, new FileArticleReader(), new RuleBasedExtractor(), new EventMerger());
    }

    /** The real store, whose writes (commit groups) fail as on a full disk once {@code room} of them went through. */
    private static final class FillingDisk implements EventStore {
        private final EventStore real;
        private int room;
        boolean freed;

        FillingDisk(EventStore real, int room) {
            this.real = real;
            this.room = room;
        }

        @Override
        public <T> T write(Work<T> work) {
            if (freed || room-- > 0) {
                return real.write(work);
            }
            return real.write(tx -> {
                work.run(tx);
                // What H2 2.3 threw on a full tmpfs: the database closes itself, caused by the failed file write.
                throw new SQLNonTransientConnectionException("The database has been closed [90098-232]", "90098",
                        new IOException("No space left on device"));
            });
        }

        @Override
        public boolean containsSha(String sha256) {
            return real.containsSha(sha256);
        }

        @Override
        public List<Source> sources() {
            return real.sources();
        }

        @Override
        public Optional<Source> source(long id) {
            return real.source(id);
        }

        @Override
        public List<Event> events() {
            return real.events();
        }

        @Override
        public List<Event> eventsBetween(LocalDate from, LocalDate to) {
            return real.eventsBetween(from, to);
        }

        @Override
        public Optional<Event> event(long id) {
            return real.event(id);
        }

        @Override
        public Map<Long, Integer> eventCountsBySource() {
            return real.eventCountsBySource();
        }

        @Override
        public Map<Long, Integer> sourcesSharingSentences(Set<Long> fingerprints) {
            return real.sourcesSharingSentences(fingerprints);
        }

        @Override
        public void close() {
            real.close();
        }
    }
}
