package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.EventStore;
import parley.domain.StoreAddress;

/**
 * The README's "Team store" commands, run as written (names made unique for the test server): the admin role
 * creates the schema; an analyst reads and writes rows but cannot change the schema, nor create it.
 */
class TeamStoreRolesTest {
    @Test
    void theReadmeRolesGiveTheAdminTheSchemaAndTheAnalystsTheRows() throws Exception {
        StoreAddress.Server server = TestPostgres.admin();
        String suffix = "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;
        List<String> script = readmeScript(suffix);
        String database = "parley_desk" + suffix;
        try {
            runAsSuperuser(server, script);
            StoreAddress.Server admin = TestPostgres.as(TestPostgres.on(server, database), "parley_admin" + suffix,
                    "admin-secret");
            StoreAddress.Server ana = TestPostgres.as(admin, "ana" + suffix, "ana-secret");

            assertThatThrownBy(() -> PostgresEventStore.open(ana, s -> { }, Map.of(), Schema.LOCATION))
                    .as("an analyst cannot create the schema").isInstanceOf(StoreException.class)
                    .hasMessageContaining("This login may not change the schema");

            PostgresEventStore.open(admin, s -> { }, Map.of(), Schema.LOCATION).close();
            try (EventStore store = PostgresEventStore.open(ana, s -> { }, Map.of(), Schema.LOCATION)) {
                long source = Fixtures.storeSource(store, "ana's article", 1, LocalDate.of(2025, 8, 11), Set.of());
                long event = store.write(tx -> tx.insertEvent(Fixtures.dayEvent("Call", LocalDate.of(2025, 8, 11),
                        source)));
                store.write(tx -> {
                    tx.deleteEvent(event);
                    return null;
                });
                assertThat(store.sources()).hasSize(1);
                assertThat(store.events()).isEmpty();
            }
            try (Connection c = TestPostgres.connect(ana); Statement s = c.createStatement()) {
                for (String ddl : List.of("CREATE TABLE notes (id INTEGER)", "ALTER TABLE events ADD COLUMN x INTEGER",
                        "DROP TABLE events", "CREATE INDEX events_by_title ON events (title)")) {
                    assertThatThrownBy(() -> s.execute(ddl)).as(ddl).isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
                }
            }
        } finally {
            TestPostgres.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            for (String role : List.of("ana", "parley_analyst", "parley_admin")) {
                TestPostgres.execute("DROP ROLE IF EXISTS " + role + suffix);
            }
        }
    }

    /** The README's SQL block of the Team store section, with the role and database names made unique. */
    static List<String> readmeScript(String suffix) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Team store");
        assertThat(section).as("README has a Team store section").isPositive();
        int start = readme.indexOf("```sql\n", section) + "```sql\n".length();
        String sql = readme.substring(start, readme.indexOf("```", start));
        sql = sql.replaceAll("\\b(parley_admin|parley_analyst|parley_desk|ana)\\b(?!-)", "$1" + suffix);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.startsWith("\\connect ")) {
                statements.add(line.trim());
                continue;
            }
            current.append(line).append('\n');
            if (line.trim().endsWith(";")) {
                statements.add(current.toString().trim());
                current.setLength(0);
            }
        }
        assertThat(current.toString()).isBlank();
        return statements;
    }

    /** Runs the statements as psql would, {@code \connect} switching the database. */
    private static void runAsSuperuser(StoreAddress.Server server, List<String> statements) throws SQLException {
        Connection c = TestPostgres.connect(server);
        try {
            for (String statement : statements) {
                if (statement.startsWith("\\connect ")) {
                    c.close();
                    c = TestPostgres.connect(TestPostgres.on(server, statement.substring(9).trim()));
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    s.execute(statement);
                }
            }
        } finally {
            c.close();
        }
    }
}
