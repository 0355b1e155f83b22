package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Event;
import parley.domain.EventStore;

class AnalystEditsMigrationTest {
    @TempDir
    Path temp;

    @Test
    void aVersionOneStoreIsUpgradedAndItsEventsStartMachineMade() throws Exception {
        Path dir = temp.resolve("store");
        java.nio.file.Files.createDirectories(dir);
        String url = H2EventStore.url(dir);
        Flyway.configure(AnalystEditsMigrationTest.class.getClassLoader()).dataSource(url, "parley", "")
                .locations(Schema.LOCATION).placeholders(Schema.typesFor("H2")).target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "parley", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO events (event_type, title, date_precision, status) "
                    + "VALUES ('CALL', 'Call: an old one', 'UNKNOWN', 'HELD')");
        }
        try (EventStore store = H2EventStore.open(dir)) {
            Event old = store.events().get(0);
            assertThat(old.title()).isEqualTo("Call: an old one");
            assertThat(old.confirmed()).isFalse();
            assertThat(old.edited()).isFalse();
            assertThat(store.history(old.id())).isEmpty();
        }
    }

    @Test
    void theEditsMigrationUsesNoH2OnlyWords() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V2__analyst_edits.sql")) {
            assertThat(in).as("migration on the class path").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String code = sql.replaceAll("(?m)--.*$", "").toUpperCase(Locale.ROOT);
        assertThat(code).doesNotContain("AUTO_INCREMENT", "IDENTITY(", "CLOB", "MERGE ", "TINYINT", "DATETIME",
                "IF NOT EXISTS", " TEXT");
    }
}
