package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 13: each event's participants move from a row apiece in {@code event_participants} into one packed
 * column of the event ({@link PackedParticipants}), and the table goes. Written in Java for the reason of version 5
 * ({@link PackPrintsMigration}): packing rows into one value has no portable SQL.
 */
final class PackParticipantsMigration implements JavaMigration {
    /** Events whose participants are packed and written per batch. */
    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("13");
    }

    @Override
    public String getDescription() {
        return "pack participants";
    }

    @Override
    public Integer getChecksum() {
        return 13;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        String bytes = context.getConfiguration().getPlaceholders().get("bytes");
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE events ADD COLUMN participants " + bytes);
        }
        try (PreparedStatement read = c.prepareStatement("SELECT event_id, entity_id, participant_role, title"
                     + " FROM event_participants ORDER BY event_id, seq_no");
             PreparedStatement write = c.prepareStatement("UPDATE events SET participants = ? WHERE id = ?");
             ResultSet rs = read.executeQuery()) {
            long event = -1;
            List<PackedParticipants.Packed> people = new ArrayList<>();
            int batched = 0;
            while (rs.next()) {
                if (rs.getLong(1) != event) {
                    batched += add(write, event, people);
                    event = rs.getLong(1);
                    people.clear();
                }
                people.add(new PackedParticipants.Packed(rs.getLong(2), rs.getString(3), rs.getString(4)));
                if (batched >= BATCH) {
                    write.executeBatch();
                    batched = 0;
                }
            }
            add(write, event, people);
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE event_participants");
        }
    }

    private static int add(PreparedStatement write, long event, List<PackedParticipants.Packed> people)
            throws SQLException {
        if (event < 0 || people.isEmpty()) {
            return 0;
        }
        write.setBytes(1, PackedParticipants.pack(people));
        write.setLong(2, event);
        write.addBatch();
        return 1;
    }
}
