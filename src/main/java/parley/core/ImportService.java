package parley.core;

import java.nio.file.Path;
import java.time.Duration;
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
import parley.domain.Tombstone;
import parley.domain.UnreadableFileException;
import parley.extract.EventMerger;
import parley.store.StoreConflictException;
import parley.store.StoreUnavailableException;

/**
 * Read → extract → merge → store. Reading and extracting run ahead in a small pool; storing stays on the calling
 * thread, in file order, so the store is the same as a sequential import's.
 *
 * <p>Articles are committed in groups (up to {@link #GROUP_ARTICLES} articles or {@link #GROUP_TIME}), each article
 * under a savepoint of its own: an article that fails is rolled back alone and reported failed, the rest of the group
 * commits. Progress reports a group's files once the group is committed, so a file reported imported is in the store
 * even if the process dies right after; a crash or kill loses at most the open group, which a new import of the same
 * files brings in (what was committed is reported as duplicate). A full disk or another failure of the store stops the
 * import once: the open group is not kept, its first file carries the message. Merge candidates come from an
 * in-memory index of the stored events ({@link MatchIndex}) built at the first group and kept current by the import;
 * it is built again when another writer (an analyst's edit) committed between two groups.
 *
 * <p>An article with no date of its own borrows one from a stored article that shares at least
 * {@link #INFER_MIN_SHARED} sentences with it (INFERRED); a dated article arriving later dates the undated ones it
 * shares sentences with, and their events re-resolve. Either import order gives the same store.
 */
public final class ImportService implements Importer {
    /** Shared long sentences needed before one article's date is lent to another. */
    static final int INFER_MIN_SHARED = 3;
    /**
     * Threads reading and extracting ahead of the storing thread: one per core (at most four). Reading and
     * extracting an article costs about 7 ms of CPU against 4-5 ms to store it, so a single preparer on two cores
     * left the storing thread waiting and a core idle between its turns; with one per core the preparers take what
     * the storing thread leaves. The store does not depend on the count (articles are stored in file order).
     */
    static final int PREPARE_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    /**
     * Articles committed together at most, and for how long a group may stay open (see {@link #withGroups}). A
     * commit writes every page the group changed to the file at once (WRITE_DELAY=0), and the pages of a large
     * store's indexes are shared by many articles of a group: a second's groups cost an eighth less of the storing
     * thread than half a second's at 10,000 articles, and progress still moves every second.
     */
    static final int GROUP_ARTICLES = 250;
    /**
     * Files read and extracted ahead of the storing thread at most, and the bytes on disk they may hold together
     * beyond the first {@code 2 × preparers + 2} (see {@link Ahead#next}).
     */
    static final int AHEAD_FILES = 48;
    static final long AHEAD_BYTES = 4L << 20;
    static final Duration GROUP_TIME = Duration.ofMillis(1000);
    /**
     * Tries at storing one article when another Parley on the same team store keeps winning the same rows (the
     * second try, in a fresh transaction, normally finds the article or its entities committed).
     */
    static final int CONFLICT_ATTEMPTS = 5;

    private final EventStore store;
    private final ArticleReader reader;
    private final EventExtractor extractor;
    private final EventMerger merger;
    private final int groupArticles;
    private final long groupNanos;
    private final int preparers;

    public ImportService(EventStore store, ArticleReader reader, EventExtractor extractor, EventMerger merger) {
        this(store, reader, extractor, merger, GROUP_ARTICLES, GROUP_TIME, PREPARE_THREADS);
    }

    private ImportService(EventStore store, ArticleReader reader, EventExtractor extractor, EventMerger merger,
                          int groupArticles, Duration groupTime, int preparers) {
        if (groupArticles < 1 || groupTime.isNegative() || groupTime.isZero()) {
            throw new IllegalArgumentException("a commit group holds at least one article for some time");
        }
        if (preparers < 1) {
            throw new IllegalArgumentException("at least one thread reads and extracts ahead");
        }
        this.preparers = preparers;
        this.store = store;
        this.reader = reader;
        this.extractor = extractor;
        this.merger = merger;
        this.groupArticles = groupArticles;
        this.groupNanos = groupTime.toNanos();
    }

    /**
     * The same importer committing at most {@code articles} articles together, and closing a group once it has been
     * open for {@code time} (the defaults: {@value #GROUP_ARTICLES} articles, 500 ms). Each article stays
     * all-or-nothing within its group; what a group holds is reported once it committed.
     */
    public ImportService withGroups(int articles, Duration time) {
        return new ImportService(store, reader, extractor, merger, articles, time, preparers);
    }

