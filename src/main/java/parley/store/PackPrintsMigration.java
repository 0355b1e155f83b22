package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 5: each source's sentence fingerprints move from a row apiece in {@code source_sentences} into one
 * packed column of the source ({@link PackedPrints}), and the table goes. Written in Java because packing rows into
 * one value has no portable SQL; the column's type is the {@code bytes} placeholder of {@link Schema#typesFor}.
 */
final class PackPrintsMigration implements JavaMigration {
    /** Sources whose prints are packed and written per batch. */
    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("5");
    }

    @Override
    public String getDescription() {
        return "pack sentence prints";
    }

    @Override
    public Integer getChecksum() {
        return 5;
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
            s.execute("ALTER TABLE sources ADD COLUMN sentence_prints " + bytes);
        }
        try (PreparedStatement read = c.prepareStatement(
                     "SELECT source_id, fingerprint FROM source_sentences ORDER BY source_id");
             PreparedStatement write = c.prepareStatement("UPDATE sources SET sentence_prints = ? WHERE id = ?");
             ResultSet rs = read.executeQuery()) {
            long source = -1;
            List<Long> prints = new ArrayList<>();
            int batched = 0;
            while (rs.next()) {
                if (rs.getLong(1) != source) {
                    batched += add(write, source, prints);
                    source = rs.getLong(1);
                    prints.clear();
                }
                prints.add(rs.getLong(2));
                if (batched >= BATCH) {
                    write.executeBatch();
                    batched = 0;
                }
            }
            add(write, source, prints);
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE source_sentences");
        }
    }

    private static int add(PreparedStatement write, long source, List<Long> prints) throws java.sql.SQLException {
        if (source < 0 || prints.isEmpty()) {
            return 0;
        }
        write.setBytes(1, PackedPrints.pack(prints));
        write.setLong(2, source);
        write.addBatch();
        return 1;
    }
}
