package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.bench.CorpusGenerator;
import parley.domain.Event;
import parley.domain.EventStore;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.extract.EventMerger;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;
import parley.review.Review;
import parley.store.H2EventStore;

/**
 * An analyst who merges or deletes events while an import runs: the import's later reports of those events must
 * still store their articles (the import had picked merge targets from what it read before the edit).
 */
class ImportBesideReviewTest {

    @Test
    void eventsMergedOrDeletedDuringAnImportNeverFailItsLaterArticles(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        // every article reports the same events (copies of one generated article with a line of their own), so
        // the later articles report the events the analyst merged away or deleted
        Path generated = new CorpusGenerator(5).write(dir.resolve("generated"), 1).get(0);
        String text = Files.readString(generated);
        List<Path> files = new ArrayList<>();
        Files.createDirectories(corpus);
        for (int i = 0; i < 8; i++) {
            Path copy = corpus.resolve("copy-" + i + ".txt");
            Files.writeString(copy, text + "\n\nDesk copy " + i + ".\n");
            files.add(copy);
        }
        try (EventStore store = H2EventStore.open(dir.resolve("store"))) {
            Review review = new Review(store, new EventMerger(), (source, date, basis, from) -> { });
            ImportService importer = new ImportService(store, new FileArticleReader(), new RuleBasedExtractor(),
                    new EventMerger()).withGroups(2, Duration.ofMinutes(5));
            List<Integer> edited = new ArrayList<>();
            boolean[] groupJustStored = {false};
            int[] stored = {0};
            ImportSummary summary = importer.importPaths(List.of(corpus), new Importer.Progress() {
                @Override
                public void groupStored(int done, int total) {
                    groupJustStored[0] = true;
                    stored[0] = done;
                }

                /** Asked as the next group opens, before its first article: the edit commits while it is open. */
                @Override
                public boolean cancelled() {
                    List<Event> events = store.events();
                    if (!groupJustStored[0] || stored[0] > 6 || events.size() < 3) {
                        return false;
                    }
                    groupJustStored[0] = false;
                    review.merge(List.of(events.get(0).id(), events.get(1).id())).execute();
                    review.delete(events.get(2).id()).execute();
                    edited.add(stored[0]);
                    return false;
                }
            });
            assertThat(edited).as("the analyst edited between groups").isNotEmpty();
            assertThat(summary.outcomes()).extracting(FileOutcome::kind).containsOnly(FileOutcome.Kind.IMPORTED);
            assertThat(store.sources()).hasSize(files.size());
            // and what the analyst deleted stays deleted: no stored event cites a buried sentence as its type
            List<parley.domain.Tombstone> buried = store.write(EventStore.Transaction::tombstones);
            assertThat(buried).isNotEmpty();
            for (Event e : store.events()) {
                for (parley.domain.Mention m : e.mentions()) {
                    assertThat(buried).noneMatch(t -> t.buries(m, e.type()));
                }
            }
        }
    }
}
