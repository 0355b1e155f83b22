package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import parley.domain.DateBasis;
import parley.domain.DateDerivation;
import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventChangedException;
import parley.domain.EventDate;
import parley.domain.EventStore;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Source;

/**
 * The write operations of one {@link EventStore#write} call, all on one connection in one database transaction.
 * Statements are prepared once per transaction and reused, since an article stores many events the same way.
 */
final class SqlTransaction implements EventStore.Transaction, AutoCloseable {
    private static final String EVENT_FIELDS = "event_type = ?, title = ?, start_day = ?, last_day = ?, "
            + "span_days = ?, end_day = ?, date_precision = ?, time_of_day = ?, location = ?, status = ?, "
            + "derivation_phrase = ?, derivation_anchor = ?, derivation_rule = ?, derivation_result = ?, participants = ?";
    private static final String INSERT_EVENT = "INSERT INTO events (event_type, title, start_day, last_day, "
            + "span_days, end_day, date_precision, time_of_day, location, status, derivation_phrase, "
            + "derivation_anchor, derivation_rule, derivation_result, participants) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String RESTORE_EVENT = "INSERT INTO events (event_type, title, start_day, last_day, "
            + "span_days, end_day, date_precision, time_of_day, location, status, derivation_phrase, "
            + "derivation_anchor, derivation_rule, derivation_result, participants, id, confirmed, edited, version, "
            + "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** An edit's rewrite of a row it holds locked ({@link #lockEvent}): the next version, by whom, when. */
    private static final String REWRITE_EVENT = "UPDATE events SET " + EVENT_FIELDS + ", confirmed = ?, edited = ?, "
            + "version = ?, changed_by = ?, changed_at = ? WHERE id = ?";
    /** An import's rewrite of a row as it read it: refused (no row counted) if another writer changed it since. */
    private static final String MERGE_EVENT = "UPDATE events SET " + EVENT_FIELDS + ", version = version + 1, "
            + "changed_by = ?, changed_at = ? WHERE id = ? AND version = ?";

    private final Connection connection;
    private final long commitsBefore;
    private final boolean shared;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /**
     * Entity ids by canonical name, titles and aliases by entity id, learnt during this transaction: an import
     * upserts the same leaders article after article. Discarded with the transaction, and whenever a savepoint is
     * rolled back (the rows they describe may be gone).
     */
    private final Map<String, Long> entityIds;
    private final Map<Long, String> entityTitles;
    private final Map<Long, Set<String>> entityAliases;
    /** Entities' names and kinds by id, as the packed participants of events read back need them. */
    private final Map<Long, EventReader.Named> entityNames;
    /**
     * Events as this transaction last read or wrote them, children included, so that an update writes only the
     * children that changed. Forgotten when their mentions are removed, when they are deleted or restored, and when
     * a savepoint is rolled back.
     */
    private final Map<Long, Event> known;
    /** What this transaction learnt (the maps above), which the next one may start from (see {@link Learnt}). */
    private final Learnt learnt;
    /** Events remembered at most (a re-extraction of a whole store runs in one transaction). */
    private static final int KNOWN_AT_MOST = 20_000;
    private boolean open = true;
    /** Set by every write: the store counts a revision (and tells listeners) only for transactions that wrote. */
    private boolean changed;
    /** Who this transaction's changes are by, as events record it ({@link #who()}); null until asked. */
    private String who;
    /** See {@link #maxSpanDays()}; -1 until asked. */
    private int maxSpanDays = -1;

    SqlTransaction(Connection connection) {
        this(connection, -1);
    }

    SqlTransaction(Connection connection, long commitsBefore) {
        this(connection, commitsBefore, false);
    }

    /** @param shared a team store (see {@link SqlEventStore}): edit records then keep the database login */
    SqlTransaction(Connection connection, long commitsBefore, boolean shared) {
        this(connection, commitsBefore, shared, new Learnt());
    }

    /**
     * @param learnt what the previous transaction learnt, when nothing else was committed since it committed (a
     *               folder store's writes all go through one {@link SqlEventStore}, which knows); else a new one
     */
    SqlTransaction(Connection connection, long commitsBefore, boolean shared, Learnt learnt) {
        this.connection = connection;
        this.commitsBefore = commitsBefore;
        this.shared = shared;
        this.learnt = learnt;
        this.entityIds = learnt.entityIds;
        this.entityTitles = learnt.entityTitles;
        this.entityAliases = learnt.entityAliases;
        this.entityNames = learnt.entityNames;
        this.known = learnt.known;
    }

    /**
     * Entities and events as a transaction left them. An import commits a group of articles per transaction and
     * the next group merges into the same events and upserts the same leaders: reading them again in every group
     * was 7-10% of the storing thread. Valid only for the transaction right after the one that learnt it committed.
     */
    static final class Learnt {
        /** Events carried to the next transaction at most; beyond it they are read again as needed. */
        private static final int CARRIED_EVENTS_AT_MOST = 8_000;
        private final Map<String, Long> entityIds = new HashMap<>();
        private final Map<Long, String> entityTitles = new HashMap<>();
        private final Map<Long, Set<String>> entityAliases = new HashMap<>();
        private final Map<Long, EventReader.Named> entityNames = new HashMap<>();
        /** In order of last use, so that what is dropped when there are too many is what was used longest ago. */
        private final Map<Long, Event> known = new LinkedHashMap<>(1024, 0.75f, true);

        /** Removes the {@code n} entries used longest ago (none when n is not positive). */
        private static void dropEldest(Map<Long, Event> known, int n) {
            java.util.Iterator<Long> eldest = known.keySet().iterator();
            for (int i = 0; i < n && eldest.hasNext(); i++) {
                eldest.next();
                eldest.remove();
            }
        }

        /** Forgets everything (another write changed the store meanwhile). */
        void forget() {
            entityIds.clear();
            entityTitles.clear();
            entityAliases.clear();
            entityNames.clear();
            known.clear();
        }

        /** This, to be handed to the next transaction once the one that filled it committed. */
        Learnt carried() {
            // The events used last stay (an import's next group merges into recent ones as much as any): clearing
            // them all once an import passed the limit had every later group read its picked events again.
            dropEldest(known, known.size() - CARRIED_EVENTS_AT_MOST);
            return this;
        }
    }

    /** What this transaction has learnt so far (see {@link Learnt}). */
    Learnt learnt() {
        return learnt;
    }

    @Override
    public long insertSource(Source source, Set<Long> sentenceFingerprints) {
        return write(() -> {
            PreparedStatement ps = generating("INSERT INTO sources (file_name, file_format, title, publisher, author, "
                    + "published, published_basis, inferred_from, sha256, body, imported_at, sentence_prints, "
                    + "published_signal, reading_notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            Sql.setText(ps, 1, source.file());
            Sql.setText(ps, 2, source.format());
            Sql.setText(ps, 3, source.title());
            Sql.setText(ps, 4, source.publisher());
            Sql.setText(ps, 5, source.author());
            Sql.setDate(ps, 6, source.published());
            DateBasis basis = source.publishedBasis() != null ? source.publishedBasis()
                    : source.published() != null ? DateBasis.STATED : DateBasis.UNKNOWN;
            Sql.setEnum(ps, 7, basis);
            Sql.setLong(ps, 8, source.inferredFrom());
            Sql.setText(ps, 9, source.sha256());
            String text = source.text() == null ? "" : source.text();
            // A text of usual length goes into a row of its own (see SourceRows), not through H2's LOB store.
            boolean ownRow = !text.isEmpty() && text.length() <= SourceRows.TEXT_IN_ROW_AT_MOST;
            Sql.setText(ps, 10, ownRow ? "" : text);
            Sql.setInstant(ps, 11, source.importedAt() == null ? Instant.now() : source.importedAt());
            byte[] prints = PackedPrints.pack(sentenceFingerprints);
            if (prints == null) {
                ps.setNull(12, java.sql.Types.VARBINARY);
            } else {
                ps.setBytes(12, prints);
            }
            Sql.setText(ps, 13, source.publishedSignal());
            Sql.setText(ps, 14, source.readingNotes().isEmpty() ? null : String.join("\n", source.readingNotes()));
            long id = insertedId(ps);
            if (ownRow) {
                PreparedStatement body = prepared("INSERT INTO source_texts (source_id, body) VALUES (?, ?)");
                body.setLong(1, id);
                body.setString(2, text);
                body.executeUpdate();
            }
            return id;
        });
    }

    @Override
    public void setPublished(long sourceId, LocalDate date, DateBasis basis, Long inferredFrom) {
        write(() -> {
            PreparedStatement ps = prepared(
                    "UPDATE sources SET published = ?, published_basis = ?, inferred_from = ? WHERE id = ?");
            Sql.setDate(ps, 1, date);
            Sql.setEnum(ps, 2, basis != null ? basis : date != null ? DateBasis.SET_BY_USER : DateBasis.UNKNOWN);
            Sql.setLong(ps, 3, inferredFrom);
            ps.setLong(4, sourceId);
            if (ps.executeUpdate() == 0) {
                throw new IllegalArgumentException("There is no source " + sourceId + " in the store.");
            }
            return null;
        });
    }

    /** A known entity keeps its kind; a new title replaces the old one; aliases are added, never dropped. */
    @Override
    public void upsertEntities(List<Entity> entities) {
        write(() -> {
            for (Entity e : merged(entities)) {
                Long id = entityId(e.name());
                if (id == null) {
                    id = insertEntity(e.name(), e.kind(), e.title());
                } else if (e.title() != null && !e.title().equals(entityTitles.get(id))) {
                    PreparedStatement ps = prepared("UPDATE entities SET title = ? WHERE id = ?");
                    ps.setString(1, e.title());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                    entityTitles.put(id, e.title());
                }
                addAliases(id, e.name(), e.aliases());
            }
            return null;
        });
    }

    @Override
    public List<Event> candidates(LocalDate from, LocalDate to) {
        return run(() -> {
            List<Event> result = new ArrayList<>();
            if (from != null && to != null) {
                result.addAll(EventReader.read(connection, EventFilter.overlapping(from, to, maxSpanDays())));
            }
            result.addAll(EventReader.read(connection, EventFilter.UNDATED));
            return result;
        });
    }

    @Override
    public long insertEvent(Event event) {
        return insertEvents(List.of(event))[0];
    }

    @Override
    public void updateEvent(Event event) {
        updateEvents(List.of(event));
    }

    /**
     * One batch for the events, whose generated ids come back together, then one batch per child table: an
     * article's events cost a handful of round trips instead of several per event.
     */
    @Override
    public long[] insertEvents(List<Event> events) {
        return write(() -> {
            long[] ids = new long[events.size()];
            if (events.isEmpty()) {
                return ids;
            }
            PreparedStatement ps = generating(INSERT_EVENT);
            for (Event event : events) {
                noteSpan(event);
                bindEvent(ps, event);
                ps.addBatch();
            }
            ps.executeBatch();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                for (int i = 0; i < ids.length; i++) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned " + i + " ids for " + ids.length + " new events");
                    }
                    ids[i] = keys.getLong(1);
                }
            }
            Children children = new Children();
            for (int i = 0; i < ids.length; i++) {
                children.add(ids[i], events.get(i));
                remember(events.get(i).withId(ids[i]));
            }
            children.execute();
            for (int i = 0; i < ids.length; i++) {
                if (events.get(i).analystOwned()) {
                    ReviewRows.setReview(connection, ids[i], events.get(i).confirmed(), events.get(i).edited());
                }
            }
            return ids;
        });
    }

    /**
     * Fields in one batch; of the children, only what changed is written when this transaction knows the event as
     * stored ({@link #known}): a merge usually appends the new article's sentences and leaves the participants, so
     * those are added after the existing rows instead of deleting and inserting them all again. A row rewritten
     * (its fields or participants changed) gets the next version, and only if it is still the version this
     * transaction read: when another writer (an analyst's edit on a team store) changed it meanwhile, the update is
     * refused with a {@link StoreConflictException} and an import stores the article again against the new version.
     * Sentences alone are added without a new version, so they never clash with an edit.
     */
    @Override
    public void updateEvents(List<Event> events) {
        write(() -> {
            if (events.isEmpty()) {
                return null;
            }
            PreparedStatement checked = prepared(MERGE_EVENT);
            PreparedStatement blind = prepared("UPDATE events SET " + EVENT_FIELDS + ", version = version + 1, "
                    + "changed_by = ?, changed_at = ? WHERE id = ?");
            List<Event> checkedRows = new ArrayList<>();
            List<Event> blindRows = new ArrayList<>();
            java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
            for (Event event : events) {
                Event before = known.get(event.id());
                // A merge that only adds a sentence leaves the row as stored: rewriting it would cost an entry in
                // every index of the table for nothing.
                if (sameFields(before, event) && before.participants().equals(event.participants())) {
                    continue;
                }
                noteSpan(event);
                PreparedStatement ps = before == null ? blind : checked;
                int next = bindEvent(ps, event);
                ps.setString(next, who());
                ps.setTimestamp(next + 1, now);
                ps.setLong(next + 2, event.id());
                if (before != null) {
                    ps.setLong(next + 3, before.version());
                    checkedRows.add(event);
                } else {
                    blindRows.add(event);
                }
                ps.addBatch();
            }
            Map<Long, Long> versions = new HashMap<>();
            for (int pass = 0; pass < 2; pass++) {
                List<Event> rows = pass == 0 ? checkedRows : blindRows;
                if (rows.isEmpty()) {
                    continue;
                }
                int[] counts = (pass == 0 ? checked : blind).executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    long id = rows.get(i).id();
                    if (counts[i] == 0) {
                        Optional<Long> stored = storedVersion(id, false);
                        if (stored.isEmpty()) {
                            throw new IllegalArgumentException("There is no event " + id + " in the store.");
                        }
                        throw new StoreConflictException("Another writer changed event " + id + " (now version "
                                + stored.get() + ") while this change was being made; nothing of it was saved.",
                                null);
                    }
                    Event before = known.get(id);
                    if (before != null) {
                        versions.put(id, before.version() + 1);
                    }
                }
            }
            // Participants are packed in the row, written above whenever they changed.
            Map<String, List<Long>> cleared = new LinkedHashMap<>();
            Children children = new Children();
            for (Event event : events) {
                Event before = known.get(event.id());
                long id = event.id();
                int keptMentions = before == null ? -1 : prefix(before.mentions(), event.mentions());
                if (keptMentions < 0) {
                    cleared.computeIfAbsent("mentions", k -> new ArrayList<>()).add(id);
                    children.mentions(id, event.mentions(), 0, 0);
                } else if (keptMentions < event.mentions().size()) {
                    // Numbered after the highest stored: removing a source's mentions leaves gaps in the numbers.
                    children.mentions(id, event.mentions(), keptMentions, nextMentionNumber(id));
                }
                int keptNotes = before == null ? -1 : prefix(before.disagreements(), event.disagreements());
                if (keptNotes < 0) {
                    cleared.computeIfAbsent("event_disagreements", k -> new ArrayList<>()).add(id);
                }
                children.disagreements(id, event.disagreements(), Math.max(0, keptNotes));
            }
            for (Map.Entry<String, List<Long>> table : cleared.entrySet()) {
                PreparedStatement delete = prepared("DELETE FROM " + table.getKey() + " WHERE event_id = ?");
                for (long id : table.getValue()) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
            children.execute();
            for (Event event : events) {
                Event before = known.get(event.id());
                if (before == null) {
                    known.remove(event.id());
                } else {
                    remember(event.withVersion(versions.getOrDefault(event.id(), before.version())));
                }
            }
            return null;
        });
    }

    /**
     * The stored version of an event, or empty when there is no such event; with {@code lock}, the row is locked
     * against other writers until this transaction ends (their sentences for it wait, their edits of it wait).
     */
    private Optional<Long> storedVersion(long id, boolean lock) throws SQLException {
        PreparedStatement ps = prepared("SELECT version FROM events WHERE id = ?" + (lock ? " FOR UPDATE" : ""));
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
        }
    }

    /** "ana", or "ana (login desk_ana)" on a team store: what an event's changed_by keeps. */
    String who() throws SQLException {
        if (who == null) {
            String user = System.getProperty("user.name", "unknown");
            String login = null;
            if (shared) {
                try (java.sql.Statement st = connection.createStatement();
                     ResultSet rs = st.executeQuery("SELECT CURRENT_USER")) {
                    login = rs.next() ? rs.getString(1) : null;
                }
            }
            String said = new parley.domain.EditRecord(0, null, null, user, null, null, null, login).who();
            who = said.length() <= 200 ? said : said.substring(0, 200);
        }
        return who;
    }

    /** Whether the row of {@code after} would be written as {@code before} stands (null: not known as stored). */
    private static boolean sameFields(Event before, Event after) {
        return before != null && before.type() == after.type() && Objects.equals(before.title(), after.title())
                && Objects.equals(before.date(), after.date())
                && Objects.equals(before.derivation(), after.derivation())
                && Objects.equals(before.location(), after.location()) && before.status() == after.status();
    }

    private int nextMentionNumber(long eventId) throws SQLException {
        PreparedStatement ps = prepared("SELECT MAX(seq_no) FROM mentions WHERE event_id = ?");
        ps.setLong(1, eventId);
        try (ResultSet rs = ps.executeQuery()) {
            int max = rs.next() ? rs.getInt(1) : 0;
            return rs.wasNull() ? 0 : max + 1;
        }
    }

    private void remember(Event event) {
        if (known.size() >= KNOWN_AT_MOST && !known.containsKey(event.id())) {
            Learnt.dropEldest(known, 1);
        }
        known.put(event.id(), event);
    }

    /** The length of {@code before} when it begins {@code after}, else -1. */
    private static <T> int prefix(List<T> before, List<T> after) {
        return after.size() >= before.size() && after.subList(0, before.size()).equals(before) ? before.size() : -1;
    }

    /** Savepoint around the work; a rollback to it also forgets what this transaction had learnt since. */
    @Override
    public <T> T atomically(EventStore.Work<T> work) {
        if (!open) {
            throw new IllegalStateException("This transaction has ended; write through EventStore.write.");
        }
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw StoreFailures.wrap("The store could not save the change", e);
        }
        try {
            T result = work.run(this);
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (Throwable t) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                t.addSuppressed(e);
            }
            forgetLearnt();
            if ((t instanceof SQLException || t instanceof StoreException) && StoreFailures.storeItselfFailed(t)) {
                throw StoreFailures.wrap("Nothing of this change was saved.", t);
            }
            if (shared && !(t instanceof StoreConflictException)
                    && (t instanceof SQLException || t instanceof StoreException) && StoreFailures.conflict(t)) {
                throw StoreFailures.conflictWith(t);
            }
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error err) {
                throw err;
            }
            throw new StoreException("The change failed with " + t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()), t);
        }
    }

    @Override
    public boolean containsSha(String sha256) {
        return run(() -> {
            PreparedStatement ps = prepared("SELECT 1 FROM sources WHERE sha256 = ?");
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public Map<Long, Integer> sourcesSharing(Set<Long> fingerprints) {
        return run(() -> SentenceQueries.sharing(connection, fingerprints, false));
    }

    @Override
    public List<Event> outlines() {
        return run(() -> OutlineRows.all(connection));
    }

    @Override
    public long commitsBefore() {
        return commitsBefore;
    }

    private void forgetLearnt() {
        learnt.forget();
        maxSpanDays = -1;
    }

    @Override
    public Set<Long> removeMentionsOf(long sourceId) {
        return write(() -> {
            Set<Long> touched = new LinkedHashSet<>();
            // Events an analyst confirmed or edited keep their evidence: the analyst's word outlasts extraction.
            // From the source's mentions, each event checked by its key: as a join, H2 scanned the whole events
            // table for every source (a re-extraction of all sources spent 70% of its time there).
            PreparedStatement find = prepared("SELECT DISTINCT m.event_id FROM mentions m WHERE m.source_id = ? "
                    + "AND EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id AND e.confirmed = FALSE "
                    + "AND e.edited = FALSE) ORDER BY m.event_id");
            find.setLong(1, sourceId);
            try (ResultSet rs = find.executeQuery()) {
                while (rs.next()) {
                    touched.add(rs.getLong(1));
                }
            }
            touched.forEach(known::remove);
            if (touched.isEmpty()) {
                return touched;
            }
            // By event, from the ids just found: a sub-select over every machine-made event cost a scan per source.
            PreparedStatement delete = prepared("DELETE FROM mentions WHERE source_id = ? AND event_id = ?");
            for (long id : touched) {
                delete.setLong(1, sourceId);
                delete.setLong(2, id);
                delete.addBatch();
            }
            delete.executeBatch();
            // Participants and disagreements of an orphan go with it (ON DELETE CASCADE).
            PreparedStatement orphan = prepared("DELETE FROM events WHERE id = ? AND NOT EXISTS "
                    + "(SELECT 1 FROM mentions m WHERE m.event_id = ?)");
            for (long id : touched) {
                orphan.setLong(1, id);
                orphan.setLong(2, id);
                orphan.addBatch();
            }
            orphan.executeBatch();
            return touched;
        });
    }

    @Override
    public Map<Long, Integer> undatedSourcesSharing(Set<Long> fingerprints) {
        return run(() -> SentenceQueries.sharing(connection, fingerprints, true));
    }

    @Override
    public Optional<Source> source(long id) {
        return run(() -> SourceRows.one(connection, id));
    }

    @Override
    public Optional<Event> event(long id) {
        // An event this transaction wrote or read is as it left it, unless another writer changed it since: on a team
        // store others commit at any time, so there it is read again. An import's merge asks for the event it picked
        // in every article that reports it again; on a folder store that read was 5% of the storing thread.
        Event held = shared ? null : known.get(id);
        if (held != null) {
            return Optional.of(held);
        }
        return run(() -> {
            Optional<Event> read = EventReader.one(this::prepared, this::named, id);
            read.ifPresentOrElse(this::remember, () -> known.remove(id));
            return read;
        });
    }

    @Override
    public List<Event> eventsMentioning(long sourceId) {
        return run(() -> EventReader.read(connection, EventFilter.mentioning(sourceId)));
    }

    @Override
    public void setReview(long eventId, boolean confirmed, boolean edited) {
        write(() -> {
            known.remove(eventId);
            ReviewRows.setReview(connection, eventId, confirmed, edited);
            return null;
        });
    }

    @Override
    public void deleteEvent(long eventId) {
        write(() -> {
            // Participants, mentions and disagreements go with it (ON DELETE CASCADE).
            known.remove(eventId);
            PreparedStatement ps = prepared("DELETE FROM events WHERE id = ?");
            ps.setLong(1, eventId);
            ps.executeUpdate();
            return null;
        });
    }

    /**
     * Puts the event back under its own id, so undo and redo keep ids stable: a stored row is rewritten in place
     * (locked first, so an import adding a sentence to it waits for this transaction and its sentence then joins
     * the event as restored), a missing one inserted again. Either way it gets the next version.
     */
    @Override
    public long restoreEvent(Event event) {
        return write(() -> {
            Optional<Long> stored = storedVersion(event.id(), true);
            long version = stored.map(v -> v + 1).orElse(event.version() + 1);
            java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now());
            PreparedStatement ps;
            int next;
            if (stored.isPresent()) {
                ps = prepared(REWRITE_EVENT);
                next = bindEvent(ps, event);
                ps.setBoolean(next, event.confirmed());
                ps.setBoolean(next + 1, event.edited());
                ps.setLong(next + 2, version);
                ps.setString(next + 3, who());
                ps.setTimestamp(next + 4, now);
                ps.setLong(next + 5, event.id());
                for (String table : List.of("mentions", "event_disagreements")) {
                    PreparedStatement delete = prepared("DELETE FROM " + table + " WHERE event_id = ?");
                    delete.setLong(1, event.id());
                    delete.executeUpdate();
                }
            } else {
                ps = prepared(RESTORE_EVENT);
                next = bindEvent(ps, event);
                ps.setLong(next, event.id());
                ps.setBoolean(next + 1, event.confirmed());
                ps.setBoolean(next + 2, event.edited());
                ps.setLong(next + 3, version);
                ps.setString(next + 4, who());
                ps.setTimestamp(next + 5, now);
            }
            noteSpan(event);
            ps.executeUpdate();
            Children children = new Children();
            children.add(event.id(), event);
            children.execute();
            remember(event.withVersion(version));
            return version;
        });
    }

    /** Locks the event's row until this transaction ends, then reads it as stored (see {@link #storedVersion}). */
    @Override
    public Optional<Event> lockEvent(long id) {
        return run(() -> storedVersion(id, true).isPresent() ? event(id) : Optional.<Event>empty());
    }

    /**
     * Refuses the transaction's work unless the event is stored at this version: locks it, and throws an
     * {@link EventChangedException} naming who changed it and when (or who deleted it) otherwise.
     */
    @Override
    public void expectVersion(long id, long version) {
        run(() -> {
            PreparedStatement ps = prepared("SELECT version, changed_by, changed_at FROM events WHERE id = ? FOR UPDATE");
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (rs.getLong(1) != version) {
                        throw new EventChangedException(id, rs.getString(2), Sql.instant(rs, "changed_at"), false);
                    }
                    return null;
                }
            }
            List<parley.domain.EditRecord> history = ReviewRows.history(connection, id);
            parley.domain.EditRecord last = history.isEmpty() ? null : history.get(history.size() - 1);
            throw new EventChangedException(id, last == null ? null : last.who(), last == null ? null : last.at(),
                    true);
        });
    }

    @Override
    public void bury(List<parley.domain.Tombstone> tombstones) {
        write(() -> {
            ReviewRows.bury(connection, tombstones);
            return null;
        });
    }

    @Override
    public void unbury(long eventId) {
        write(() -> {
            ReviewRows.unbury(connection, eventId);
            return null;
        });
    }

    @Override
    public List<parley.domain.Tombstone> tombstones() {
        return run(() -> ReviewRows.tombstones(connection));
    }

    @Override
    public long recordEdit(parley.domain.EditRecord edit) {
        return write(() -> ReviewRows.recordEdit(connection, edit, shared));
    }

    /** Ends the transaction's use: its statements are closed and any later call fails. */
    @Override
    public void close() {
        open = false;
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                // The connection is committed or rolled back next; a statement that will not close is harmless.
            }
        }
        statements.clear();
    }

    /**
     * The longest span of any event, asked once per transaction and raised by its own writes (a delete may leave it
     * too large, which only widens the window query a little; it is never too small).
     */
    private int maxSpanDays() throws SQLException {
        if (maxSpanDays < 0) {
            maxSpanDays = EventReader.maxSpanDays(connection);
        }
        return maxSpanDays;
    }

    private void noteSpan(Event event) {
        LocalDate last = event.date().lastDay();
        if (maxSpanDays >= 0 && last != null) {
            maxSpanDays = Math.max(maxSpanDays, (int) ChronoUnit.DAYS.between(event.date().start(), last));
        }
    }

    private int bindEvent(PreparedStatement ps, Event event) throws SQLException {
        EventDate date = event.date();
        LocalDate last = date.lastDay();
        Sql.setEnum(ps, 1, event.type());
        Sql.setText(ps, 2, event.title());
        Sql.setDate(ps, 3, date.start());
        Sql.setDate(ps, 4, last);
        Sql.setInt(ps, 5, last == null ? null : (int) ChronoUnit.DAYS.between(date.start(), last));
        Sql.setDate(ps, 6, date.end());
        Sql.setEnum(ps, 7, date.precision());
        Sql.setTime(ps, 8, date.time());
        Sql.setText(ps, 9, event.location());
        Sql.setEnum(ps, 10, event.status());
        DateDerivation d = event.derivation();
        Sql.setText(ps, 11, d == null ? null : d.phrase());
        Sql.setText(ps, 12, d == null ? null : d.anchor());
        Sql.setText(ps, 13, d == null ? null : d.rule());
        Sql.setText(ps, 14, d == null ? null : d.result());
        byte[] people = packed(event.participants());
        if (people == null) {
            ps.setNull(15, java.sql.Types.VARBINARY);
        } else {
            ps.setBytes(15, people);
        }
        return 16;
    }

    /** The participants as their event's row keeps them, each entity stored first when it is new. */
    private byte[] packed(List<Participant> participants) throws SQLException {
        if (participants == null || participants.isEmpty()) {
            return null;
        }
        List<PackedParticipants.Packed> people = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            Long entity = entityId(p.name());
            if (entity == null) {
                entity = insertEntity(p.name(), p.kind(), p.title());
            }
            people.add(new PackedParticipants.Packed(entity, p.role().name(), p.title()));
        }
        return PackedParticipants.pack(people);
    }

    /** An entity's name and kind by id: remembered, else read. */
    private EventReader.Named named(long id) throws SQLException {
        EventReader.Named held = entityNames.get(id);
        if (held != null) {
            return held;
        }
        PreparedStatement ps = prepared("SELECT name, kind FROM entities WHERE id = ?");
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            EventReader.Named named = new EventReader.Named(rs.getString(1), EntityKind.valueOf(rs.getString(2)));
            entityNames.put(id, named);
            return named;
        }
    }

    /**
     * Mentions and disagreements of several events gathered in one batch per table (participants are packed in the
     * event's row). Within an event they keep the order given: the order read back is the order written.
     */
    private final class Children {
        private final PreparedStatement mentions;
        private final PreparedStatement disagreements;
        private boolean anyMention;
        private boolean anyDisagreement;

        Children() throws SQLException {
            mentions = prepared("INSERT INTO mentions (event_id, seq_no, source_id, start_offset, "
                    + "end_offset, sentence, contribution) VALUES (?, ?, ?, ?, ?, ?, ?)");
            disagreements = prepared("INSERT INTO event_disagreements (event_id, seq_no, note) VALUES (?, ?, ?)");
        }

        void add(long eventId, Event event) throws SQLException {
            mentions(eventId, event.mentions(), 0, 0);
            disagreements(eventId, event.disagreements(), 0);
        }

        /** The mentions from index {@code from} on (those before it are stored), numbered from {@code number}. */
        void mentions(long eventId, List<Mention> list, int from, int number) throws SQLException {
            for (int i = from; i < list.size(); i++) {
                Mention m = list.get(i);
                mentions.setLong(1, eventId);
                mentions.setInt(2, number + i - from);
                mentions.setLong(3, m.sourceId());
                mentions.setInt(4, m.start());
                mentions.setInt(5, m.end());
                Sql.setText(mentions, 6, m.text());
                Sql.setText(mentions, 7, m.contribution());
                mentions.addBatch();
                anyMention = true;
            }
        }

        void disagreements(long eventId, List<String> list, int from) throws SQLException {
            for (int seq = from; seq < list.size(); seq++) {
                disagreements.setLong(1, eventId);
                disagreements.setInt(2, seq);
                disagreements.setString(3, Objects.requireNonNullElse(list.get(seq), ""));
                disagreements.addBatch();
                anyDisagreement = true;
            }
        }

        void execute() throws SQLException {
            if (anyMention) {
                mentions.executeBatch();
            }
            if (anyDisagreement) {
                disagreements.executeBatch();
            }
        }
    }

    /** Entities of one call that share a canonical name become one, with all their aliases. */
    private static List<Entity> merged(List<Entity> entities) {
        Map<String, Entity> byName = new LinkedHashMap<>();
        for (Entity e : entities == null ? List.<Entity>of() : entities) {
            byName.merge(e.name(), e, (a, b) -> {
                List<String> aliases = new ArrayList<>(a.aliases());
                aliases.addAll(b.aliases());
                return new Entity(a.id(), a.name(), a.kind(), b.title() != null ? b.title() : a.title(), aliases);
            });
        }
        return new ArrayList<>(byName.values());
    }

    private Long entityId(String name) throws SQLException {
        Long known = entityIds.get(name);
        if (known != null) {
            return known;
        }
        // the stored title too: an entity whose title did not change is not written again in every group
        PreparedStatement ps = prepared("SELECT id, title FROM entities WHERE name = ?");
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long id = rs.getLong(1);
                entityIds.put(name, id);
                String title = rs.getString(2);
                if (title != null) {
                    entityTitles.put(id, title);
                }
                return id;
            }
        }
        return null;
    }

    private long insertEntity(String name, EntityKind kind, String title) throws SQLException {
        PreparedStatement ps = generating("INSERT INTO entities (name, kind, title) VALUES (?, ?, ?)");
        ps.setString(1, name);
        Sql.setEnum(ps, 2, kind);
        Sql.setText(ps, 3, title);
        long id = insertedId(ps);
        entityIds.put(name, id);
        entityNames.put(id, new EventReader.Named(name, kind));
        if (title != null) {
            entityTitles.put(id, title);
        }
        return id;
    }

    private void addAliases(long entityId, String name, List<String> aliases) throws SQLException {
        Set<String> known = entityAliases.get(entityId);
        if (known == null) {
            known = new HashSet<>();
            PreparedStatement existing = prepared("SELECT alias FROM entity_aliases WHERE entity_id = ?");
            existing.setLong(1, entityId);
            try (ResultSet rs = existing.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
            entityAliases.put(entityId, known);
        }
        PreparedStatement insert = prepared("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)");
        boolean any = false;
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank() && !alias.equals(name) && known.add(alias)) {
                insert.setLong(1, entityId);
                insert.setString(2, alias);
                insert.addBatch();
                any = true;
            }
        }
        if (any) {
            insert.executeBatch();
        }
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** A statement whose generated id can be read back ("id" in lower case, as PostgreSQL needs it). */
    private PreparedStatement generating(String sql) throws SQLException {
        String key = "generating:" + sql;
        PreparedStatement ps = statements.get(key);
        if (ps == null) {
            ps = connection.prepareStatement(sql, new String[] {"id"});
            statements.put(key, ps);
        }
        return ps;
    }

    private static long insertedId(PreparedStatement ps) throws SQLException {
        ps.executeUpdate();
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no id for the new row");
            }
            return keys.getLong(1);
        }
    }

    /** True once anything was written (even if a savepoint undid it since: a spare revision does no harm). */
    boolean changed() {
        return changed;
    }

    /** {@link #run} for a write: marks the transaction as one that changed the store. */
    private <T> T write(SqlWork<T> work) {
        changed = true;
        return run(work);
    }

    private <T> T run(SqlWork<T> work) {
        if (!open) {
            throw new IllegalStateException("This transaction has ended; write through EventStore.write.");
        }
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("The store could not save the change: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }
}
