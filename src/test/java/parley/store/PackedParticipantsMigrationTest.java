package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStore;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;
import parley.domain.StoreAddress;

/**
 * A store written at version 12, with participants in rows of their own, keeps every event's participants in their
 * order (name, kind, title, role) when version 13 packs them into the event's row, on the embedded store and on a
 * team store; events written after the upgrade read back the same way, and the old table is gone.
 */
class PackedParticipantsMigrationTest {
    @TempDir
    Path temp;

    @Test
    void anEmbeddedStoreFromVersionTwelveKeepsItsParticipants() throws Exception {
        Path dir = temp.resolve("v12");
        Files.createDirectories(dir);
        String url = H2EventStore.url(dir);
        Flyway.configure(getClass().getClassLoader()).dataSource(url, "parley", "")
                .locations(Schema.withDialect("H2", Schema.LOCATION)).placeholders(Schema.typesFor("H2"))
                .javaMigrations(new PackPrintsMigration()).target("12").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "parley", "")) {
            writeVersionTwelveRows(c);
        }
        try (EventStore upgraded = H2EventStore.open(dir)) {
            checkKeptAndWritesAfter(upgraded);
        }
        try (Connection c = DriverManager.getConnection(url, "parley", "")) {
            assertThat(hasTable(c, "event_participants")).isFalse();
        }
    }

    @Test
    void aTeamStoreFromVersionTwelveKeepsItsParticipants() throws Exception {
        StoreAddress.Server database = TestPostgres.emptyDatabase();
        try {
            String host = database.host().indexOf(':') >= 0 ? "[" + database.host() + "]" : database.host();
            Flyway.configure(getClass().getClassLoader())
                    .dataSource("jdbc:postgresql://" + host + ":" + database.port() + "/" + database.database(),
                            database.user(), database.password())
                    .locations(Schema.withDialect("PostgreSQL", Schema.LOCATION))
                    .placeholders(Schema.typesFor("PostgreSQL")).javaMigrations(new PackPrintsMigration())
                    .target("12").load().migrate();
            try (Connection c = TestPostgres.connect(database)) {
                writeVersionTwelveRows(c);
            }
            try (EventStore upgraded = PostgresEventStore.open(database, s -> { })) {
                checkKeptAndWritesAfter(upgraded);
            }
            try (Connection c = TestPostgres.connect(database)) {
                assertThat(hasTable(c, "event_participants")).isFalse();
            }
        } finally {
            TestPostgres.drop(database);
        }
    }

    /** Three events: two people and a country out of seq_no order in the table, one person, and none. */
    private static void writeVersionTwelveRows(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO sources (id, file_name, file_format, published_basis, sha256, body,"
                    + " imported_at) VALUES (1, 'a.txt', 'txt', 'UNKNOWN', 'sha-a', 'text', CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO entities (id, name, kind, title) VALUES (101, 'Mara Lind', 'PERSON', NULL),"
                    + " (102, 'Teo Varga', 'PERSON', 'Foreign Minister'), (103, 'Norland', 'COUNTRY', NULL)");
            s.executeUpdate("INSERT INTO events (id, event_type, title, start_day, last_day, span_days,"
                    + " date_precision, status) VALUES (10, 'MEETING', 'Meeting: Lind, Varga', DATE '2024-03-05',"
                    + " DATE '2024-03-05', 0, 'DAY', 'HELD'), (11, 'CALL', 'Call', DATE '2024-03-06',"
                    + " DATE '2024-03-06', 0, 'DAY', 'HELD'), (12, 'STATEMENT', 'Statement', NULL, NULL, NULL,"
                    + " 'UNKNOWN', 'HELD')");
            s.executeUpdate("INSERT INTO event_participants (event_id, seq_no, entity_id, participant_role, title)"
                    + " VALUES (10, 2, 103, 'ABSENT', NULL), (10, 0, 101, 'HOST', 'Prime Minister of Norland'),"
                    + " (10, 1, 102, 'ATTENDEE', NULL), (11, 0, 102, 'SPEAKER', 'Ministre des Affaires étrangères')");
            for (int event = 10; event <= 12; event++) {
                s.executeUpdate("INSERT INTO mentions (event_id, seq_no, source_id, start_offset, end_offset,"
                        + " sentence) VALUES (" + event + ", 0, 1, 0, 4, 'text')");
            }
        }
    }

    private static void checkKeptAndWritesAfter(EventStore store) {
        assertThat(people(store, 10)).containsExactly(
                new Participant("Mara Lind", EntityKind.PERSON, "Prime Minister of Norland", Role.HOST),
                new Participant("Teo Varga", EntityKind.PERSON, null, Role.ATTENDEE),
                new Participant("Norland", EntityKind.COUNTRY, null, Role.ABSENT));
        assertThat(people(store, 11)).containsExactly(
                new Participant("Teo Varga", EntityKind.PERSON, "Ministre des Affaires étrangères", Role.SPEAKER));
        assertThat(people(store, 12)).isEmpty();
        // read one by one, as a merge reads the event it picked
        assertThat(store.write(tx -> tx.event(10)).orElseThrow().participants()).isEqualTo(people(store, 10));
        // in a window, as the merge candidates and the timeline's reads ask
        List<Event> window = store.write(tx -> tx.candidates(LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 6)));
        assertThat(window).filteredOn(e -> e.id() == 11).singleElement().extracting(Event::participants)
                .isEqualTo(people(store, 11));
        // what a merge compares: who takes part, absent ones left out
        List<Event> outlines = store.write(tx -> tx.outlines());
        assertThat(outlines).filteredOn(e -> e.id() == 10).singleElement()
                .extracting(e -> e.participants().stream().map(Participant::name).toList())
                .isEqualTo(List.of("Mara Lind", "Teo Varga"));

        long added = store.write(tx -> tx.insertEvent(Fixtures.event(EventType.VISIT, "Visit",
                EventDate.day(LocalDate.of(2024, 4, 1)), 1,
                new Participant("Norland", EntityKind.COUNTRY, null, Role.HOST),
                new Participant("Ilse Moor", EntityKind.PERSON, "Envoy", Role.ATTENDEE))));
        assertThat(people(store, added)).extracting(p -> p.name() + "/" + p.kind() + "/" + p.title() + "/" + p.role())
                .containsExactly("Norland/COUNTRY/null/HOST", "Ilse Moor/PERSON/Envoy/ATTENDEE");
        assertThat(people(store, 10)).hasSize(3);
    }

    private static List<Participant> people(EventStore store, long id) {
        return store.events().stream().filter(e -> e.id() == id).findFirst().orElseThrow().participants();
    }

    private static boolean hasTable(Connection c, String name) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String spelled : List.of(name, name.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(null, null, spelled, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
