package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import parley.Main;
import parley.core.Parley;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Importer;
import parley.domain.StoreAddress;
import parley.store.TestPostgres;

/**
 * A window's model open on a team store follows what another Parley process imports and edits: within a couple of
 * seconds, without a restart, the new and changed events are shown and haloed like an import's.
 */
@ExtendWith(ApplicationExtension.class)
class TeamStoreLiveTest {
    @TempDir
    Path temp;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private StoreAddress.Server database;
    private Parley parley;
    private MainViewModel vm;

    @BeforeEach
    void open() throws Exception {
        database = TestPostgres.freshStore();
        parley = Parley.open(database);
        vm = new MainViewModel(parley.store(), parley.importer(), worker);
        vm.refresh();
        Settle.rounds(worker, 3);
        vm.followStoreChanges();
    }

    @AfterEach
    void close() throws Exception {
        vm.stopFollowing();
        Settle.shutdown(worker, parley);
        TestPostgres.drop(database);
    }

    @Test
    void anotherProcessesImportAndEditAppearWithAHalo() throws Exception {
        assertThat(vm.events()).isEmpty();
        Path talks = Files.copy(fixture("talks.txt"), temp.resolve("talks.txt"));
        child("import", talks.toString());
        List<Event> shown = awaitShown(2, 2);
        assertThat(shown).extracting(Event::type).containsExactly(EventType.CALL, EventType.SUMMIT);
        assertThat(vm.freshEventsProperty().get()).as("the imported events are haloed")
                .containsExactlyInAnyOrderElementsOf(shown.stream().map(Event::id).toList());
        long statusBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < statusBy && !vm.statusProperty().get().startsWith("2 events added")) {
            pump(); // the status line follows the events on the FX thread; a loaded machine may lag a round
        }
        assertThat(vm.statusProperty().get()).startsWith("2 events added or changed by ")
                .contains("(login " + database.user() + ")");

        Event call = shown.get(0);
        child("edit", "set-location", String.valueOf(call.id()), "Chequers");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < until && !"Chequers".equals(shownCall().location())) {
            pump();
        }
        assertThat(shownCall().location()).as("the other process's edit, within two seconds").isEqualTo("Chequers");
        pump();
        assertThat(vm.freshEventsProperty().get()).as("only the edited event is haloed").isEqualTo(Set.of(call.id()));
    }

    private Event shownCall() {
        return vm.events().stream().filter(e -> e.type() == EventType.CALL).findFirst().orElseThrow();
    }

    /** Waits (at most {@code seconds} after the other process ended) until the model shows this many events. */
    private List<Event> awaitShown(int count, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until && vm.events().size() < count) {
            pump();
        }
        pump();
        assertThat(vm.events()).as("shown within %s s of the other process's commit", seconds).hasSize(count);
        return List.copyOf(vm.events());
    }

    private void pump() throws Exception {
        Thread.sleep(50);
        Settle.rounds(worker, 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs the command line in a process of its own on the same team store, to its end. */
    private void child(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--db", TestPostgres.url(database)));
        command.addAll(List.of(args));
        Path err = Files.createTempFile(temp, "child", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile())
                .redirectOutput(Files.createTempFile(temp, "child", ".out").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    }

    private static Path fixture(String name) throws Exception {
        return Path.of(TeamStoreLiveTest.class.getResource("/parley/review/" + name).toURI());
    }
}
