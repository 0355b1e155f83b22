package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import parley.domain.DateDerivation;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;

/**
 * Every event reduced to what a merge compares (see {@link parley.domain.EventStore.Transaction#outlines}): two
 * plain scans, no mention texts. An import keeps these in memory to pick merge candidates without a query per event.
 */
final class OutlineRows {
    private OutlineRows() {
    }

    static List<Event> all(Connection c) throws SQLException {
        List<Event> events = new ArrayList<>();
        List<byte[]> packed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, event_type, start_day, end_day, date_precision, "
                + "time_of_day, location, status, derivation_phrase, participants FROM events ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                EventDate date = new EventDate(Sql.date(rs, "start_day"),
                        Sql.enumOf(Precision.class, rs.getString("date_precision")), Sql.time(rs, "time_of_day"),
                        Sql.date(rs, "end_day"));
                String phrase = rs.getString("derivation_phrase");
                events.add(new Event(id, EventType.valueOf(rs.getString("event_type")), null, date,
                        phrase == null ? null : new DateDerivation(phrase, null, null, null), rs.getString("location"),
                        EventStatus.valueOf(rs.getString("status")), null, null, null));
                packed.add(rs.getBytes("participants"));
            }
        }
        // Entities read after the events: an entity an event names was committed before the event was.
        Map<Long, Participant> entities = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, kind FROM entities");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                // One shared record per entity and role is enough: an outline's participants carry no titles.
                entities.put(rs.getLong(1), new Participant(rs.getString(2).intern(),
                        EntityKind.valueOf(rs.getString(3)), null, Role.ATTENDEE));
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            List<Participant> taking = new ArrayList<>(3);
            for (PackedParticipants.Packed p : PackedParticipants.unpack(packed.get(i))) {
                Participant entity = entities.get(p.entityId());
                if (Role.valueOf(p.role()).present() && entity != null) {
                    taking.add(entity);
                }
            }
            out.add(taking.isEmpty() ? e : new Event(e.id(), e.type(), null, e.date(), e.derivation(), e.location(),
                    e.status(), taking, null, null));
        }
        return out;
    }
}