    /**
     * The same importer reading and extracting ahead on {@code threads} threads (default {@value #PREPARE_THREADS}
     * on this machine's cores). The store it leaves does not depend on the count: articles are stored in file order.
     */
    ImportService withPreparers(int threads) {
        return new ImportService(store, reader, extractor, merger, groupArticles, Duration.ofNanos(groupNanos),
                threads);
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
        Ahead ahead = new Ahead(files);
        Run run = new Run();
        // A group lost with the connection to a team store, stored again once on a new connection.
        java.util.Deque<Prepared> replay = new ArrayDeque<>();
        boolean replaying = false;
        try {
            int done = 0;
            while (done < files.size() && !run.cancelled) {
                List<Path> group = new ArrayList<>();
                List<Prepared> fed = new ArrayList<>();
                boolean again = replaying;
                List<FileOutcome> results;
                try {
                    results = storeGroup(run, () -> {
                        if (!replay.isEmpty()) {
                            Prepared p = replay.poll();
                            group.add(p.file());
                            fed.add(p);
                            return p;
                        }
                        if (again) {
                            return null;
                        }
                        if (run.retry != null && group.isEmpty()) {
                            Prepared retried = run.retry;
                            run.retry = null;
                            group.add(retried.file());
                            fed.add(retried);
                            return retried;
                        }
                        if (group.size() >= groupArticles || ahead.exhausted() || run.retry != null) {
                            return null;
                        }
                        if (progress.cancelled()) {
                            run.cancelled = true;
                            return null;
                        }
                        Prepared p = ahead.next();
                        group.add(p.file());
                        fed.add(p);
                        return p;
                    });
                    replaying = false;
                } catch (RuntimeException e) {
                    if (e instanceof StoreUnavailableException u && u.connectionLost() && !again) {
                        // The connection to the team store dropped: nothing of this group was committed. Its files
                        // are stored again, once, on a new connection from the pool, against the store as it is now.
                        replay.addAll(fed);
                        replaying = true;
                        run.index = null;
                        continue;
                    }
                    // The store failed (each article's own failures stay inside its savepoint): every later file
                    // would fail the same way, so stop here, say so once and keep what is committed. Nothing of
                    // this group was committed: its first file carries the message, the rest are left.
                    Path first = group.isEmpty() ? files.get(done) : group.get(0);
                    FileOutcome outcome = failed(first, "could not be stored: " + e.getMessage());
                    outcomes.add(outcome);
                    progress.fileDone(done + 1, files.size(), outcome);
                    int left = files.size() - done - 1;
                    String reason = e instanceof StoreUnavailableException u ? u.reason() : rootMessage(e);
                    return new ImportSummary(outcomes, false, "the store failed: " + reason
                            + "; " + left + (left == 1 ? " file was" : " files were") + " not imported. Everything"
                            + " imported before is kept: fix the problem and import the same files again (those"
                            + " already in are reported as duplicates).");
                }
                // Reported only now that the group is committed: a file reported imported is in the store.
                for (FileOutcome outcome : results) {
                    outcomes.add(outcome);
                    progress.fileDone(++done, files.size(), outcome);
                }
                if (!results.isEmpty()) {
                    progress.groupStored(done, files.size());
                }
            }
        } finally {
            ahead.close();
        }
        return new ImportSummary(outcomes, run.cancelled);
    }

