package parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Schema version 13: each event's participants move from a row apiece in {@code event_participants} into one packed
 * column of the event ({@link PackedParticipants}), in their order, and the table goes ({@link PackRowsMigration}, as
 * version 5 did for sentence prints).
 */
final class PackParticipantsMigration extends PackRowsMigration<PackedParticipants.Packed> {
    PackParticipantsMigration() {
        super(13, "pack participants", "events", "participants", "event_participants");
    }

    @Override
    String rowsInOwnerOrder() {
        return "SELECT event_id, entity_id, participant_role, title FROM event_participants ORDER BY event_id, seq_no";
    }

    @Override
    PackedParticipants.Packed row(ResultSet rs) throws SQLException {
        return new PackedParticipants.Packed(rs.getLong(2), rs.getString(3), rs.getString(4));
    }

    @Override
    byte[] pack(List<PackedParticipants.Packed> people) {
        return PackedParticipants.pack(people);
    }
}
