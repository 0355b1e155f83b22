package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import parley.core.Parley;
import parley.domain.FileOutcome;
import parley.domain.Importer;
import parley.store.HoldStoreOpen;

/**
 * Decision: one Parley per store. A second window or command on a store that is open gets one plain sentence and
 * exit status 1 — no stack trace, no server mode, nothing written. Tested with two real processes.
 */
class SecondParleyTest {
    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aSecondCommandOnAnOpenStoreGetsOneLineAndExitOneAndTheStoreIsUnharmed() throws Exception {
        Path db = temp.resolve("store");
        Path folder = temp.resolve("articles");
        GeneratedArticles.write(folder, 3);
        try (Parley first = Parley.open(db)) {
            assertThat(first.importer().importPaths(List.of(folder), Importer.Progress.NONE)
                    .count(FileOutcome.Kind.IMPORTED)).isEqualTo(3);
        }

        // The first Parley holds the store open until its input closes, as an open window does.
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStoreOpen.class.getName(), db.toString())
                .redirectError(temp.resolve("holder-errors.txt").toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("the first Parley opened the store; its errors: %s",
                    Files.readString(temp.resolve("holder-errors.txt"))).isEqualTo("open 3");

            for (List<String> args : List.of(List.of("import", folder.toString()), List.of("sources"),
                    List.of("events", "--json"))) {
                Path errors = temp.resolve("second-errors.txt");
                Process second = ChildParley.command(errors, concat("--db", db.toString(), args))
                        .redirectOutput(temp.resolve("second-out.txt").toFile()).start();
                assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(second.exitValue()).as("exit status of %s", args).isEqualTo(1);
                assertThat(Files.readString(errors, StandardCharsets.UTF_8)).as("what %s printed", args)
                        .isEqualTo("parley: The store in " + db.toAbsolutePath() + " is already open in another"
                                + " Parley window or command." + System.lineSeparator());
                assertThat(Files.readString(temp.resolve("second-out.txt"))).isEmpty();
            }
            assertThat(holder.isAlive()).as("the first Parley held the store all along").isTrue();
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Parley again = Parley.open(db)) {
            assertThat(again.store().sources()).hasSize(3);
            assertThat(again.importer().importPaths(List.of(folder), Importer.Progress.NONE)
                    .count(FileOutcome.Kind.DUPLICATE)).isEqualTo(3);
        }
    }

    private static String[] concat(String a, String b, List<String> rest) {
        String[] all = new String[rest.size() + 2];
        all[0] = a;
        all[1] = b;
        for (int i = 0; i < rest.size(); i++) {
            all[i + 2] = rest.get(i);
        }
        return all;
    }
}
