package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.bench.CorpusGenerator;
import parley.domain.Article;
import parley.domain.DateBasis;
import parley.domain.Event;
import parley.domain.EventExtractor;
import parley.domain.EventStore;
import parley.domain.Extraction;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Mention;
import parley.domain.Source;
import parley.export.JsonExport;
import parley.extract.EventMerger;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;
import parley.store.H2EventStore;

/**
 * Reading ahead in a pool, committing articles in groups, and picking merge candidates from an in-memory index must
 * leave exactly the store a one-file-at-a-time import leaves (which asks the store for candidates event by event).
 */
class ParallelImportTest {
    /** Never closes a group on time: group sizes in these tests are exact. */
    private static final Duration NO_TIME_LIMIT = Duration.ofMinutes(5);

    private static ImportService importer(EventStore store) {
        return importer(store, new RuleBasedExtractor());
    }

    private static ImportService importer(EventStore store, EventExtractor extractor) {
        return new ImportService(store, new FileArticleReader(), extractor, new EventMerger());
    }

    /** A corpus with an undated copy after its original, one before it, a byte-identical copy and an empty file. */
    private static Path corpus(Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(11).write(corpus, 24);
        // An undated copy of article 0's text borrows its date; a byte-identical copy is a duplicate; junk fails.
        String first = Files.readString(corpus.resolve("article-00000.txt"));
        Files.writeString(corpus.resolve("undated-copy.txt"), first.replaceFirst("Published: .*\n", ""));
        // An undated copy of a later text article sorted before it: the original, later in the group, dates it.
        Path later = Files.list(corpus).filter(f -> f.getFileName().toString().matches("article-.*\\.txt"))
                .sorted().skip(1).findFirst().orElseThrow();
        String laterText = Files.readString(later);
        Files.writeString(corpus.resolve("0-undated-first.txt"), laterText.replaceFirst("Published: .*\n", ""));
        Files.copy(corpus.resolve("article-00003.txt"), corpus.resolve("same-bytes.txt"));
        Files.write(corpus.resolve("broken.txt"), new byte[0]);
        return corpus;
    }

    @Test
    void importingAheadInGroupsGivesTheSameStoreAsImportingFileByFile(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        List<FileOutcome> oneByOne = new ArrayList<>();
        try (EventStore reference = H2EventStore.open(dir.resolve("reference"))) {
            ImportService sequential = importer(reference);
            for (Path f : FileCollector.collect(List.of(corpus)).files()) {
                oneByOne.add(sequential.importFile(f));
            }
            assertThat(oneByOne).filteredOn(o -> o.kind() == FileOutcome.Kind.DUPLICATE).hasSize(1);
            assertThat(oneByOne).filteredOn(o -> o.kind() == FileOutcome.Kind.FAILED).hasSize(1);
            Source undatedFirst = reference.sources().stream().filter(s -> s.file().equals("0-undated-first.txt"))
                    .findFirst().orElseThrow();
            assertThat(undatedFirst.publishedBasis()).isEqualTo(DateBasis.INFERRED);
            // Dated by an article imported after it (generated articles share stock sentences, so the first
            // dated one sharing three does it).
            assertThat(undatedFirst.inferredFrom()).isGreaterThan(undatedFirst.id());

            // Whole import in one group, groups of 5 and of 1, and the default grouping (0 here).
            for (int size : List.of(100, 5, 1, 0)) {
                try (EventStore s = H2EventStore.open(dir.resolve("grouped-" + size))) {
                    ImportService grouped = size == 0 ? importer(s) : importer(s).withGroups(size, NO_TIME_LIMIT);
                    ImportSummary summary = grouped.importPaths(List.of(corpus), Importer.Progress.NONE);
                    assertThat(summary.outcomes()).isEqualTo(oneByOne);
                    assertThat(s.events()).isNotEmpty().isEqualTo(reference.events());
                    assertThat(s.sources().stream().map(ParallelImportTest::withoutImportTime).toList())
                            .isEqualTo(reference.sources().stream().map(ParallelImportTest::withoutImportTime).toList());
                }
            }
        }
    }

    /** One, two or four threads reading ahead: the same files in the same order export byte-identical JSON. */
    @Test
    void theStoreDoesNotDependOnHowManyThreadsReadAhead(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        String first = null;
        for (int threads : List.of(1, 2, 4)) {
            try (EventStore s = H2EventStore.open(dir.resolve("threads-" + threads))) {
                ImportSummary summary = importer(s).withPreparers(threads).withGroups(7, NO_TIME_LIMIT)
                        .importPaths(List.of(corpus), Importer.Progress.NONE);
                assertThat(summary.count(FileOutcome.Kind.FAILED)).isEqualTo(1); // the empty file
                String json = JsonExport.write(s.sources().stream().map(ParallelImportTest::withoutImportTime)
                        .toList(), s.events());
                assertThat(json).contains("\"events\"");
                if (first == null) {
                    first = json;
                } else {
                    assertThat(json).as(threads + " threads").isEqualTo(first);
                }
            }
        }
    }

