package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventStore;
import parley.domain.Source;

/**
 * The {@link EventStore} over any JDBC data source whose schema {@link Schema} made. Reads take a pooled connection
 * each and see committed data only, so the window can read while an import writes; writes take turns.
 */
public final class SqlEventStore implements EventStore {
    private final DataSource dataSource;
    private final Runnable release;
    /** One writer at a time: concurrent imports would otherwise wait on each other's row locks and time out. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closed;
    /** Writes committed since the store opened (changed under the write lock only). */
    private long commits;
    /**
     * What the last transaction learnt (entities, events as written), valid for the next one when {@link #commits}
     * is still {@link #learntAt}; a folder store only (on a team store others commit at any time). Under the write lock.
     */
    private SqlTransaction.Learnt learnt;
    private long learntAt = -1;
    /** What the write in progress on the thread holding the write lock learns; null between writes. */
    private SqlTransaction.Learnt inUse;

    /**
     * True for a team store: other processes write too, so this one's count of commits says nothing about what
     * changed (a transaction then reports {@code commitsBefore() == -1}, and an import reads the store again for
     * each commit group instead of trusting what it read before).
     */
    private final boolean shared;

    /** Counts committed writes and tells listeners of other processes' (see {@link ChangeFeed}). */
    private final ChangeFeed feed;

    SqlEventStore(DataSource dataSource, Runnable release) {
        this(dataSource, release, false, null);
    }

    /** @param listening connections to LISTEN on for other processes' commits (a team store), else null */
    SqlEventStore(DataSource dataSource, Runnable release, boolean shared, ChangeFeed.Listening listening) {
        this.dataSource = dataSource;
        this.release = release;
        this.shared = shared;
        this.feed = new ChangeFeed(dataSource, listening, ChangeFeed.POLL_MILLIS);
    }

    @Override
    public AutoCloseable onChange(java.util.function.Consumer<parley.domain.StoreChange> listener) {
        ensureOpen();
        return feed.subscribe(listener);
    }

    @Override
    public boolean containsSha(String sha256) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sources WHERE sha256 = ?")) {
                ps.setString(1, sha256);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public List<Source> sources() {
        return read(SourceRows::all);
    }

    @Override
    public Optional<Source> source(long id) {
        return read(c -> SourceRows.one(c, id));
    }

    @Override
    public List<Event> events() {
        return snapshot(c -> EventReader.read(c, EventFilter.ALL));
    }

    /** One scan of the events table (see {@link AllEventsReader#outline}). */
    @Override
    public List<Event> timelineOutline() {
        return snapshot(AllEventsReader::outline);
    }

    /**
     * From the packed rows of {@link TimelineCache} when they are of the store's revision; otherwise from the tables,
     * keeping the rows packed for the next read (a launch) when no write is under way.
     */
    @Override
    public List<Event> timelineEvents() {
        Rows rows = snapshot(c -> {
            long revision = TimelineCache.revision(c);
            List<Event> cached = TimelineCache.read(c, revision);
            return cached != null ? new Rows(revision, cached, true)
                    : new Rows(revision, AllEventsReader.read(c, false), false);
        });
        if (!rows.cached()) {
            keepTimeline(rows.revision(), rows.events());
        }
        return rows.events();
    }

    private record Rows(long revision, List<Event> events, boolean cached) {
    }

    /** How seldom a window of a team store packs the timeline rows (see {@link #keepTimeline}). */
    private static final long TEAM_PACK_INTERVAL_NANOS = 60_000_000_000L;
    /** When this process last packed them; long ago at first. */
    private volatile long lastPacked = System.nanoTime() - TEAM_PACK_INTERVAL_NANOS;

    /** True when {@link #timelineEvents()} would read the packed rows (one query, no table scan). */
    @Override
    public boolean timelineReadsQuickly() {
        return read(TimelineCache::current);
    }

