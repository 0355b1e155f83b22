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
 * Loads events with everything attached in four set-based queries (events, participants, mentions, disagreements),
 * never one query per event: reading 100,000 events costs four statements.
 */
final class EventReader {
    static final String EVENT_COLUMNS = "e.id, e.event_type, e.title, e.start_day, e.end_day, e.date_precision, "
            + "e.time_of_day, e.location, e.status, e.derivation_phrase, e.derivation_anchor, e.derivation_rule, "
            + "e.derivation_result";
    /** Date order, undated last, then id: NULLS LAST is standard SQL and means the same in H2 and PostgreSQL. */
    static final String ORDER = " ORDER BY e.start_day NULLS LAST, e.id";

    private EventReader() {
    }

    static List<Event> read(Connection c, EventFilter filter) throws SQLException {
        Map<Long, Event> events = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + EVENT_COLUMNS + " FROM events e" + filter.whereClause() + ORDER)) {
            filter.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Event e = event(rs);
                    events.put(e.id(), e);
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
                    participants.get(e.id()), mentions.get(e.id()), disagreements.get(e.id())));
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
                Sql.enumOf(EventStatus.class, rs.getString("status")), null, null, null);
    }

    private static Map<Long, List<Participant>> participants(Connection c, EventFilter filter) throws SQLException {
        Map<Long, List<Participant>> byEvent = new HashMap<>();
        String sql = "SELECT p.event_id, n.name, n.kind, p.title, p.participant_role FROM event_participants p"
                + " JOIN entities n ON n.id = p.entity_id" + joinEvents("p", filter)
                + " ORDER BY p.event_id, p.seq_no";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byEvent.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Participant(
                            rs.getString(2), EntityKind.valueOf(rs.getString(3)), rs.getString(4),
                            Role.valueOf(rs.getString(5))));
                }
            }
        }
        return byEvent;
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
