package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Event;
import parley.domain.EventStore;

/**
 * A store written before versions 4 and 5 keeps everything through them: events with their participants, mentions
 * and disagreements in order, cascades on delete, and the sentence prints that date undated articles.
 */
class LeanerStoreMigrationTest {
    @TempDir
    Path temp;

    @Test
    void aVersionThreeStoreKeepsItsEventsAndPrints() throws Exception {
        Path dir = temp.resolve("store");
        Files.createDirectories(dir);
        String url = H2EventStore.url(dir);
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "parley", "").locations(Schema.LOCATION)
                .placeholders(Schema.typesFor("H2")).target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "parley", "");
             Statement s = c.createStatement()) {
            for (int source = 1; source <= 2; source++) {
                s.executeUpdate("INSERT INTO sources (id, file_name, file_format, published_basis, sha256, body,"
                        + " imported_at) VALUES (" + source + ", 'a" + source + ".txt', 'txt', 'UNKNOWN', 'sha"
                        + source + "', 'text', CURRENT_TIMESTAMP)");
            }
            for (long print : new long[] {-5, 7, 3, Long.MAX_VALUE}) {
                s.executeUpdate("INSERT INTO source_sentences VALUES (1, " + print + ")");
            }
            s.executeUpdate("INSERT INTO source_sentences VALUES (2, 7)");
            s.executeUpdate("INSERT INTO entities (id, name, kind) VALUES (1, 'Kaja Kallas', 'PERSON'),"
                    + " (2, 'Antonio Costa', 'PERSON')");
            s.executeUpdate("INSERT INTO events (id, event_type, title, start_day, last_day, span_days,"
                    + " date_precision, status) VALUES (10, 'CALL', 'Call: Kallas, Costa', DATE '2025-08-12',"
                    + " DATE '2025-08-12', 0, 'DAY', 'HELD'), (11, 'MEETING', 'Meeting', NULL, NULL, NULL,"
                    + " 'UNKNOWN', 'HELD')");
            s.executeUpdate("INSERT INTO event_participants VALUES (10, 1, 2, 'ATTENDEE', NULL),"
                    + " (10, 0, 1, 'HOST', 'High Representative'), (11, 0, 2, 'ATTENDEE', NULL)");
            s.executeUpdate("INSERT INTO mentions VALUES (10, 1, 2, 5, 9, 'later', NULL),"
                    + " (10, 0, 1, 0, 4, 'first', 'date'), (11, 0, 1, 0, 4, 'first', NULL)");
            s.executeUpdate("INSERT INTO event_disagreements VALUES (10, 0, 'the date differs')");
        }
        try (EventStore store = H2EventStore.open(dir)) {
            assertThat(store.sourcesSharingSentences(Set.of(7L, 3L, Long.MAX_VALUE, 99L)))
                    .isEqualTo(Map.of(1L, 3, 2L, 1));
            Map<Long, Integer> undated = store.write(tx -> tx.undatedSourcesSharing(Set.of(-5L)));
            assertThat(undated).isEqualTo(Map.of(1L, 1));
            Event call = store.events().stream().filter(e -> e.id() == 10).findFirst().orElseThrow();
            assertThat(call.participants()).extracting(p -> p.name() + "/" + p.role())
                    .containsExactly("Kaja Kallas/HOST", "Antonio Costa/ATTENDEE");
            assertThat(call.mentions()).extracting(m -> m.sourceId() + ":" + m.start())
                    .containsExactly("1:0", "2:5");
            assertThat(call.disagreements()).containsExactly("the date differs");
            store.write(tx -> {
                tx.deleteEvent(10);
                return null;
            });
            assertThat(store.events()).extracting(Event::id).containsExactly(11L);
        }
        try (Connection c = DriverManager.getConnection(url, "parley", "");
             Statement s = c.createStatement()) {
            // Participants are packed in the event's row since version 13 (PackedParticipantsMigrationTest).
            for (String table : List.of("mentions", "event_disagreements")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE event_id = 10")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("%s of the deleted event", table).isZero();
                }
            }
        }
    }
}