    /**
     * Reads the tables and packs the rows when the packed ones are not of the current revision. Only speed is at
     * stake: a store that cannot be read now leaves the next launch to read its tables, and the caller's work stands.
     */
    @Override
    public void keepTimelineReady() {
        try {
            if (!timelineReadsQuickly()) {
                timelineEvents();
            }
        } catch (StoreException e) {
            // see above
        }
    }

    /**
     * Packs the rows read at {@code revision} into the cache, unless a write holds the store (the cache would then
     * soon be out of date anyway) or the store moved on. A cache that cannot be written (a team-store login without
     * rights on the table) costs the next launch its speed, never its rows: failures are left unsaid.
     */
    private void keepTimeline(long revision, List<Event> rows) {
        // On a team store every window re-reads after each other process's write: packing each time would write
        // megabytes per change per window, so a window packs at most once a minute there.
        if (shared && System.nanoTime() - lastPacked < TEAM_PACK_INTERVAL_NANOS || !writeLock.tryLock()) {
            return;
        }
        lastPacked = System.nanoTime();
        try (Connection c = closed ? null : dataSource.getConnection()) {
            if (c == null) {
                return;
            }
            c.setAutoCommit(false);
            try {
                if (TimelineCache.write(c, revision, rows)) {
                    c.commit();
                } else {
                    c.rollback();
                }
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            // see above: only speed is lost
        } finally {
            writeLock.unlock();
        }
    }

    /** One scan of the mentions table (see {@link AllEventsReader#sentences}). */
    @Override
    public Map<Long, List<String>> sentencesByEvent() {
        return snapshot(AllEventsReader::sentences);
    }

    @Override
    public List<Event> eventsBetween(LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            return List.of();
        }
        return snapshot(c -> EventReader.read(c, EventFilter.overlapping(from, to, EventReader.maxSpanDays(c))));
    }

    @Override
    public Optional<Event> event(long id) {
        return snapshot(c -> EventReader.read(c, EventFilter.id(id)).stream().findFirst());
    }

