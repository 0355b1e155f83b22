package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import parley.domain.StoreAddress;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley FILE...} opens the window on the store and hands it the files to import. */
class OpenWithParleyTest {
    @TempDir
    Path tmp;

    private final List<StoreAddress> stores = new ArrayList<>();
    private final List<List<Path>> opened = new ArrayList<>();
    private BiConsumer<StoreAddress, List<Path>> real;

    @BeforeEach
    void recordInsteadOfOpening() {
        real = ParleyCommand.window;
        ParleyCommand.window = (store, files) -> {
            stores.add(store);
            opened.add(files);
        };
    }

    @AfterEach
    void restore() {
        ParleyCommand.window = real;
    }

    @Test
    void filesAfterTheCommandAreOpenedInTheWindow() throws Exception {
        Path a = Files.writeString(tmp.resolve("a.txt"), "One article.");
        Path folder = Files.createDirectories(tmp.resolve("more"));
        CliRun run = CliRun.of("--db", tmp.resolve("store").toString(), a.toString(), folder.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(stores).containsExactly(new StoreAddress.Folder(tmp.resolve("store").toAbsolutePath()));
        assertThat(opened).containsExactly(List.of(a.toAbsolutePath(), folder.toAbsolutePath()));
    }

    @Test
    void aPostgresqlUrlOpensTheWindowOnATeamStore() {
        CliRun run = CliRun.of("--db", "postgresql://ana@db.example/desk?sslmode=require");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(stores).containsExactly(new StoreAddress.Server("db.example", 5432, "desk", "ana", null,
                java.util.Map.of("sslmode", "require")));
    }

    @Test
    void aMalformedStoreUrlIsACommandLineError() {
        CliRun run = CliRun.of("--db", "postgresql://secret:hunter2@db.example");
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("names no database").doesNotContain("hunter2");
        assertThat(stores).isEmpty();
    }

    @Test
    void noFilesOpensTheWindowEmptyHanded() {
        CliRun run = CliRun.of("--db", tmp.resolve("store").toString());
        assertThat(run.status()).isZero();
        assertThat(opened).containsExactly(List.of());
    }

    @Test
    void aMissingFileIsATypoNotAWindow() {
        CliRun run = CliRun.of("--db", tmp.resolve("store").toString(), "frobnicate");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no such file or command: frobnicate");
        assertThat(opened).isEmpty();
    }

    @Test
    void commandsStillWinOverFiles() throws Exception {
        CliRun run = CliRun.of("--db", tmp.resolve("store").toString(), "sources");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(opened).isEmpty();
    }
}