    /** "Re-extract all" extracts on the preparers: one, two or four of them leave byte-identical JSON. */
    @Test
    void reextractingAllDoesNotDependOnHowManyThreadsExtract(@TempDir Path dir) throws Exception {
        Path corpus = corpus(dir);
        String first = null;
        for (int threads : List.of(1, 2, 4)) {
            try (EventStore s = H2EventStore.open(dir.resolve("threads-" + threads))) {
                ImportService importer = importer(s).withPreparers(threads);
                importer.importPaths(List.of(corpus), Importer.Progress.NONE);
                int before = s.events().size();
                List<Integer> reported = new ArrayList<>();
                int done = importer.reextractAll(new Importer.Progress() {
                    @Override
                    public void fileDone(int d, int total, FileOutcome outcome) {
                        reported.add(d);
                    }
                });
                assertThat(done).isEqualTo(s.sources().size());
                assertThat(reported).hasSize(done).isSorted();
                // The generated articles hold nothing an analyst changed: extracted afresh, the same events.
                assertThat(s.events()).hasSize(before);
                String json = JsonExport.write(s.sources().stream().map(ParallelImportTest::withoutImportTime)
                        .toList(), s.events());
                if (first == null) {
                    first = json;
                } else {
                    assertThat(json).as(threads + " threads").isEqualTo(first);
                }
            }
        }
    }

    /** A file whose extraction fails is reported and the rest stored, whatever the number of preparers. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 3})
    void anArticleThatFailsInAGroupRollsBackAloneAndTheOthersCommit(int preparers, @TempDir Path dir)
            throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(13).write(corpus, 12);
        EventExtractor breaksOnSeventh = new BreakingExtractor("article-00006.txt");
        List<FileOutcome> oneByOne = new ArrayList<>();
        try (EventStore reference = H2EventStore.open(dir.resolve("reference"));
             EventStore grouped = H2EventStore.open(dir.resolve("grouped"))) {
            ImportService sequential = importer(reference, breaksOnSeventh);
            for (Path f : FileCollector.collect(List.of(corpus)).files()) {
                oneByOne.add(sequential.importFile(f));
            }
            ImportSummary summary = importer(grouped, breaksOnSeventh).withPreparers(preparers)
                    .withGroups(50, NO_TIME_LIMIT).importPaths(List.of(corpus), Importer.Progress.NONE);

            assertThat(summary.outcomes()).isEqualTo(oneByOne);
            assertThat(summary.count(FileOutcome.Kind.IMPORTED)).isEqualTo(11);
            assertThat(summary.outcomes().get(6).kind()).isEqualTo(FileOutcome.Kind.FAILED);
            assertThat(summary.outcomes().get(6).reason()).contains("the extractor broke");
            assertThat(grouped.sources()).hasSize(11).noneMatch(s -> s.file().equals("article-00006.txt"));
            assertThat(grouped.events()).isNotEmpty().isEqualTo(reference.events());
            // Nothing of the failed article is left: no event holds a sentence of a source that is not stored.
            List<Long> stored = grouped.sources().stream().map(Source::id).toList();
            assertThat(grouped.events()).flatExtracting(Event::mentions).extracting(Mention::sourceId)
                    .allMatch(stored::contains);
        }
    }

    @Test
    void aWriteBetweenTwoGroupsIsSeenByTheNextGroup(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(14).write(corpus, 12);
        List<Path> files = FileCollector.collect(List.of(corpus)).files();
        // An analyst adds an event as article 5 reports it, once the first four articles are in.
        Article fifth = new FileArticleReader().read(files.get(4));
        Event reported = new RuleBasedExtractor().extract(fifth, fifth.published()).events().get(0);
        try (EventStore reference = H2EventStore.open(dir.resolve("reference"));
             EventStore grouped = H2EventStore.open(dir.resolve("grouped"))) {
            ImportService sequential = importer(reference);
            for (int i = 0; i < files.size(); i++) {
                if (i == 4) {
                    addByHand(reference, reported);
                }
                sequential.importFile(files.get(i));
            }
            importer(grouped).withGroups(4, NO_TIME_LIMIT).importPaths(List.of(corpus), new Importer.Progress() {
                @Override
                public void fileDone(int done, int total, FileOutcome outcome) {
                    if (done == 4) {
                        addByHand(grouped, reported);
                    }
                }
            });
            assertThat(grouped.events()).isEqualTo(reference.events());
            Event byHand = grouped.events().stream().filter(e -> e.mentions().stream()
                    .anyMatch(m -> "added by hand".equals(m.contribution()))).findFirst().orElseThrow();
            assertThat(byHand.mentions()).as("article 5's report merged into the event added between groups")
                    .hasSizeGreaterThan(1);
        }
    }

    /** An event as an analyst adds it: the report's fields, one sentence of the first stored source. */
    private static void addByHand(EventStore store, Event reported) {
        Source first = store.sources().get(0);
        store.write(tx -> tx.insertEvent(new Event(0, reported.type(), reported.title(), reported.date(),
                reported.derivation(), reported.location(), reported.status(), reported.participants(),
                List.of(new Mention(first.id(), 0, 1, "x", "added by hand")), List.of())));
    }

