package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import parley.Main;
import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.EventStore;
import parley.domain.StoreChange;
import parley.domain.StoreAddress;

/**
 * The store's change feed, which the window follows: another process's commit is heard (at once through LISTEN/NOTIFY
 * on PostgreSQL, by polling the revision counter without it), this process's own writes are not.
 */
class ChangeFeedTest {
    @TempDir
    Path temp;

    @Test
    void anotherProcessesImportIsHeardAtOnceWithItsLoginAndOwnWritesAreNot() throws Exception {
        StoreAddress.Server database = TestPostgres.freshStore();
        try (EventStore store = PostgresEventStore.open(database, s -> { })) {
            BlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable feed = store.onChange(heard::add)) {
                ownWrite(store);
                assertThat(heard.poll(3 * ChangeFeed.POLL_MILLIS, TimeUnit.MILLISECONDS))
                        .as("this process's own write").isNull();

                Process child = importInAnotherProcess(database);
                assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as(Files.readString(temp.resolve("child.err"))).isZero();
                // The import committed before its process ended: heard by then, or within a second of it.
                StoreChange change = heard.poll(1, TimeUnit.SECONDS);
                assertThat(change).as("the other process's import was heard").isNotNull();
                assertThat(change.by()).as("NOTIFY says who").endsWith("(login " + database.user() + ")");
            }
        } finally {
            TestPostgres.drop(database);
        }
    }

    @Test
    void withoutListeningTheRevisionIsPolled() throws Exception {
        StoreAddress.Server database = TestPostgres.freshStore();
        try {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setServerNames(new String[] {database.host()});
            ds.setPortNumbers(new int[] {database.port()});
            ds.setDatabaseName(database.database());
            ds.setUser(database.user());
            ds.setPassword(database.password());
            ChangeFeed feed = new ChangeFeed(ds, null, 200);
            BlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
            feed.subscribe(heard::add);
            try {
                Thread.sleep(500);
                Process child = importInAnotherProcess(database);
                assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as(Files.readString(temp.resolve("child.err"))).isZero();
                StoreChange change = heard.poll(2, TimeUnit.SECONDS);
                assertThat(change).as("heard by polling within two seconds of the commit").isNotNull();
                assertThat(change.by()).as("polling cannot say who").isNull();
                assertThat(change.revision()).isPositive();
            } finally {
                feed.close();
            }
        } finally {
            TestPostgres.drop(database);
        }
    }

    /** On H2 only this process writes, but the counter works the same: a write from outside the store is heard. */
    @Test
    void theEmbeddedStoreCountsItsWritesTheSameWay() throws Exception {
        Path folder = temp.resolve("h2");
        try (EventStore store = H2EventStore.open(folder)) {
            BlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
            try (AutoCloseable feed = store.onChange(heard::add)) {
                ownWrite(store);
                assertThat(heard.poll(3 * ChangeFeed.POLL_MILLIS, TimeUnit.MILLISECONDS)).isNull();
                try (Connection c = H2EventStore.connect(folder.toAbsolutePath().normalize());
                     Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE store_revision SET revision = revision + 1 WHERE id = 1");
                }
                StoreChange change = heard.poll(3 * ChangeFeed.POLL_MILLIS, TimeUnit.MILLISECONDS);
                assertThat(change).isNotNull();
                assertThat(change.revision()).isEqualTo(2);
            }
        }
    }

    private static void ownWrite(EventStore store) {
        store.write(tx -> {
            tx.upsertEntities(List.of(new Entity(0, "Ruritania", EntityKind.COUNTRY, null, List.of())));
            return null;
        });
    }

    private Process importInAnotherProcess(StoreAddress.Server database) throws Exception {
        Path article = Files.copy(Path.of(getClass().getResource("/parley/review/talks.txt").toURI()),
                temp.resolve("talks.txt"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--db", TestPostgres.url(database),
                "import", article.toString()));
        return new ProcessBuilder(command).redirectError(temp.resolve("child.err").toFile())
                .redirectOutput(temp.resolve("child.out").toFile()).start();
    }
}
