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
 * Loads events with everything attached in five set-based queries (events, entities, participants, mentions,
 * disagreements), never one query per event: reading 100,000 events costs five statements. Reading the whole store
 * goes to {@link AllEventsReader}, whose unordered scans are faster than these index-ordered ones.
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

    /**
     * One event by id with everything attached, in four lookups by key on reused statements: an import reads the
     * stored event of every report it merges, which through {@link #read} cost five freshly prepared joins.
     */
    static Optional<Event> one(Statements statements, long id) throws SQLException {
        PreparedStatement row = statements.get("SELECT " + EVENT_COLUMNS + " FROM events e WHERE e.id = ?");
        row.setLong(1, id);
        Event e;
        try (ResultSet rs = row.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            e = event(rs);
        }
        List<Participant> participants = new ArrayList<>();
        PreparedStatement people = statements.get("SELECT n.name, n.kind, p.title, p.participant_role"
                + " FROM event_participants p JOIN entities n ON n.id = p.entity_id WHERE p.event_id = ?"
                + " ORDER BY p.seq_no");
        people.setLong(1, id);
        try (ResultSet rs = people.executeQuery()) {
            while (rs.next()) {
                participants.add(new Participant(rs.getString(1), EntityKind.valueOf(rs.getString(2)),
                        rs.getString(3), Role.valueOf(rs.getString(4))));
            }
        }
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
                    "SELECT " + EVENT_COLUMNS + " FROM events e" + condition + part)) {
                filter.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Event e = event(rs);
                        events.put(e.id(), e);
                    }
                }
            }
        }
        if (events.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Participant>> participants = participants(c, filter);
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

    /**
     * Participants in written order. Entity names come from a query of their own: joining entities into the
     * participant scan made H2 walk the entities first and sort every participant row afterwards.
     */
    private static Map<Long, List<Participant>> participants(Connection c, EventFilter filter) throws SQLException {
        Map<Long, Entity> entities = entities(c, filter);
        Map<Long, List<Participant>> byEvent = new HashMap<>();
        String sql = "SELECT p.event_id, p.entity_id, p.title, p.participant_role FROM event_participants p"
                + joinEvents("p", filter) + " ORDER BY p.event_id, p.seq_no";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Entity entity = entities.get(rs.getLong(2));
                    byEvent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Participant(
                            entity.name(), entity.kind(), rs.getString(3), Role.valueOf(rs.getString(4))));
                }
            }
        }
        return byEvent;
    }

    private record Entity(String name, EntityKind kind) {
    }

    /** The entities the filtered events refer to (all of them when reading everything), by id. */
    private static Map<Long, Entity> entities(Connection c, EventFilter filter) throws SQLException {
        Map<Long, Entity> byId = new HashMap<>();
        String sql = "SELECT n.id, n.name, n.kind FROM entities n" + (filter.all() ? ""
                : " WHERE n.id IN (SELECT p.entity_id FROM event_participants p" + joinEvents("p", filter) + ")");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byId.put(rs.getLong(1), new Entity(rs.getString(2), EntityKind.valueOf(rs.getString(3))));
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
