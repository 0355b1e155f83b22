package parley.core;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * Read → extract → merge → store, one transaction per article. Reading and extracting run ahead in a small pool;
 * storing stays on the calling thread, in file order, so the store is the same as a sequential import's.
 *
 * <p>An article with no date of its own borrows one from a stored article that shares at least
 * {@link #INFER_MIN_SHARED} sentences with it (INFERRED); a dated article arriving later dates the undated ones it
 * shares sentences with, and their events re-resolve. Either import order gives the same store.
 */
public final class ImportService implements Importer {
    /** Shared long sentences needed before one article's date is lent to another. */
    static final int INFER_MIN_SHARED = 3;
    /** Threads reading and extracting ahead of the storing thread: the cores left beside it, at least one. */
    static final int PREPARE_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));
    /** Articles prepared ahead at most (bounds the memory an import holds). */
    static final int LOOK_AHEAD = 2 * PREPARE_THREADS + 2;

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
        ExecutorService pool = Executors.newFixedThreadPool(PREPARE_THREADS, ImportService::preparer);
        Deque<Future<Prepared>> ahead = new ArrayDeque<>();
        try {
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                while (next < files.size() && ahead.size() < LOOK_AHEAD) {
                    Path f = files.get(next++);
                    ahead.add(pool.submit(() -> prepare(f)));
                }
                if (progress.cancelled()) {
                    cancelled = true;
                    break;
                }
                FileOutcome outcome;
                try {
                    outcome = storeOrStop(await(ahead.poll(), files.get(i)));
                } catch (StoreUnavailableException e) {
                    // Every later file would fail the same way: stop here, say so once, keep what is stored.
                    outcome = failed(files.get(i), "could not be stored: " + e.getMessage());
                    outcomes.add(outcome);
                    progress.fileDone(i + 1, files.size(), outcome);
                    int left = files.size() - i - 1;
                    return new ImportSummary(outcomes, false, "the store failed: " + e.reason()
                            + "; " + left + (left == 1 ? " file was" : " files were") + " not tried. Everything"
                            + " imported before is kept: fix the problem and import the same files again (those"
                            + " already in are reported as duplicates).");
                }
                outcomes.add(outcome);
                progress.fileDone(i + 1, files.size(), outcome);
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
        return new ImportSummary(outcomes, cancelled);
    }

    /** Imports one file; never throws (a failure of the store itself becomes a failed outcome too). */
    public FileOutcome importFile(Path file) {
        try {
            return storeOrStop(prepare(file));
        } catch (StoreUnavailableException e) {
            return failed(file, "could not be stored: " + e.getMessage());
        }
    }

    /** A file read, fingerprinted and (when it states its date) extracted ahead of storing, or why it failed. */
    private record Prepared(Path file, Article article, Set<Long> prints, Extraction extraction, FileOutcome failed) {
    }

    /**
     * Reading and extracting are pure and take most of an import's CPU, so they run ahead in a small pool while the
     * importing thread stores the previous articles, in file order, one transaction each. Never throws.
     */
    private Prepared prepare(Path file) {
        Article article;
        try {
            article = reader.read(file);
        } catch (UnreadableFileException e) {
            return new Prepared(file, null, null, null, failed(file, e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Prepared(file, null, null, null,
                    failed(file, "could not be read (" + e.getClass().getSimpleName() + ")"));
        }
        try {
            Set<Long> prints = SentencePrints.of(article.text(), extractor.sentences(article.text()));
            // An undated article's anchor is only known inside its transaction (it may borrow a date).
            Extraction extraction = article.published() == null ? null : extractor.extract(article, article.published());
            return new Prepared(file, article, prints, extraction, null);
        } catch (RuntimeException | OutOfMemoryError e) {
            // Extraction is tried again in the transaction, where a failure is reported as for a sequential import.
            return new Prepared(file, article, null, null, null);
        }
    }

    private static Prepared await(Future<Prepared> future, Path file) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Prepared(file, null, null, null, failed(file, "the import was interrupted"));
        } catch (ExecutionException e) {
            return new Prepared(file, null, null, null, failed(file, "could not be read (" + rootMessage(e) + ")"));
        }
    }

    private static Thread preparer(Runnable r) {
        Thread t = new Thread(r, "parley-import-reader");
        t.setDaemon(true);
        return t;
    }

    /** Stores one prepared file; throws only when the store itself failed (disk full, file lost). */
    private FileOutcome storeOrStop(Prepared p) {
        if (p.failed() != null) {
            return p.failed();
        }
        Article article = p.article();
        try {
            if (store.containsSha(article.sha256())) {
                return new FileOutcome(p.file(), FileOutcome.Kind.DUPLICATE, null, 0);
            }
            Set<Long> prints = p.prints() != null ? p.prints()
                    : SentencePrints.of(article.text(), extractor.sentences(article.text()));
            int events = store.write(tx -> storeArticle(tx, article, prints, p.extraction()));
            return new FileOutcome(p.file(), FileOutcome.Kind.IMPORTED, null, events);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return failed(p.file(), "could not be stored (" + rootMessage(e) + ")");
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

    /** @param extracted the article extracted against its own date ahead of time, or null */
    private int storeArticle(EventStore.Transaction tx, Article article, Set<Long> prints, Extraction extracted) {
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
        Extraction ready = published != null && published.equals(article.published()) ? extracted : null;
        int events = extractAndMerge(tx, id, article, published,
                new AnalystWord(tx.tombstones(), List.of()), ready);
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

    /**
     * Drops what a source contributed to machine-made events and extracts it again against its (new) date. Events
     * an analyst confirmed or edited keep their sentences from it and their fields.
     */
    private void reresolve(EventStore.Transaction tx, long sourceId, LocalDate date) {
        Source s = tx.source(sourceId).orElseThrow(() -> new IllegalArgumentException("no source " + sourceId));
        tx.removeMentionsOf(sourceId);
        List<Event> owned = tx.eventsMentioning(sourceId).stream().filter(Event::analystOwned).toList();
        extractAndMerge(tx, sourceId, articleOf(s, date), date, new AnalystWord(tx.tombstones(), owned));
    }

    private static Article articleOf(Source s, LocalDate date) {
        return new Article(s.file(), s.format(), s.sha256(), s.text(), s.title(), s.publisher(), s.author(), date);
    }

    /**
     * Extracts every stored source again against its publication date (after the rules improved), as if the
     * articles were imported afresh in their import order: machine-made events are rebuilt from scratch, so the
     * result does not depend on stale merges. What analysts confirmed, edited, merged, split or deleted stays as they
     * left it. One transaction: a failure or a cancel changes nothing. Returns the number of sources re-extracted.
     */
    public int reextractAll(Progress progress) {
        List<Source> sources = store.sources();
        progress.started(sources.size());
        return store.write(tx -> {
            for (Source s : sources) {
                tx.removeMentionsOf(s.id());
            }
            List<parley.domain.Tombstone> buried = tx.tombstones();
            int done = 0;
            for (Source listed : sources) {
                if (progress.cancelled()) {
                    throw new java.util.concurrent.CancellationException("Re-extraction cancelled; nothing changed.");
                }
                Source s = tx.source(listed.id()).orElseThrow();
                List<Event> owned = tx.eventsMentioning(s.id()).stream().filter(Event::analystOwned).toList();
                int events = extractAndMerge(tx, s.id(), articleOf(s, s.published()), s.published(),
                        new AnalystWord(buried, owned));
                progress.fileDone(++done, sources.size(), new FileOutcome(java.nio.file.Path.of(s.file()),
                        FileOutcome.Kind.IMPORTED, null, events));
            }
            return done;
        });
    }

    /**
     * Sets a source's publication date with the basis given (undo puts back a STATED or INFERRED date this way) and
     * re-resolves its events.
     */
    public void setPublicationDate(long sourceId, LocalDate date, DateBasis basis, Long inferredFrom) {
        store.write(tx -> {
            tx.setPublished(sourceId, date, basis, inferredFrom);
            reresolve(tx, sourceId, date);
            return null;
        });
    }

    /**
     * Stores what extraction finds, below the analyst's word: sentences of deleted events stay out, a report of an
     * event the analyst owns (confirmed or edited) only adds new sentences to it, never changes its fields.
     */
    private int extractAndMerge(EventStore.Transaction tx, long sourceId, Article article, LocalDate anchor,
                                AnalystWord word) {
        return extractAndMerge(tx, sourceId, article, anchor, word, null);
    }

    /** @param extracted the article already extracted against {@code anchor}, or null to extract it here */
    private int extractAndMerge(EventStore.Transaction tx, long sourceId, Article article, LocalDate anchor,
                                AnalystWord word, Extraction extracted) {
        Extraction extraction = extracted != null ? extracted : extractor.extract(article, anchor);
        tx.upsertEntities(extraction.entities());
        for (Event found : extraction.events()) {
            Event event = word.unburied(withSource(found, sourceId));
            if (event.mentions().isEmpty()) {
                continue;
            }
            Optional<Event> owner = word.owner(event);
            if (owner.isPresent()) {
                tx.updateEvent(word.gain(owner.get(), event));
                continue;
            }
            LocalDate from = event.date().known() ? event.date().start().minusDays(1) : null;
            LocalDate to = event.date().known() ? event.date().lastDay().plusDays(1) : null;
            Optional<Event> same = merger.findSame(event, tx.candidates(from, to));
            if (same.isPresent() && same.get().analystOwned()) {
                tx.updateEvent(word.gain(same.get(), event));
            } else if (same.isPresent()) {
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
