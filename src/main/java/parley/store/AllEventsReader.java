package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import parley.domain.DateDerivation;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Precision;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * Reads every event of the store in five whole-table scans and puts them in order in memory. With no condition to
 * narrow them, scans in storage order are several times faster in H2 than the index-ordered reads of
 * {@link EventReader}: ordering events by date followed the date index and fetched each row by its key, and
 * ordering children by (event, position) did the same through their composite keys. Sorting 100,000 events in Java
 * costs a few dozen milliseconds.
 *
 * <p>Repeated strings (participant titles, event titles and places, date derivations, contributions) are shared:
 * a store repeats a few hundred offices and phrases across tens of thousands of rows.
 */
final class AllEventsReader {
    private final Connection connection;
    private final boolean sentences;
    private final Map<String, String> shared = new HashMap<>();

    private long[] ids;

    private AllEventsReader(Connection connection, boolean sentences) {
        this.connection = connection;
        this.sentences = sentences;
    }

    /**
     * Every event, dated ones by date then id, then undated ones by id. With {@code sentences} false, mentions keep
     * their source and offsets but not their text or contribution (null).
     */
    static List<Event> read(Connection c, boolean sentences) throws SQLException {
        return new AllEventsReader(c, sentences).read();
    }

    private List<Event> read() throws SQLException {
        return streaming(this::readAll);
    }

