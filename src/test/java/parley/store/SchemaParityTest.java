package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.StoreAddress;

/**
 * The same migrations make the same store on both databases: the embedded one and a team store hold the same tables
 * and columns, primary keys, unique constraints, foreign keys and indexes, read through JDBC's metadata. Names the
 * databases give on their own (H2's PRIMARY_KEY_1A, PostgreSQL's sources_pkey) are left out; what each covers is
 * compared.
 */
class SchemaParityTest {
    @TempDir
    Path temp;

    @Test
    void bothStoresHoldTheSameTablesKeysAndIndexes() throws Exception {
        Path folder = temp.resolve("h2");
        H2EventStore.open(folder).close();
        Map<String, Set<String>> h2;
        try (Connection c = DriverManager.getConnection(H2EventStore.url(folder), "parley", "")) {
            h2 = describe(c, "PUBLIC");
        }
        StoreAddress.Server database = TestPostgres.emptyDatabase();
        try {
            PostgresEventStore.open(database, status -> { }).close();
            Map<String, Set<String>> postgres;
            try (Connection c = TestPostgres.connect(database)) {
                postgres = describe(c, "public");
            }
            assertThat(postgres.keySet()).as("tables").isEqualTo(h2.keySet());
            List<String> differences = new ArrayList<>();
            for (String table : h2.keySet()) {
                for (String line : h2.get(table)) {
                    if (!postgres.get(table).contains(line)) {
                        differences.add(table + ": only on H2: " + line);
                    }
                }
                for (String line : postgres.get(table)) {
                    if (!h2.get(table).contains(line)) {
                        differences.add(table + ": only on PostgreSQL: " + line);
                    }
                }
            }
            assertThat(differences).as("what one store has and the other lacks").isEmpty();
            assertThat(h2.get("events")).as("the comparison sees keys and indexes").contains("primary key [id]",
                    "index [start_day, id]");
        } finally {
            TestPostgres.drop(database);
        }
    }

    /** Table → its columns, keys and indexes as comparable lines; Flyway's own table left out. */
    private static Map<String, Set<String>> describe(Connection c, String schema) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        Map<String, Set<String>> tables = new TreeMap<>();
        try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME");
                if (!lower(table).equals("flyway_schema_history")) {
                    tables.put(lower(table), new TreeSet<>());
                }
            }
        }
        for (String table : tables.keySet()) {
            Set<String> lines = tables.get(table);
            String name = md.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet rs = md.getColumns(null, schema, name, "%")) {
                while (rs.next()) {
                    lines.add("column " + lower(rs.getString("COLUMN_NAME"))
                            + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : "")
                            + (isIdentity(rs) ? " identity" : ""));
                }
            }
            List<String> key = new ArrayList<>();
            try (ResultSet rs = md.getPrimaryKeys(null, schema, name)) {
                Map<Integer, String> bySeq = new TreeMap<>();
                while (rs.next()) {
                    bySeq.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
                }
                key.addAll(bySeq.values());
            }
            if (!key.isEmpty()) {
                lines.add("primary key " + key);
            }
            try (ResultSet rs = md.getImportedKeys(null, schema, name)) {
                while (rs.next()) {
                    lines.add("foreign key " + lower(rs.getString("FKCOLUMN_NAME")) + " -> "
                            + lower(rs.getString("PKTABLE_NAME")) + "." + lower(rs.getString("PKCOLUMN_NAME"))
                            + (rs.getShort("DELETE_RULE") == DatabaseMetaData.importedKeyCascade ? " on delete cascade"
                            : ""));
                }
            }
            Map<String, Map<Integer, String>> indexColumns = new TreeMap<>();
            Map<String, Boolean> unique = new TreeMap<>();
            try (ResultSet rs = md.getIndexInfo(null, schema, name, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index == null) {
                        continue;
                    }
                    indexColumns.computeIfAbsent(index, k -> new TreeMap<>())
                            .put((int) rs.getShort("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
                    unique.put(index, !rs.getBoolean("NON_UNIQUE"));
                }
            }
            for (Map.Entry<String, Map<Integer, String>> index : indexColumns.entrySet()) {
                lines.add((unique.get(index.getKey()) ? "unique index " : "index ") + index.getValue().values());
            }
        }
        return tables;
    }

    private static boolean isIdentity(ResultSet column) throws SQLException {
        return "YES".equals(column.getString("IS_AUTOINCREMENT"));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
