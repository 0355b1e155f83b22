package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileCollectorTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreWalkedRecursivelyInAStableOrderSkippingHiddenFiles() throws Exception {
        Files.createDirectories(dir.resolve("b/inner"));
        Files.writeString(dir.resolve("b/inner/z.txt"), "z");
        Files.writeString(dir.resolve("a.html"), "a");
        Files.writeString(dir.resolve("notes.json"), "{}");
        Files.writeString(dir.resolve("README"), "no extension: the reader sniffs it");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/config"), "x");

        FileCollector.Collected c = FileCollector.collect(List.of(dir));

        assertThat(c.files()).containsExactly(dir.resolve("README"), dir.resolve("a.html"), dir.resolve("b/inner/z.txt"));
        assertThat(c.skipped()).containsExactly(dir.resolve("notes.json"));
        assertThat(c.problems()).isEmpty();
    }

    @Test
    void aSymbolicLinkLoopDoesNotTrapTheWalk() throws Exception {
        Files.createDirectories(dir.resolve("news"));
        Files.writeString(dir.resolve("news/one.txt"), "one");
        Files.createSymbolicLink(dir.resolve("news/loop"), dir);

        FileCollector.Collected c = FileCollector.collect(List.of(dir));

        assertThat(c.files()).containsExactly(dir.resolve("news/one.txt"));
    }

    @Test
    void aMissingPathIsReportedNotThrown() {
        Path missing = dir.resolve("nope.txt");
        FileCollector.Collected c = FileCollector.collect(List.of(missing));
        assertThat(c.files()).isEmpty();
        assertThat(c.problems()).containsEntry(missing, "no such file or folder");
    }
}