    /**
     * Every event's sentences in order, by event id, in one scan of the mentions table: what the search adds after
     * the first frame, read without the events, participants and entities a whole read would bring again.
     */
    static Map<Long, List<String>> sentences(Connection c) throws SQLException {
        return new AllEventsReader(c, true).streaming(() -> {
            Map<Long, List<Positioned<String>>> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT m.event_id, m.seq_no, m.sentence FROM mentions m WHERE m.sentence IS NOT NULL");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2))
                            .add(new Positioned<>(rs.getInt(2), rs.getString(3)));
                }
            }
            Map<Long, List<String>> out = new HashMap<>(found.size() * 2);
            for (Map.Entry<Long, List<Positioned<String>>> e : found.entrySet()) {
                List<Positioned<String>> list = e.getValue();
                list.sort(Comparator.comparingInt(Positioned::seq));
                List<String> texts = new ArrayList<>(list.size());
                list.forEach(p -> texts.add(p.value()));
                out.put(e.getKey(), texts);
            }
            return out;
        });
    }

    /** Runs a whole-table read streaming rows to the reader instead of buffering each table (H2 spills to disk). */
    private <T> T streaming(Scan<T> work) throws SQLException {
        boolean lazy = connection.getMetaData().getDatabaseProductName().startsWith("H2");
        if (lazy) {
            setLazy(true);
        }
        try {
            return work.run();
        } finally {
            if (lazy) {
                setLazy(false);
            }
        }
    }

    private void setLazy(boolean on) throws SQLException {
        try (java.sql.Statement st = connection.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        }
    }

    /**
     * Every event in the order of {@link #read}, from the events table alone: no participants, mentions or
     * disagreements (empty lists). One scan, about 40% of the whole read: enough to paint the stacked timeline.
     */
    static List<Event> outline(Connection c) throws SQLException {
        AllEventsReader reader = new AllEventsReader(c, false);
        boolean lazy = c.getMetaData().getDatabaseProductName().startsWith("H2");
        if (lazy) {
            reader.setLazy(true);
        }
        try {
            List<Event> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + EventReader.EVENT_COLUMNS + " FROM events e");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Event e = reader.event(rs);
                    events.add(new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(),
                            e.status(), List.of(), List.of(), List.of(), e.confirmed(), e.edited(), e.version()));
                }
            }
            events.sort(ORDER);
            return events;
        } finally {
            if (lazy) {
                reader.setLazy(false);
            }
        }
    }

    /**
     * Dated events by date then id, then undated ones by id. Written out by hand: under C1, the JIT the app runs with,
     * the chain of comparator lambdas was a tenth of a whole read of 100,000 events (sorting them twice).
     */
    private static final Comparator<Event> ORDER = (a, b) -> {
        LocalDate x = a.date().start();
        LocalDate y = b.date().start();
        if (x != null && y != null) {
            int byDate = x.compareTo(y);
            if (byDate != 0) {
                return byDate;
            }
        } else if (x != null || y != null) {
            return x == null ? 1 : -1;
        }
        return Long.compare(a.id(), b.id());
    };

    private List<Event> readAll() throws SQLException {
        List<Event> events = new ArrayList<>();
        Map<Long, byte[]> packed = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + EventReader.EVENT_COLUMNS + ", e.participants FROM events e");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Event e = event(rs);
                events.add(e);
                byte[] people = rs.getBytes(17);
                if (people != null) {
                    packed.put(e.id(), people);
                }
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        Event[] byId = events.toArray(new Event[0]);
        Arrays.sort(byId, Comparator.comparingLong(Event::id));
        ids = new long[byId.length];
        for (int i = 0; i < byId.length; i++) {
            ids[i] = byId[i].id();
        }
        List<List<Participant>> participants = participants(byId, packed);
        List<List<Mention>> mentions = mentions();
        List<List<String>> disagreements = children(
                "SELECT d.event_id, d.seq_no, d.note FROM event_disagreements d", rs -> rs.getString(3));
        Event[] full = new Event[byId.length];
        for (int i = 0; i < byId.length; i++) {
            Event e = byId[i];
            full[i] = new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                    participants.get(i), mentions.get(i), disagreements.get(i), e.confirmed(), e.edited(), e.version());
        }
        Arrays.sort(full, ORDER);
        return Arrays.asList(full);
    }

    /**
     * The event of a row of {@link EventReader#EVENT_COLUMNS}, by column position: looking columns up by name
     * upper-cased each name on every row, a tenth of the whole read.
     */
    private Event event(ResultSet rs) throws SQLException {
        EventDate date = new EventDate(rs.getObject(4, LocalDate.class),
                Sql.enumOf(Precision.class, rs.getString(6)), rs.getObject(7, LocalTime.class),
                rs.getObject(5, LocalDate.class));
        String phrase = share(rs.getString(10));
        String anchor = share(rs.getString(11));
        String rule = share(rs.getString(12));
        String result = share(rs.getString(13));
        DateDerivation derivation = phrase == null && anchor == null && rule == null && result == null
                ? null : new DateDerivation(phrase, anchor, rule, result);
        // Titles are nearly all different: sharing them would only cost a hash each.
        return new Event(rs.getLong(1), Sql.enumOf(EventType.class, rs.getString(2)), rs.getString(3), date,
                derivation, share(rs.getString(8)), Sql.enumOf(EventStatus.class, rs.getString(9)), null, null,
                null, rs.getBoolean(14), rs.getBoolean(15), rs.getLong(16));
    }

    /**
     * The participants packed in the events' rows, with the entities' names: the entities are read after the events,
     * so every entity an event names (committed before the event was) is there.
     */
    private List<List<Participant>> participants(Event[] byId, Map<Long, byte[]> packed) throws SQLException {
        Map<Long, EventReader.Named> entities = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT n.id, n.name, n.kind FROM entities n");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                entities.put(rs.getLong(1), new EventReader.Named(rs.getString(2),
                        EntityKind.valueOf(rs.getString(3))));
            }
        }
        List<List<Participant>> out = new ArrayList<>(byId.length);
        for (Event e : byId) {
            List<Participant> people = EventReader.participants(packed.get(e.id()), entities::get);
            List<Participant> shared = new ArrayList<>(people.size());
            for (Participant p : people) {
                shared.add(new Participant(p.name(), p.kind(), share(p.title()), p.role()));
            }
            out.add(shared);
        }
        return out;
    }

    private List<List<Mention>> mentions() throws SQLException {
        String sql = "SELECT m.event_id, m.seq_no, m.source_id, m.start_offset, m.end_offset"
                + (sentences ? ", m.sentence, m.contribution" : "") + " FROM mentions m";
        return children(sql, rs -> new Mention(rs.getLong(3), rs.getInt(4), rs.getInt(5),
                sentences ? rs.getString(6) : null, sentences ? share(rs.getString(7)) : null));
    }

    /** Reads a child table whose first two columns are event_id and seq_no: per event (by id position), in order. */
    private <T> List<List<T>> children(String sql, RowReader<T> row) throws SQLException {
        List<List<Positioned<T>>> found = new ArrayList<>(java.util.Collections.nCopies(ids.length, null));
        try (PreparedStatement ps = connection.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int at = Arrays.binarySearch(ids, rs.getLong(1));
                if (at < 0) {
                    continue; // cannot happen inside one snapshot; a child of no event is never shown
                }
                List<Positioned<T>> list = found.get(at);
                if (list == null) {
                    list = new ArrayList<>(4);
                    found.set(at, list);
                }
                list.add(new Positioned<>(rs.getInt(2), row.read(rs)));
            }
        }
        List<List<T>> out = new ArrayList<>(ids.length);
        for (List<Positioned<T>> list : found) {
            if (list == null) {
                out.add(List.of());
                continue;
            }
            list.sort(Comparator.comparingInt(Positioned::seq));
            List<T> values = new ArrayList<>(list.size());
            list.forEach(p -> values.add(p.value()));
            out.add(values);
        }
        return out;
    }

    private String share(String s) {
        if (s == null) {
            return null;
        }
        String known = shared.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    private record Positioned<T>(int seq, T value) {
    }

    @FunctionalInterface
    private interface Scan<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