    /**
     * Imports one file in a transaction of its own, asking the store for merge candidates event by event (no
     * index to build for one file); never throws (a failure of the store itself becomes a failed outcome too).
     */
    public FileOutcome importFile(Path file) {
        Prepared p = prepare(file);
        try {
            if (p.failed() != null) {
                return p.failed();
            }
            for (int attempt = 1; ; attempt++) {
                if (store.containsSha(p.article().sha256())) {
                    return new FileOutcome(p.file(), FileOutcome.Kind.DUPLICATE, null, 0);
                }
                try {
                    int events = store.write(tx -> storeArticle(tx, p, Merging.direct(tx, merger), tx.tombstones()));
                    return new FileOutcome(p.file(), FileOutcome.Kind.IMPORTED, null, events);
                } catch (StoreConflictException e) {
                    // Another Parley on the same team store wrote the same rows first: look again (see storeInGroup).
                    if (attempt == CONFLICT_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } catch (StoreUnavailableException e) {
            return failed(file, "could not be stored: " + e.getMessage());
        } catch (RuntimeException e) {
            return failed(p.file(), "could not be stored (" + rootMessage(e) + ")");
        }
    }

    /** What one import keeps across its commit groups. */
    private static final class Run {
        /** The stored events as outlines; null until the first group builds it (or after it went stale). */
        MatchIndex index;
        /** The analyst's deleted events, read with the index (only an analyst's write changes them). */
        List<Tombstone> tombstones = List.of();
        /** The store's commit count the next group should see; -1 when unknown (the index is then rebuilt). */
        long expectedCommits = -1;
        boolean cancelled;
        /** An article that lost a clash with another writer, stored again first in the next group; else null. */
        Prepared retry;
        /** How many times in a row the article being stored has lost such a clash. */
        int conflicts;
    }

    /** The next prepared file of a group, or null to close the group. */
    @FunctionalInterface
    private interface Feed {
        Prepared next();
    }

    /**
     * Stores prepared files in one transaction until the feed closes the group or the group has been open for its
     * time; each article under a savepoint of its own, so one that fails leaves the others. Returns the outcomes in
     * file order once committed; throws only when the store itself failed (then nothing of the group is kept).
     */
    private List<FileOutcome> storeGroup(Run run, Feed feed) {
        return store.write(tx -> {
            if (run.index == null || tx.commitsBefore() < 0 || tx.commitsBefore() != run.expectedCommits) {
                // First group, or someone else wrote between two groups (an analyst's edit): read the store again.
                rereadStore(run, tx);
            }
            List<FileOutcome> results = new ArrayList<>();
            long opened = System.nanoTime();
            Prepared p;
            while (System.nanoTime() - opened < groupNanos && (p = feed.next()) != null) {
                FileOutcome outcome = storeInGroup(run, tx, p);
                if (outcome == null) {
                    run.retry = p;
                    break;
                }
                results.add(outcome);
            }
            run.expectedCommits = tx.commitsBefore() < 0 ? -1 : tx.commitsBefore() + 1;
            return results;
        });
    }

    private FileOutcome storeInGroup(Run run, EventStore.Transaction tx, Prepared p) {
        if (p.failed() != null) {
            return p.failed();
        }
        String sha = p.article().sha256();
        // Asked in the transaction: it sees the group's own articles, and costs no pooled connection.
        if (tx.containsSha(sha)) {
            return new FileOutcome(p.file(), FileOutcome.Kind.DUPLICATE, null, 0);
        }
        try {
            int events;
            try {
                events = storeOnce(run, tx, p);
            } catch (MergeWrites.Stale e) {
                // An analyst's edit committed while the group was open: once more against the store as it is now.
                rereadStore(run, tx);
                events = storeOnce(run, tx, p);
            }
            run.conflicts = 0;
            return new FileOutcome(p.file(), FileOutcome.Kind.IMPORTED, null, events);
        } catch (StoreUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            // Its savepoint is rolled back; the index may hold its events: read the store again.
            rereadStore(run, tx);
            if (e instanceof StoreConflictException) {
                // Another Parley on the same team store committed the same article first: it is a duplicate.
                if (tx.containsSha(sha)) {
                    run.conflicts = 0;
                    return new FileOutcome(p.file(), FileOutcome.Kind.DUPLICATE, null, 0);
                }
                // Else the two took the same rows (entities) in opposite orders. This group's earlier articles
                // still hold theirs, so a retry here would meet the same deadlock: commit the group and store the
                // article again first thing in the next one.
                if (++run.conflicts < CONFLICT_ATTEMPTS) {
                    return null;
                }
                run.conflicts = 0;
            }
            return failed(p.file(), "could not be stored (" + rootMessage(e) + ")");
        }
    }

    /** The article under a savepoint of its own, merged against the import's index. */
    private int storeOnce(Run run, EventStore.Transaction tx, Prepared p) {
        return tx.atomically(t -> storeArticle(t, p, new MergeWrites(t, merger, run.index, true), run.tombstones));
    }

    private static void rereadStore(Run run, EventStore.Transaction tx) {
        run.index = new MatchIndex(tx.outlines());
        run.tombstones = tx.tombstones();
    }

    /** Prepared files in file order, read and extracted ahead in a small pool. */
    private final class Ahead implements AutoCloseable {
        private final List<Path> files;
        private final ExecutorService pool = Executors.newFixedThreadPool(preparers, ImportService::preparer);
        private final Deque<Future<Prepared>> queued = new ArrayDeque<>();
        /** The size on disk of each queued file, in the same order, and their sum. */
        private final Deque<Long> queuedSizes = new ArrayDeque<>();
        private long queuedBytes;
        private int submitted;
        private int taken;

        Ahead(List<Path> files) {
            this.files = files;
        }

        boolean exhausted() {
            return taken >= files.size();
        }

        Prepared next() {
            // Twice the preparers and two are always read ahead; more, up to AHEAD_FILES, while the files queued are
            // small (AHEAD_BYTES together): the storing thread's commit holds it for a tenth of a second or more,
            // and a short queue left both preparers idle until it came back. Either bound keeps memory bounded.
            while (submitted < files.size() && (queued.size() < 2 * preparers + 2
                    || queued.size() < AHEAD_FILES && queuedBytes < AHEAD_BYTES)) {
                Path f = files.get(submitted++);
                long size = sizeOf(f);
                queued.add(pool.submit(() -> prepare(f)));
                queuedSizes.add(size);
                queuedBytes += size;
            }
            queuedBytes -= queuedSizes.isEmpty() ? 0 : queuedSizes.poll();
            return await(queued.poll(), files.get(taken++));
        }

        @Override
        public void close() {
            queued.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (java.io.IOException | RuntimeException e) {
            return 0; // its reader says what is wrong with it
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

    @Override
    public void setPublicationDate(long sourceId, LocalDate date) {
        store.write(tx -> {
            tx.setPublished(sourceId, date, DateBasis.SET_BY_USER, null);
            reresolve(tx, Merging.direct(tx, merger), sourceId, date);
            return null;
        });
    }

    /** Stores one prepared article (source, events, dates lent and borrowed); returns the events extracted. */
    private int storeArticle(EventStore.Transaction tx, Prepared p, Merging merging, List<Tombstone> buried) {
        Article article = p.article();
        Set<Long> prints = p.prints() != null ? p.prints()
                : SentencePrints.of(article.text(), extractor.sentences(article.text()));
        LocalDate published = article.published();
        DateBasis basis = published != null ? DateBasis.STATED : DateBasis.UNKNOWN;
        Long lender = null;
        if (published == null) {
            Optional<Source> donor = bestDatedSharing(tx, prints);
            if (donor.isPresent()) {
                published = donor.get().published();
                basis = DateBasis.INFERRED;
                lender = donor.get().id();
            }
        }
        Source source = new Source(0, article.file(), article.format(), article.title(), article.publisher(),
                article.author(), published, basis, lender, article.sha256(), article.text(), Instant.now(),
                article.published() != null ? article.publishedSignal() : null, article.notes());
        long id = tx.insertSource(source, prints);
        Extraction ready = published != null && published.equals(article.published()) ? p.extraction() : null;
        int events = extractAndMerge(tx, merging, id, article, published,
                new AnalystWord(buried, List.of()), ready);
        if (published != null) {
            dateUndatedSharing(tx, merging, id, published, prints);
        }
        return events;
    }

    /** The dated source sharing most sentences (at least the minimum); ties go to the older import. */
    private static Optional<Source> bestDatedSharing(EventStore.Transaction tx, Set<Long> prints) {
        // Asked inside the transaction: the lender may be an article of the same commit group.
        Map<Long, Integer> shared = tx.sourcesSharing(prints);
        return shared.entrySet().stream()
                .filter(e -> e.getValue() >= INFER_MIN_SHARED)
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> tx.source(e.getKey()).orElse(null))
                .filter(s -> s != null && s.published() != null)
                .findFirst();
    }

    private void dateUndatedSharing(EventStore.Transaction tx, Merging merging, long lender, LocalDate date,
                                    Set<Long> prints) {
        tx.undatedSourcesSharing(prints).entrySet().stream()
                .filter(e -> e.getValue() >= INFER_MIN_SHARED && e.getKey() != lender)
                .map(Map.Entry::getKey)
                .sorted(Comparator.naturalOrder())
                .forEach(undated -> {
                    tx.setPublished(undated, date, DateBasis.INFERRED, lender);
                    reresolve(tx, merging, undated, date);
                });
    }

    /**
     * Drops what a source contributed to machine-made events and extracts it again against its (new) date. Events
     * an analyst confirmed or edited keep their sentences from it and their fields.
     */
    private void reresolve(EventStore.Transaction tx, Merging merging, long sourceId, LocalDate date) {
        Source s = tx.source(sourceId).orElseThrow(() -> new IllegalArgumentException("no source " + sourceId));
        merging.mentionsRemoved(tx.removeMentionsOf(sourceId));
        List<Event> owned = tx.eventsMentioning(sourceId).stream().filter(Event::analystOwned).toList();
        extractAndMerge(tx, merging, sourceId, articleOf(s, date), date, new AnalystWord(tx.tombstones(), owned),
                null);
    }

    private static Article articleOf(Source s, LocalDate date) {
        return new Article(s.file(), s.format(), s.sha256(), s.text(), s.title(), s.publisher(), s.author(), date);
    }

    /**
     * Extracts every stored source again against its publication date (after the rules improved), as if the
     * articles were imported afresh in their import order: machine-made events are rebuilt from scratch, so the
     * result does not depend on stale merges. What analysts confirmed, edited, merged, split or deleted stays as they
     * left it. One transaction: a failure or a cancel changes nothing. Returns the number of sources re-extracted.
     *
     * <p>Through the import's pipeline: the storing thread reads each source's text in the transaction and hands
     * it to the preparers, which extract ahead (a bounded look-ahead, as for files) while it merges the sources
     * before, in import order; extraction is pure, so the store does not depend on how many threads extract.
     */
    public int reextractAll(Progress progress) {
        List<Source> sources = store.sources();
        progress.started(sources.size());
        return store.write(tx -> {
            for (Source s : sources) {
                tx.removeMentionsOf(s.id());
            }
            List<parley.domain.Tombstone> buried = tx.tombstones();
            Merging merging = new MergeWrites(tx, merger, new MatchIndex(tx.outlines()), false);
            ExecutorService pool = Executors.newFixedThreadPool(preparers, ImportService::preparer);
            Deque<Future<Extraction>> queued = new ArrayDeque<>();
            Deque<Source> read = new ArrayDeque<>();
            try {
                int submitted = 0;
                int done = 0;
                for (Source listed : sources) {
                    if (progress.cancelled()) {
                        throw new java.util.concurrent.CancellationException(
                                "Re-extraction cancelled; nothing changed.");
                    }
                    // Extractions ahead at most, as for files: bounds the texts held in memory.
                    while (submitted < sources.size() && queued.size() < 2 * preparers + 2) {
                        Source s = tx.source(sources.get(submitted++).id()).orElseThrow();
                        Article article = articleOf(s, s.published());
                        read.add(s);
                        queued.add(pool.submit(() -> extractor.extract(article, article.published())));
                    }
                    Source s = read.poll();
                    Extraction extraction = extracted(queued.poll());
                    List<Event> owned = tx.eventsMentioning(s.id()).stream().filter(Event::analystOwned).toList();
                    int events = extractAndMerge(tx, merging, s.id(), articleOf(s, s.published()), s.published(),
                            new AnalystWord(buried, owned), extraction);
                    progress.fileDone(++done, sources.size(), new FileOutcome(java.nio.file.Path.of(s.file()),
                            FileOutcome.Kind.IMPORTED, null, events));
                }
                return done;
            } finally {
                queued.forEach(f -> f.cancel(true));
                pool.shutdownNow();
            }
        });
    }

    /** What a preparer extracted; its failure is the re-extraction's, as when the storing thread extracted. */
    private static Extraction extracted(Future<Extraction> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("Re-extraction interrupted; nothing changed.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Sets a source's publication date with the basis given (undo puts back a STATED or INFERRED date this way) and
     * re-resolves its events.
     */
    public void setPublicationDate(long sourceId, LocalDate date, DateBasis basis, Long inferredFrom) {
        store.write(tx -> {
            tx.setPublished(sourceId, date, basis, inferredFrom);
            reresolve(tx, Merging.direct(tx, merger), sourceId, date);
            return null;
        });
    }

    /**
     * Stores what extraction finds, below the analyst's word: sentences of deleted events stay out, a report of an
     * event the analyst owns (confirmed or edited) only adds new sentences to it, never changes its fields.
     *
     * @param extracted the article already extracted against {@code anchor}, or null to extract it here
     */
    private int extractAndMerge(EventStore.Transaction tx, Merging merging, long sourceId, Article article,
                                LocalDate anchor, AnalystWord word, Extraction extracted) {
        Extraction extraction = extracted != null ? extracted : extractor.extract(article, anchor);
        tx.upsertEntities(extraction.entities());
        for (Event found : extraction.events()) {
            Event event = word.unburied(withSource(found, sourceId));
            if (event.mentions().isEmpty()) {
                continue;
            }
            Optional<Event> owner = word.owner(event);
            if (owner.isPresent()) {
                merging.update(word.gain(owner.get(), event));
                continue;
            }
            Optional<Event> same = merging.same(event);
            if (same.isPresent() && same.get().analystOwned()) {
                merging.update(word.gain(same.get(), event));
            } else if (same.isPresent()) {
                merging.update(merger.mergeAcross(same.get(), event)); // the contribution says why they are one
            } else {
                merging.insert(event);
            }
        }
        merging.flush();
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
