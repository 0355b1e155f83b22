package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import parley.domain.DateDerivation;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;

/**
 * Loads events with everything attached in a few set-based queries (events with their packed participants, the
 * entities they name, mentions, disagreements), never one query per event. Reading the whole store goes to
 * {@link AllEventsReader}, whose unordered scans are faster than these index-ordered ones.
 */
final class EventReader {
    /** The columns of an event row; {@link AllEventsReader} reads them by position, in this order. */
    static final String EVENT_COLUMNS = "e.id, e.event_type, e.title, e.start_day, e.end_day, e.date_precision, "
            + "e.time_of_day, e.location, e.status, e.derivation_phrase, e.derivation_anchor, e.derivation_rule, "
            + "e.derivation_result, e.confirmed, e.edited, e.version";
    private EventReader() {
    }

    /** The longest span any event covers, in days (0 when there are none); an index answers it. */
    static int maxSpanDays(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(span_days) FROM events");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Statements by their SQL, prepared once and reused by the caller (a transaction). */
    @FunctionalInterface
    interface Statements {
        PreparedStatement get(String sql) throws SQLException;
    }

    /** An entity's name and kind by its id (see {@link PackedParticipants}). */
    @FunctionalInterface
    interface Entities {
        Named named(long id) throws SQLException;
    }

    /** What a participant takes from its entity's row. */
    record Named(String name, EntityKind kind) {
    }

    /** The participants packed in an event's row, with their entities' names (empty for none). */
    static List<Participant> participants(byte[] packed, Entities entities) throws SQLException {
        List<PackedParticipants.Packed> people = PackedParticipants.unpack(packed);
        List<Participant> list = new ArrayList<>(people.size());
        for (PackedParticipants.Packed p : people) {
            Named entity = entities.named(p.entityId());
            if (entity == null) {
                throw new StoreException("An event names an entity (" + p.entityId() + ") the store does not hold.");
            }
            list.add(new Participant(entity.name(), entity.kind(), p.title(), Role.valueOf(p.role())));
        }
        return list;
    }

    /**
     * One event by id with everything attached, in three lookups by key on reused statements (its participants are
     * in its row; their entities come from {@code entities}, which a transaction keeps): an import reads the stored
     * event of every report it merges, which through {@link #read} cost five freshly prepared joins.
     */
    static Optional<Event> one(Statements statements, Entities entities, long id) throws SQLException {
        PreparedStatement row = statements.get("SELECT " + EVENT_COLUMNS + ", e.participants FROM events e"
                + " WHERE e.id = ?");
        row.setLong(1, id);
        Event e;
        byte[] packed;
        try (ResultSet rs = row.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            e = event(rs);
            packed = rs.getBytes("participants");
        }
        List<Participant> participants = participants(packed, entities);
        List<Mention> mentions = new ArrayList<>();
        PreparedStatement sentences = statements.get("SELECT source_id, start_offset, end_offset, sentence,"
                + " contribution FROM mentions WHERE event_id = ? ORDER BY seq_no");
        sentences.setLong(1, id);
        try (ResultSet rs = sentences.executeQuery()) {
            while (rs.next()) {
                mentions.add(new Mention(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        List<String> notes = new ArrayList<>();
        PreparedStatement disagreements = statements.get(
                "SELECT note FROM event_disagreements WHERE event_id = ? ORDER BY seq_no");
        disagreements.setLong(1, id);
        try (ResultSet rs = disagreements.executeQuery()) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return Optional.of(new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                participants, mentions, notes, e.confirmed(), e.edited(), e.version()));
    }

    static List<Event> read(Connection c, EventFilter filter) throws SQLException {
        if (filter.all()) {
            return AllEventsReader.read(c, true);
        }
        Map<Long, Event> events = new LinkedHashMap<>();
        Map<Long, byte[]> packed = new HashMap<>();
        // Dated events first in date order, then undated ones: two queries that each follow the index on
        // (start_day, id), where one ORDER BY ... NULLS LAST would make H2 sort (and spill) every row.
        String condition = filter.all() ? " WHERE " : filter.whereClause() + " AND ";
        List<String> parts = new ArrayList<>(2);
        if (filter.dating().dated()) {
            parts.add("e.start_day IS NOT NULL ORDER BY e.start_day, e.id");
        }
        if (filter.dating().undated()) {
            parts.add("e.start_day IS NULL ORDER BY e.id");
        }
        for (String part : parts) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + EVENT_COLUMNS + ", e.participants FROM events e" + condition + part)) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Event e = event(rs);
                        events.put(e.id(), e);
                        byte[] people = rs.getBytes("participants");
                        if (people != null) {
                            packed.put(e.id(), people);
                        }
                    }
                }
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        // Entities read after the events: an entity an event names was committed before the event was.
        Map<Long, Named> named = entities(c, packed.values());
        Map<Long, List<Participant>> participants = new HashMap<>();
        for (Map.Entry<Long, byte[]> e : packed.entrySet()) {
            participants.put(e.getKey(), participants(e.getValue(), named::get));
        }
        Map<Long, List<Mention>> mentions = mentions(c, filter);
        Map<Long, List<String>> disagreements = disagreements(c, filter);
        List<Event> result = new ArrayList<>(events.size());
        for (Event e : events.values()) {
            result.add(new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                    participants.get(e.id()), mentions.get(e.id()), disagreements.get(e.id()), e.confirmed(), e.edited(),
                    e.version()));
        }
        return result;
    }

    private static Event event(ResultSet rs) throws SQLException {
        EventDate date = new EventDate(Sql.date(rs, "start_day"),
                Sql.enumOf(Precision.class, rs.getString("date_precision")), Sql.time(rs, "time_of_day"),
                Sql.date(rs, "end_day"));
        String phrase = rs.getString("derivation_phrase");
        String anchor = rs.getString("derivation_anchor");
        String rule = rs.getString("derivation_rule");
        String result = rs.getString("derivation_result");
        DateDerivation derivation = phrase == null && anchor == null && rule == null && result == null
                ? null : new DateDerivation(phrase, anchor, rule, result);
        return new Event(rs.getLong("id"), Sql.enumOf(EventType.class, rs.getString("event_type")),
                rs.getString("title"), date, derivation, rs.getString("location"),
                Sql.enumOf(EventStatus.class, rs.getString("status")), null, null, null, rs.getBoolean("confirmed"),
                rs.getBoolean("edited"), rs.getLong("version"));
    }

    /** Entities looked up per statement: a portable IN list of at most this many ids. */
    private static final int IDS_PER_QUERY = 100;

    /** The entities the packed participants name, by id. */
    private static Map<Long, Named> entities(Connection c, java.util.Collection<byte[]> packed) throws SQLException {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        for (byte[] people : packed) {
            for (PackedParticipants.Packed p : PackedParticipants.unpack(people)) {
                ids.add(p.entityId());
            }
        }
        Map<Long, Named> byId = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, kind FROM entities WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byId.put(rs.getLong(1), new Named(rs.getString(2), EntityKind.valueOf(rs.getString(3))));
                    }
                }
            }
        }
        return byId;
    }

    private static Map<Long, List<Mention>> mentions(Connection c, EventFilter filter) throws SQLException {
        Map<Long, List<Mention>> byEvent = new HashMap<>();
        String sql = "SELECT m.event_id, m.source_id, m.start_offset, m.end_offset, m.sentence, m.contribution"
                + " FROM mentions m" + joinEvents("m", filter) + " ORDER BY m.event_id, m.seq_no";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Mention(
                            rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return byEvent;
    }

    private static Map<Long, List<String>> disagreements(Connection c, EventFilter filter) throws SQLException {
        Map<Long, List<String>> byEvent = new HashMap<>();
        String sql = "SELECT d.event_id, d.note FROM event_disagreements d" + joinEvents("d", filter)
                + " ORDER BY d.event_id, d.seq_no";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return byEvent;
    }

    /** Restricts a child table to the filtered events; reading everything needs no join. */
    private static String joinEvents(String child, EventFilter filter) {
        return filter.all() ? "" : " JOIN events e ON e.id = " + child + ".event_id" + filter.whereClause();
    }
}
