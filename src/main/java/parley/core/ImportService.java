package parley.core;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import parley.domain.Article;
import parley.domain.ArticleReader;
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
import parley.domain.UnreadableFileException;
import parley.extract.EventMerger;
import parley.store.StoreUnavailableException;

/**
 * Read → extract → merge → store, one transaction per article.
 *
 * <p>An article with no date of its own borrows one from a stored article that shares at least
 * {@link #INFER_MIN_SHARED} sentences with it (INFERRED); a dated article arriving later dates the undated ones it
 * shares sentences with, and their events re-resolve. Either import order gives the same store.
 */
public final class ImportService implements Importer {
    /** Shared long sentences needed before one article's date is lent to another. */
    static final int INFER_MIN_SHARED = 3;

    private final EventStore store;
    private final ArticleReader reader;
    private final EventExtractor extractor;
    private final EventMerger merger;

    public ImportService(EventStore store, ArticleReader reader, EventExtractor extractor, EventMerger merger) {
        this.store = store;
        this.reader = reader;
        this.extractor = extractor;
        this.merger = merger;
    }

    @Override
    public ImportSummary importPaths(List<Path> paths, Progress progress) {
        FileCollector.Collected collected = FileCollector.collect(paths);
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Path> files = collected.files();
        progress.started(files.size());
        collected.problems().forEach((p, why) -> {
            FileOutcome problem = failed(p, why);
            outcomes.add(problem);
            progress.fileDone(0, files.size(), problem);
        });
        for (Path p : collected.skipped()) {
            FileOutcome skip = new FileOutcome(p, FileOutcome.Kind.SKIPPED, "not an article type", 0);
            outcomes.add(skip);
            progress.fileDone(0, files.size(), skip);
        }
        boolean cancelled = false;
        for (int i = 0; i < files.size(); i++) {
            if (progress.cancelled()) {
                cancelled = true;
                break;
            }
            FileOutcome outcome;
            try {
                outcome = importOrStop(files.get(i));
            } catch (StoreUnavailableException e) {
                // Every later file would fail the same way: stop here, say so once, keep what is stored.
                outcome = failed(files.get(i), "could not be stored: " + e.getMessage());
                outcomes.add(outcome);
                progress.fileDone(i + 1, files.size(), outcome);
                int left = files.size() - i - 1;
                return new ImportSummary(outcomes, false, "the store failed: " + e.reason()
                        + "; " + left + (left == 1 ? " file was" : " files were") + " not tried. Everything imported"
                        + " before is kept: fix the problem and import the same files again (those already in are"
                        + " reported as duplicates).");
            }
            outcomes.add(outcome);
            progress.fileDone(i + 1, files.size(), outcome);
        }
        return new ImportSummary(outcomes, cancelled);
    }

    /** Imports one file; never throws (a failure of the store itself becomes a failed outcome too). */
    public FileOutcome importFile(Path file) {
        try {
            return importOrStop(file);
        } catch (StoreUnavailableException e) {
            return failed(file, "could not be stored: " + e.getMessage());
        }
    }

    /** Imports one file; throws only when the store itself failed (disk full, file lost), which ends an import. */
    private FileOutcome importOrStop(Path file) {
        Article article;
        try {
            article = reader.read(file);
        } catch (UnreadableFileException e) {
            return failed(file, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(file, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            if (store.containsSha(article.sha256())) {
                return new FileOutcome(file, FileOutcome.Kind.DUPLICATE, null, 0);
            }
            Set<Long> prints = SentencePrints.of(article.text(), extractor.sentences(article.text()));
            int events = store.write(tx -> storeArticle(tx, article, prints));
            return new FileOutcome(file, FileOutcome.Kind.IMPORTED, null, events);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return failed(file, "could not be stored (" + rootMessage(e) + ")");
        }
    }

    @Override
    public void setPublicationDate(long sourceId, LocalDate date) {
        store.write(tx -> {
            tx.setPublished(sourceId, date, DateBasis.SET_BY_USER, null);
            reresolve(tx, sourceId, date);
            return null;
        });
    }

    private int storeArticle(EventStore.Transaction tx, Article article, Set<Long> prints) {
        LocalDate published = article.published();
        DateBasis basis = published != null ? DateBasis.STATED : DateBasis.UNKNOWN;
        Long lender = null;
        if (published == null) {
            Optional<Source> donor = bestDatedSharing(prints);
            if (donor.isPresent()) {
                published = donor.get().published();
                basis = DateBasis.INFERRED;
                lender = donor.get().id();
            }
        }
        Source source = new Source(0, article.file(), article.format(), article.title(), article.publisher(),
                article.author(), published, basis, lender, article.sha256(), article.text(), Instant.now());
        long id = tx.insertSource(source, prints);
        int events = extractAndMerge(tx, id, article, published);
        if (published != null) {
            dateUndatedSharing(tx, id, published, prints);
        }
        return events;
    }

    /** The dated source sharing most sentences (at least the minimum); ties go to the older import. */
    private Optional<Source> bestDatedSharing(Set<Long> prints) {
        Map<Long, Integer> shared = store.sourcesSharingSentences(prints);
        return shared.entrySet().stream()
                .filter(e -> e.getValue() >= INFER_MIN_SHARED)
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> store.source(e.getKey()).orElse(null))
                .filter(s -> s != null && s.published() != null)
                .findFirst();
    }

    private void dateUndatedSharing(EventStore.Transaction tx, long lender, LocalDate date, Set<Long> prints) {
        tx.undatedSourcesSharing(prints).entrySet().stream()
                .filter(e -> e.getValue() >= INFER_MIN_SHARED && e.getKey() != lender)
                .map(Map.Entry::getKey)
                .sorted(Comparator.naturalOrder())
                .forEach(undated -> {
                    tx.setPublished(undated, date, DateBasis.INFERRED, lender);
                    reresolve(tx, undated, date);
                });
    }

    /** Drops what a source contributed and extracts it again against its (new) date. */
    private void reresolve(EventStore.Transaction tx, long sourceId, LocalDate date) {
        Source s = tx.source(sourceId).orElseThrow(() -> new IllegalArgumentException("no source " + sourceId));
        tx.removeMentionsOf(sourceId);
        Article article = new Article(s.file(), s.format(), s.sha256(), s.text(), s.title(), s.publisher(),
                s.author(), date);
        extractAndMerge(tx, sourceId, article, date);
    }

    private int extractAndMerge(EventStore.Transaction tx, long sourceId, Article article, LocalDate anchor) {
        Extraction extraction = extractor.extract(article, anchor);
        tx.upsertEntities(extraction.entities());
        for (Event found : extraction.events()) {
            Event event = withSource(found, sourceId);
            LocalDate from = event.date().known() ? event.date().start().minusDays(1) : null;
            LocalDate to = event.date().known() ? event.date().lastDay().plusDays(1) : null;
            Optional<Event> same = merger.findSame(event, tx.candidates(from, to));
            if (same.isPresent()) {
                tx.updateEvent(merger.merge(same.get(), event));
            } else {
                tx.insertEvent(event);
            }
        }
        return extraction.events().size();
    }

    private static Event withSource(Event e, long sourceId) {
        List<Mention> mentions = e.mentions().stream().map(m -> m.withSource(sourceId)).toList();
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), mentions, e.disagreements());
    }

    private static FileOutcome failed(Path file, String reason) {
        return new FileOutcome(file, FileOutcome.Kind.FAILED, reason, 0);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