    /** Every source, with 0 for those that support no event. */
    @Override
    public Map<Long, Integer> eventCountsBySource() {
        return read(c -> {
            Map<Long, Integer> counts = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT src.id, COUNT(DISTINCT m.event_id) FROM sources src"
                         + " LEFT JOIN mentions m ON m.source_id = src.id GROUP BY src.id ORDER BY src.id")) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }
            }
            return counts;
        });
    }

    @Override
    public Map<Long, Integer> sourcesSharingSentences(Set<Long> fingerprints) {
        return read(c -> SentenceQueries.sharing(c, fingerprints, false));
    }

    @Override
    public List<parley.domain.EditRecord> history(long eventId) {
        return read(c -> ReviewRows.history(c, eventId));
    }

    /** Every known entity with its aliases, by canonical name (not on the port yet: for panels and tests). */
    public List<Entity> entities() {
        return snapshot(c -> {
            Map<Long, List<String>> aliases = new HashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT entity_id, alias FROM entity_aliases ORDER BY entity_id, alias")) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<Entity> entities = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, name, kind, title FROM entities ORDER BY name")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    entities.add(new Entity(id, rs.getString(2), EntityKind.valueOf(rs.getString(3)),
                            rs.getString(4), aliases.get(id)));
                }
            }
            return entities;
        });
    }

    /** Any number that no other application on the team's database is likely to lock: "Parley" in ASCII. */
    private static final long WRITER_LOCK = 0x5061726C6579L;

    /**
     * On a team store, one write transaction at a time across every Parley process: an import decides its merges
     * against the events it reads at the start of a group, so two processes importing different articles about
     * the same event at once must not both read before either has written (each would store the event anew). The
     * lock is PostgreSQL's transaction-level advisory lock, taken first and released by the commit or rollback.
     */
    private static void oneWriterAtATime(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            ps.setLong(1, WRITER_LOCK);
            ps.execute();
        }
    }

    @Override
    public <T> T write(Work<T> work) {
        ensureOpen();
        writeLock.lock();
        try (Connection c = openForWriting()) {
            c.setAutoCommit(false);
            try {
                T result;
                if (shared) {
                    oneWriterAtATime(c);
                }
                // What the previous transaction learnt holds only if nothing else committed since it did.
                SqlTransaction.Learnt start = !shared && learnt != null && learntAt == commits ? learnt
                        : new SqlTransaction.Learnt();
                learnt = null;
                if (inUse != null) {
                    // Nested in another write of this thread (see below): what that one learnt may not hold after
                    // this one commits.
                    inUse.forget();
                }
                SqlTransaction.Learnt outer = inUse;
                inUse = start;
                long commitsAtStart = commits;
                SqlTransaction.Learnt left;
                try (SqlTransaction tx = new SqlTransaction(c, shared ? -1 : commits, shared, start)) {
                    result = work.run(tx);
                    if (tx.changed()) {
                        // Last before the commit: the revision row is held only for the commit itself.
                        feed.committing(c, tx.who());
                    }
                    left = tx.learnt();
                } finally {
                    inUse = outer;
                }
                c.commit();
                // A write nested in this one (same thread, another connection: an analyst's edit asked for while an
                // import's group is open) may have changed what this one learnt: then nothing is carried.
                boolean alone = commits == commitsAtStart;
                commits++;
                if (!shared && alone) {
                    learnt = left.carried();
                    learntAt = commits;
                }
                return result;
            } catch (Throwable t) {
                rollback(c, t);
                // Only what the database reported can mean the store failed; the work's own exceptions stay its own.
                if ((t instanceof SQLException || t instanceof StoreException) && StoreFailures.storeItselfFailed(t)) {
                    throw StoreFailures.wrap("Nothing of this change was saved.", t);
                }
                if (shared && !(t instanceof StoreConflictException)
                        && (t instanceof SQLException || t instanceof StoreException) && StoreFailures.conflict(t)) {
                    throw StoreFailures.conflictWith(t);
                }
                throw unchecked(t);
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException e) {
                    // A connection the server dropped: the pool discards it; what failed above is what to report.
                }
            }
        } catch (SQLException e) {
            if (StoreFailures.storeItselfFailed(e)) {
                throw StoreFailures.wrap("Nothing of this change was saved.", e);
            }
            throw new StoreException("The store could not be reached; nothing was saved: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Checked again under the write lock: the store may have closed while this write waited for its turn. */
    private Connection openForWriting() throws SQLException {
        ensureOpen();
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        // Let a running write finish before the database goes away under it.
        writeLock.lock();
        try {
            if (!closed) {
                closed = true;
                feed.close();
                release.run();
            }
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T read(SqlRead<T> query) {
        ensureOpen();
        try (Connection c = dataSource.getConnection()) {
            return query.run(c);
        } catch (SQLException e) {
            throw StoreFailures.wrap("The store could not be read", e);
        } catch (StoreException e) {
            throw StoreFailures.storeItselfFailed(e) ? StoreFailures.wrap("The store could not be read", e) : e;
        }
    }

    /**
     * A read of several queries that must agree with each other: without one snapshot, an import committing between
     * the entity query and the participant query left participants pointing at entities the read had not seen.
     */
    <T> T snapshot(SqlRead<T> queries) {
        return read(c -> {
            int isolation = c.getTransactionIsolation();
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try {
                T result = queries.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
                c.setTransactionIsolation(isolation);
            }
        });
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The store is closed.");
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new StoreException("Nothing was saved: the change failed with " + t.getClass().getSimpleName()
                + (t.getMessage() == null ? "" : ": " + t.getMessage()), t);
    }

    @FunctionalInterface
    interface SqlRead<T> {
        T run(Connection c) throws SQLException;
    }
}
