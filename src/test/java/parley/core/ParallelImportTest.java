package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.bench.CorpusGenerator;
import parley.domain.EventStore;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Source;
import parley.extract.EventMerger;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;
import parley.store.H2EventStore;

/** Reading and extracting ahead in a pool must leave exactly the store a one-file-at-a-time import leaves. */
class ParallelImportTest {

    private static ImportService importer(EventStore store) {
        return new ImportService(store, new FileArticleReader(), new RuleBasedExtractor(), new EventMerger());
    }

    @Test
    void importingAheadGivesTheSameStoreAsImportingFileByFile(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(11).write(corpus, 24);
        // An undated copy of article 0's text borrows its date; a byte-identical copy is a duplicate; junk fails.
        String first = Files.readString(corpus.resolve("article-00000.txt"));
        Files.writeString(corpus.resolve("undated-copy.txt"), first.replaceFirst("Published: .*\n", ""));
        Files.copy(corpus.resolve("article-00003.txt"), corpus.resolve("same-bytes.txt"));
        Files.write(corpus.resolve("broken.txt"), new byte[0]);

        List<FileOutcome> ahead;
        List<FileOutcome> oneByOne = new ArrayList<>();
        try (EventStore a = H2EventStore.open(dir.resolve("a")); EventStore b = H2EventStore.open(dir.resolve("b"))) {
            ImportSummary summary = importer(a).importPaths(List.of(corpus), Importer.Progress.NONE);
            ahead = summary.outcomes();
            ImportService sequential = importer(b);
            for (Path f : FileCollector.collect(List.of(corpus)).files()) {
                oneByOne.add(sequential.importFile(f));
            }
            assertThat(ahead).isEqualTo(oneByOne);
            assertThat(summary.count(FileOutcome.Kind.DUPLICATE)).isEqualTo(1);
            assertThat(summary.count(FileOutcome.Kind.FAILED)).isEqualTo(1);
            assertThat(a.events()).isNotEmpty().isEqualTo(b.events());
            assertThat(a.sources().stream().map(ParallelImportTest::withoutImportTime).toList())
                    .isEqualTo(b.sources().stream().map(ParallelImportTest::withoutImportTime).toList());
            assertThat(a.sources()).anySatisfy(s -> assertThat(s.publishedBasis())
                    .isEqualTo(parley.domain.DateBasis.INFERRED));
        }
    }

    @Test
    void aCancelledImportStopsBetweenFilesAndKeepsWhatItStored(@TempDir Path dir) {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(12).write(corpus, 12);
        try (EventStore store = H2EventStore.open(dir.resolve("s"))) {
            ImportSummary summary = importer(store).importPaths(List.of(corpus), new Importer.Progress() {
                private int done;

                @Override
                public void fileDone(int d, int total, FileOutcome outcome) {
                    done = d;
                }

                @Override
                public boolean cancelled() {
                    return done >= 5;
                }
            });
            assertThat(summary.cancelled()).isTrue();
            assertThat(summary.count(FileOutcome.Kind.IMPORTED)).isEqualTo(5);
            assertThat(store.sources()).hasSize(5);
        }
    }

    private static Source withoutImportTime(Source s) {
        return new Source(s.id(), s.file(), s.format(), s.title(), s.publisher(), s.author(), s.published(),
                s.publishedBasis(), s.inferredFrom(), s.sha256(), s.text(), null);
    }
}
