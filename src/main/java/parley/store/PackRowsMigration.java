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
 * A migration that moves a child table's rows into one packed column of their owner and drops the table: the rows,
 * read in owner order, are grouped per owner, packed and written in batches. Written in Java because packing rows
 * into one value has no portable SQL; the column's type is the {@code bytes} placeholder of {@link Schema#typesFor}.
 *
 * @param <T> one child row as the packer takes it
 */
abstract class PackRowsMigration<T> implements JavaMigration {
    /** Owners whose rows are packed and written per batch. */
    private static final int BATCH = 500;

    private final int version;
    private final String description;
    private final String owners;
    private final String column;
    private final String childTable;

    /**
     * @param owners the owners' table, whose {@code id} the first column of {@link #rowsInOwnerOrder()} names
     * @param column the packed column added to it
     */
    PackRowsMigration(int version, String description, String owners, String column, String childTable) {
        this.version = version;
        this.description = description;
        this.owners = owners;
        this.column = column;
        this.childTable = childTable;
    }

    /** SELECT of the child rows: the owner's id first, ordered by owner (and by position within it). */
    abstract String rowsInOwnerOrder();

    /** One child row from the result's current row (its owner id is column 1). */
    abstract T row(ResultSet rs) throws SQLException;

    /** One owner's rows as the packed column's value. */
    abstract byte[] pack(List<T> rows);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return version;
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
            s.execute("ALTER TABLE " + owners + " ADD COLUMN " + column + " " + bytes);
        }
        try (PreparedStatement read = c.prepareStatement(rowsInOwnerOrder());
             PreparedStatement write = c.prepareStatement("UPDATE " + owners + " SET " + column + " = ? WHERE id = ?");
             ResultSet rs = read.executeQuery()) {
            long owner = -1;
            List<T> rows = new ArrayList<>();
            int batched = 0;
            while (rs.next()) {
                if (rs.getLong(1) != owner) {
                    batched += add(write, owner, rows);
                    owner = rs.getLong(1);
                    rows.clear();
                }
                rows.add(row(rs));
                if (batched >= BATCH) {
                    write.executeBatch();
                    batched = 0;
                }
            }
            add(write, owner, rows);
            write.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE " + childTable);
        }
    }

    private int add(PreparedStatement write, long owner, List<T> rows) throws SQLException {
        if (owner < 0 || rows.isEmpty()) {
            return 0;
        }
        write.setBytes(1, pack(rows));
        write.setLong(2, owner);
        write.addBatch();
        return 1;
    }
}
