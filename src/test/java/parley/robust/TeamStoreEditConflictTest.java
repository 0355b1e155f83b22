package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.Parley;
import parley.domain.Event;
import parley.domain.EventChangedException;
import parley.domain.EventStatus;
import parley.domain.EventStore;
import parley.domain.EventType;
import parley.domain.Importer;
import parley.domain.Mention;
import parley.domain.StoreAddress;
import parley.extract.EventMerger;
import parley.review.EditHistory;
import parley.review.Review;
import parley.store.TestPostgres;

/**
 * Two Parley processes editing and importing the same event of a team store at once: this test's JVM is one analyst,
 * a child process running the command line is the other. A save made against the version the first analyst saw is
 * refused once the other saved, naming the other's login; an import that adds a sentence to the event while an edit
 * holds it waits for the edit, and both the edit and the sentence stay.
 */
class TeamStoreEditConflictTest {
    @TempDir
    Path temp;

    private StoreAddress.Server database;
    private String url;
    private Parley parley;

    @BeforeEach
    void importTheTalks() throws Exception {
        database = TestPostgres.freshStore();
        url = TestPostgres.url(database);
        parley = Parley.open(database);
        Path talks = Files.copy(fixture("talks.txt"), temp.resolve("talks.txt"));
        assertThat(parley.importer().importPaths(List.of(talks), Importer.Progress.NONE).describe())
                .startsWith("1 imported");
    }

    @AfterEach
    void drop() {
        if (parley != null) {
            parley.close();
        }
        if (database != null) {
            TestPostgres.drop(database);
        }
    }

    @Test
    void aStaleSaveIsRefusedInEitherProcessAndNamesTheOtherLogin() throws Exception {
        Event seen = call();
        Child moved = run("edit", "set-location", String.valueOf(seen.id()), "Chequers", "--if-version",
                String.valueOf(seen.version()));
        assertThat(moved.exit).as(moved.err).isZero();

        EditHistory mine = new EditHistory();
        Event changed = new Event(seen.id(), seen.type(), seen.title(), seen.date(), seen.derivation(), "Lancaster House",
                EventStatus.PLANNED, seen.participants(), seen.mentions(), seen.disagreements(), seen.confirmed(),
                seen.edited(), seen.version());
        assertThatThrownBy(() -> mine.perform(parley.review().update(seen.id(), changed)
                .expecting(Map.of(seen.id(), seen.version()))))
                .isInstanceOf(EventChangedException.class)
                .hasMessageContaining("This event was changed by ")
                .hasMessageContaining("(login " + database.user() + ")")
                .hasMessageEndingWith("; your change was not saved.");
        Event now = parley.store().event(seen.id()).orElseThrow();
        assertThat(now.location()).as("the other process's save stays").isEqualTo("Chequers");
        assertThat(now.status()).isEqualTo(seen.status());

        // The other way round: the child's save against the version both started from is refused too.
        Child stale = run("edit", "set-status", String.valueOf(seen.id()), "CANCELLED", "--if-version",
                String.valueOf(seen.version()));
        assertThat(stale.exit).isEqualTo(1);
        assertThat(stale.err).contains("This event was changed by").contains("your change was not saved.");
        Child json = run("events", "--json");
        assertThat(json.out).contains("\"location\" : \"Chequers\"").contains("\"version\" : " + now.version());
        assertThat(parley.store().event(seen.id()).orElseThrow().status()).isEqualTo(seen.status());
    }

    @Test
    void anImportWaitsForAnEditHoldingTheEventAndBothStay() throws Exception {
        Event seen = call();
        Path again = Files.copy(fixture("call-again.txt"), temp.resolve("call-again.txt"));
        Process[] importer = new Process[1];
        // The edit's transaction stays open, its row locked, until the other process's import is seen waiting on it.
        EventStore holding = holdingCommits(parley.store(), () -> {
            importer[0] = ChildParley.command(temp.resolve("import.err"), "--db", url, "import", again.toString())
                    .redirectOutput(temp.resolve("import.out").toFile()).start();
            awaitABackendWaitingOnALock();
        });
        Review review = new Review(holding, new EventMerger(), (source, date, basis, from) -> { });
        new EditHistory().perform(review.setLocation(seen.id(), "Chequers"));

        assertThat(importer[0].waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(temp.resolve("import.out"))).as(Files.readString(temp.resolve("import.err")))
                .contains("1 imported");
        long newSource = parley.store().sources().stream().mapToLong(s -> s.id()).max().orElseThrow();
        Event now = parley.store().event(seen.id()).orElseThrow();
        assertThat(now.location()).as("the edit stays").isEqualTo("Chequers");
        assertThat(now.mentions()).extracting(Mention::sourceId).as("the imported sentence stays").contains(newSource);
        assertThat(now.edited()).isTrue();
    }

    private Event call() {
        List<Event> calls = parley.store().events().stream().filter(e -> e.type() == EventType.CALL).toList();
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    /** The store, except that each write, its work done, runs {@code meanwhile} before it commits. */
    private static EventStore holdingCommits(EventStore store, Meanwhile meanwhile) {
        return (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(), new Class<?>[] {EventStore.class},
                (proxy, method, args) -> {
                    try {
                        if (method.getName().equals("write")) {
                            EventStore.Work<?> work = (EventStore.Work<?>) args[0];
                            return store.write(tx -> {
                                Object result = work.run(tx);
                                meanwhile.run();
                                return result;
                            });
                        }
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @FunctionalInterface
    private interface Meanwhile {
        void run() throws Exception;
    }

    /** Until another session of the test database waits for a lock (the import, on the edited event's row). */
    private void awaitABackendWaitingOnALock() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        StoreAddress.Server maintenance = TestPostgres.on(database, "postgres");
        try (Connection c = TestPostgres.connect(maintenance); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND wait_event_type = 'Lock'")) {
            ps.setString(1, database.database());
            while (System.nanoTime() < until) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the other process's import never waited for the edited event");
    }

    private record Child(int exit, String out, String err) {
    }

    private Child run(String... args) throws Exception {
        List<String> all = new java.util.ArrayList<>(List.of("--db", url));
        all.addAll(List.of(args));
        Path err = Files.createTempFile(temp, "child", ".err");
        Path out = Files.createTempFile(temp, "child", ".out");
        Process p = ChildParley.command(err, all.toArray(String[]::new)).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(TeamStoreEditConflictTest.class.getResource("/parley/review/" + name).toURI());
    }
}
