package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.EventStore;

/**
 * An embedded store written before version 12 opens with its texts where they were (in the sources' CLOB), and the
 * texts stored after the upgrade go into rows of their own beside them.
 */
class SourceTextsMigrationTest {
    @TempDir
    Path temp;

    @Test
    void aStoreFromVersionElevenKeepsItsTextsAndAddsNewOnesBeside() throws Exception {
        Path dir = temp.resolve("v11");
        Files.createDirectories(dir);
        String url = H2EventStore.url(dir);
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "parley", "")
                .locations(Schema.withDialect("H2", Schema.LOCATION)).placeholders(Schema.typesFor("H2"))
                .javaMigrations(new PackPrintsMigration()).target("11").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "parley", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO sources (file_name, file_format, published_basis, sha256, body,"
                    + " imported_at) VALUES ('old.txt', 'txt', 'UNKNOWN', 'sha-old', 'A text stored before.',"
                    + " CURRENT_TIMESTAMP)");
        }
        long old;
        try (Connection c = DriverManager.getConnection(url, "parley", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM sources")) {
            assertThat(rs.next()).isTrue();
            old = rs.getLong(1);
        }
        try (EventStore upgraded = H2EventStore.open(dir)) {
            assertThat(upgraded.source(old).orElseThrow().text()).isEqualTo("A text stored before.");
            long added = upgraded.write(tx -> tx.insertSource(SourceTextsTest.withText("new.txt", 9, "A text stored after."),
                    Set.of()));
            assertThat(upgraded.source(added).orElseThrow().text()).isEqualTo("A text stored after.");
            assertThat(upgraded.source(old).orElseThrow().text()).isEqualTo("A text stored before.");
        }
        try (Connection c = DriverManager.getConnection(url, "parley", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.id, s.body, t.body FROM sources s"
                     + " LEFT JOIN source_texts t ON t.source_id = s.id ORDER BY s.id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).as("the old text stays in its CLOB").isEqualTo("A text stored before.");
            assertThat(rs.getString(3)).isNull();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(2)).as("a new text's CLOB is left empty").isEmpty();
            assertThat(rs.getString(3)).isEqualTo("A text stored after.");
            assertThat(rs.next()).isFalse();
        }
    }
}