    @Test
    void aCancelledImportStopsBetweenFilesAndKeepsWhatItStored(@TempDir Path dir) {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(12).write(corpus, 12);
        try (EventStore store = H2EventStore.open(dir.resolve("s"))) {
            List<Integer> reported = new ArrayList<>();
            ImportSummary summary = importer(store).withGroups(5, NO_TIME_LIMIT).importPaths(List.of(corpus),
                    new Importer.Progress() {
                        @Override
                        public void fileDone(int d, int total, FileOutcome outcome) {
                            reported.add(d);
                        }

                        @Override
                        public boolean cancelled() {
                            return reported.size() >= 5;
                        }
                    });
            assertThat(summary.cancelled()).isTrue();
            assertThat(summary.count(FileOutcome.Kind.IMPORTED)).isEqualTo(5);
            assertThat(reported).containsExactly(1, 2, 3, 4, 5);
            assertThat(store.sources()).hasSize(5);
        }
    }

    /**
     * A cancel that arrives while a group is half stored (and two threads have read ahead) commits the articles of
     * that group already stored, each whole: the store is exactly what importing those files one by one leaves.
     */
    @Test
    void aCancelInTheMiddleOfAGroupLeavesWholeArticlesOnly(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(14).write(corpus, 12);
        List<Path> files = FileCollector.collect(List.of(corpus)).files();
        try (EventStore reference = H2EventStore.open(dir.resolve("reference"));
             EventStore cancelled = H2EventStore.open(dir.resolve("cancelled"))) {
            ImportService sequential = importer(reference);
            for (Path f : files.subList(0, 6)) {
                assertThat(sequential.importFile(f).kind()).isEqualTo(FileOutcome.Kind.IMPORTED);
            }
            int[] asked = {0};
            List<Integer> reported = new ArrayList<>();
            // Groups of 4: the first group takes files 1-4, the second 5 and 6, then the 7th question says stop.
            ImportSummary summary = importer(cancelled).withPreparers(2).withGroups(4, NO_TIME_LIMIT)
                    .importPaths(List.of(corpus), new Importer.Progress() {
                        @Override
                        public void fileDone(int done, int total, FileOutcome outcome) {
                            reported.add(done);
                        }

                        @Override
                        public boolean cancelled() {
                            return ++asked[0] > 6;
                        }
                    });
            assertThat(summary.cancelled()).isTrue();
            assertThat(reported).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(summary.count(FileOutcome.Kind.IMPORTED)).isEqualTo(6);
            assertThat(cancelled.sources().stream().map(ParallelImportTest::withoutImportTime).toList())
                    .isEqualTo(reference.sources().stream().map(ParallelImportTest::withoutImportTime).toList());
            assertThat(cancelled.events()).isNotEmpty().isEqualTo(reference.events());
        }
    }

    @Test
    void progressReportsAGroupsFilesOnlyOnceTheyAreCommitted(@TempDir Path dir) {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(15).write(corpus, 9);
        try (EventStore store = H2EventStore.open(dir.resolve("s"))) {
            List<Integer> storedWhenReported = new ArrayList<>();
            importer(store).withGroups(4, NO_TIME_LIMIT).importPaths(List.of(corpus), new Importer.Progress() {
                @Override
                public void fileDone(int done, int total, FileOutcome outcome) {
                    storedWhenReported.add(store.sources().size());
                }
            });
            // Readers see a group's articles all at once, and always at least those already reported.
            assertThat(storedWhenReported).containsExactly(4, 4, 4, 4, 8, 8, 8, 8, 9);
        }
    }

    /** The rule-based extractor, except that it fails on one file (inside the transaction, as a store error would). */
    private static final class BreakingExtractor implements EventExtractor {
        private final RuleBasedExtractor real = new RuleBasedExtractor();
        private final String file;

        BreakingExtractor(String file) {
            this.file = file;
        }

        @Override
        public Extraction extract(Article article, LocalDate anchor) {
            if (article.file().equals(file)) {
                throw new IllegalStateException("the extractor broke");
            }
            return real.extract(article, anchor);
        }

        @Override
        public List<Article.Span> sentences(String text) {
            return real.sentences(text);
        }
    }

    private static Source withoutImportTime(Source s) {
        return new Source(s.id(), s.file(), s.format(), s.title(), s.publisher(), s.author(), s.published(),
                s.publishedBasis(), s.inferredFrom(), s.sha256(), s.text(), null);
    }
}
