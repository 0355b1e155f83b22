package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Event;
import parley.domain.EventStore;

class StoreLifecycleTest {
    @TempDir
    Path temp;

    @Test
    void dataSurvivesCloseAndReopen() {
        Path dir = temp.resolve("store");
        long sourceId;
        long eventId;
        try (EventStore store = H2EventStore.open(dir)) {
            sourceId = Fixtures.storeSource(store, "a", 1, LocalDate.of(2025, 8, 12), Set.of(11L, 12L));
            eventId = store.write(tx -> tx.insertEvent(
                    Fixtures.dayEvent("Meeting in Rome", LocalDate.of(2025, 8, 13), sourceId)));
        }
        try (EventStore store = H2EventStore.open(dir)) {
            assertThat(store.sources()).extracting(s -> s.id()).containsExactly(sourceId);
            assertThat(store.source(sourceId).orElseThrow().text()).startsWith("The foreign ministers of a");
            assertThat(store.containsSha(Fixtures.sha(1))).isTrue();
            assertThat(store.events()).extracting(Event::id, Event::title).containsExactly(
                    tuple(eventId, "Meeting in Rome"));
            assertThat(store.sourcesSharingSentences(Set.of(12L))).containsEntry(sourceId, 1);
        }
    }

    @Test
    void secondOpenOfTheSameFolderSaysSoPlainly() {
        Path dir = temp.resolve("store");
        try (EventStore first = H2EventStore.open(dir)) {
            assertThatThrownBy(() -> H2EventStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("The store in " + dir.toAbsolutePath() + " is already open in another Parley window or command.");
            // The failed attempt must not have disturbed the open store.
            assertThat(first.sources()).isEmpty();
        }
        try (EventStore again = H2EventStore.open(dir)) {
            assertThat(again.events()).isEmpty();
        }
    }

    @Test
    void storeHeldByAnotherProcessIsRefusedWithTheSameSentence() throws Exception {
        Path dir = temp.resolve("shared store");
        Process holder = holder(dir);
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the other process opened the store; its errors: %s",
                    Files.readString(temp.resolve("holder-errors.txt"))).isEqualTo("open 0");
            assertThatThrownBy(() -> H2EventStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("The store in " + dir.toAbsolutePath() + " is already open in another Parley window or command.")
                    .hasNoCause();
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (EventStore store = H2EventStore.open(dir)) {
            assertThat(store.sources()).isEmpty();
        }
    }

    @Test
    void aCommittedArticleSurvivesTheProcessBeingKilled() throws Exception {
        Path dir = temp.resolve("store");
        Process writer = holder(dir, Fixtures.sha(42));
        String line = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(line).as("the other process wrote; its errors: %s",
                Files.readString(temp.resolve("holder-errors.txt"))).isEqualTo("open 1");
        writer.destroyForcibly();
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (EventStore store = H2EventStore.open(dir)) {
            assertThat(store.containsSha(Fixtures.sha(42))).isTrue();
            assertThat(store.sourcesSharingSentences(Set.of(1L))).hasSize(1);
        }
    }

    private Process holder(Path dir, String... more) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                HoldStoreOpen.class.getName(), dir.toString()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectError(temp.resolve("holder-errors.txt").toFile()).start();
    }

    @Test
    void newFolderAndDatabaseFilesAreForTheOwnerOnly() throws Exception {
        Path dir = temp.resolve("nested").resolve("store");
        try (EventStore store = H2EventStore.open(dir)) {
            assertThat(Files.isDirectory(dir)).isTrue();
            if (StoreFolder.posix(dir)) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
                List<Path> files;
                try (var list = Files.list(dir)) {
                    files = list.toList();
                }
                assertThat(files).extracting(p -> p.getFileName().toString()).contains("parley.mv.db", "parley.lock");
                for (Path f : files) {
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                            .as(f.getFileName().toString()).isEqualTo("rw-------");
                }
            } else {
                assertThat(dir.resolve("parley.mv.db")).exists();
            }
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReportedNotCrashedOn() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> H2EventStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("it is a file, not a folder");
    }

    @Test
    void aClosedStoreRefusesWork() {
        EventStore store = H2EventStore.open(temp.resolve("store"));
        store.close();
        store.close();
        assertThatThrownBy(store::events).isInstanceOf(IllegalStateException.class).hasMessage("The store is closed.");
        assertThatThrownBy(() -> store.write(tx -> null)).isInstanceOf(IllegalStateException.class);
    }
}
