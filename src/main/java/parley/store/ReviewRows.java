package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import parley.domain.EditRecord;
import parley.domain.EventType;
import parley.domain.Tombstone;

/** The rows of analyst review: review flags, tombstones of deleted events and the edit log. */
final class ReviewRows {
    private ReviewRows() {
    }

    static void setReview(Connection c, long eventId, boolean confirmed, boolean edited) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE events SET confirmed = ?, edited = ? WHERE id = ?")) {
            ps.setBoolean(1, confirmed);
            ps.setBoolean(2, edited);
            ps.setLong(3, eventId);
            if (ps.executeUpdate() == 0) {
                throw new IllegalArgumentException("There is no event " + eventId + " in the store.");
            }
        }
    }

    static void bury(Connection c, List<Tombstone> tombstones) throws SQLException {
        if (tombstones.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_tombstones "
                + "(event_id, source_id, start_offset, end_offset, event_type, sentence) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Tombstone t : tombstones.stream().distinct().toList()) {
                ps.setLong(1, t.eventId());
                ps.setLong(2, t.sourceId());
                ps.setInt(3, t.start());
                ps.setInt(4, t.end());
                Sql.setEnum(ps, 5, t.type());
                Sql.setText(ps, 6, t.sentence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void unbury(Connection c, long eventId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM event_tombstones WHERE event_id = ?")) {
            ps.setLong(1, eventId);
            ps.executeUpdate();
        }
    }

    static List<Tombstone> tombstones(Connection c) throws SQLException {
        List<Tombstone> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, source_id, start_offset, end_offset, "
                + "event_type, sentence FROM event_tombstones ORDER BY event_id, source_id, start_offset")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Tombstone(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                            Sql.enumOf(EventType.class, rs.getString(5)), rs.getString(6)));
                }
            }
        }
        return out;
    }

    /** @param shared a team store: the record also keeps the database login ({@code CURRENT_USER}) */
    static long recordEdit(Connection c, EditRecord r, boolean shared) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO edit_records (event_id, source_id, made_by, "
                + "made_at, action, detail, made_by_login) VALUES (?, ?, ?, ?, ?, ?, "
                + (shared ? "CURRENT_USER" : "NULL") + ")", new String[] {"id"})) {
            Sql.setLong(ps, 1, r.eventId());
            Sql.setLong(ps, 2, r.sourceId());
            ps.setString(3, r.user() == null || r.user().isBlank() ? "unknown" : cut(r.user(), 200));
            Sql.setInstant(ps, 4, r.at() == null ? java.time.Instant.now() : r.at());
            ps.setString(5, cut(r.action(), 40));
            Sql.setText(ps, 6, r.detail());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    static List<EditRecord> history(Connection c, long eventId) throws SQLException {
        List<EditRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, event_id, source_id, made_by, made_at, action, "
                + "detail, made_by_login FROM edit_records WHERE event_id = ? ORDER BY id")) {
            ps.setLong(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EditRecord(rs.getLong("id"), Sql.nullableLong(rs, "event_id"),
                            Sql.nullableLong(rs, "source_id"), rs.getString("made_by"), Sql.instant(rs, "made_at"),
                            rs.getString("action"), rs.getString("detail"), rs.getString("made_by_login")));
                }
            }
        }
        return out;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
