package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.Parley;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Source;

/**
 * Bad files in one import, as an analyst's downloads folder holds them: each is named with its reason, and everything
 * else in the same import goes in. (What the reader says about each kind of file is tested in parley.ingest; these
 * tests are about the import as a whole.)
 */
class ImportBadFilesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
            'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    @TempDir
    Path temp;

    @Test
    void badFilesAreNamedWithTheirReasonAndTheRestOfTheImportGoesIn() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("downloads"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("photo.txt"), PNG);
        Files.write(folder.resolve("program.txt"), elf());
        Files.writeString(folder.resolve("blank.md"), "   \n\n\t \n");
        List<String> good = List.of("with spaces in the name.txt", "quote ' and \" in the name.txt",
                "Пресс-релиз 北京 مؤتمر.txt", "sql '); DROP TABLE sources; --.txt");
        for (int i = 0; i < good.size(); i++) {
            Files.writeString(folder.resolve(good.get(i)), GeneratedArticles.text(i), StandardCharsets.UTF_8);
        }

        List<String> lines = new ArrayList<>();
        try (Parley parley = Parley.open(temp.resolve("store"))) {
            ImportSummary summary = parley.importer().importPaths(List.of(folder), new Importer.Progress() {
                @Override
                public void fileDone(int done, int total, FileOutcome outcome) {
                    lines.add(outcome.describe());
                }
            });
            Map<String, FileOutcome> byName = byName(summary);
            assertThat(byName.get("empty.txt").reason()).isEqualTo("empty file");
            assertThat(byName.get("photo.txt").reason()).contains("image");
            assertThat(byName.get("program.txt").reason()).containsIgnoringCase("program");
            assertThat(byName.get("blank.md").reason()).contains("no text");
            assertThat(summary.count(FileOutcome.Kind.FAILED)).isEqualTo(4);
            assertThat(lines).contains("failed    empty.txt: empty file");

            for (String name : good) {
                assertThat(byName.get(name).kind()).as(name).isEqualTo(FileOutcome.Kind.IMPORTED);
                assertThat(byName.get(name).events()).as(name).isPositive();
            }
            assertThat(parley.store().sources()).extracting(Source::file).containsExactlyInAnyOrderElementsOf(good);
            assertThat(parley.store().events()).isNotEmpty();
            assertThat(summary.describe()).isEqualTo("4 imported, 0 duplicate, 4 failed");
        }
    }

    @Test
    void aFileDeletedWhileTheImportRunsIsNamedAndTheOthersGoIn() throws Exception {
        Path folder = temp.resolve("articles");
        // Files are read a few ahead of storing: delete one far enough ahead that it has not been read yet.
        List<Path> files = GeneratedArticles.write(folder, 20);
        try (Parley parley = Parley.open(temp.resolve("store"))) {
            ImportSummary summary = parley.importer().importPaths(List.of(folder), new Importer.Progress() {
                private boolean deleted;

                // Asked before each file is stored (progress comes per commit group, too late for this): the
                // first ask comes after the folder was listed and before any file is read.
                @Override
                public boolean cancelled() {
                    if (!deleted) {
                        deleted = true;
                        delete(files.get(19));
                    }
                    return false;
                }
            });
            Map<String, FileOutcome> byName = byName(summary);
            assertThat(byName.get("art00019.txt").kind()).isEqualTo(FileOutcome.Kind.FAILED);
            assertThat(byName.get("art00019.txt").describe()).isEqualTo("failed    art00019.txt: cannot be read: the file no longer exists");
            assertThat(summary.count(FileOutcome.Kind.IMPORTED)).isEqualTo(19);
            assertThat(parley.store().sources()).hasSize(19);
        }
    }

    @Test
    void largeFilesAreRefusedWithTheLimitWithoutReadingThem() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("large"));
        Path fifty = folder.resolve("fifty.txt");
        String line = "The talks went on all night and no statement was issued by either side. ";
        try (var out = Files.newBufferedWriter(fifty, StandardCharsets.UTF_8)) {
            for (long written = 0; written < 50L << 20; written += line.length()) {
                out.write(line);
            }
        }
        Path sparse = folder.resolve("five-hundred.txt");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(500L << 20); // sparse: takes no disk space
        }
        GeneratedArticles.write(folder, 1);

        long heapBefore = usedHeap();
        try (Parley parley = Parley.open(temp.resolve("store"))) {
            ImportSummary summary = parley.importer().importPaths(List.of(folder), Importer.Progress.NONE);
            Map<String, FileOutcome> byName = byName(summary);
            assertThat(byName.get("fifty.txt").describe()).isEqualTo("failed    fifty.txt: too large (50 MB; the"
                    + " limit is 20 MB)");
            assertThat(byName.get("five-hundred.txt").reason()).isEqualTo("too large (500 MB; the limit is 20 MB)");
            assertThat(byName.get("art00000.txt").kind()).isEqualTo(FileOutcome.Kind.IMPORTED);
        }
        assertThat(usedHeap() - heapBefore).as("neither file was read into memory").isLessThan(40L << 20);
    }

    @Test
    void tenThousandTinyFilesAllGoIn() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("tiny"));
        int count = 10_000;
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve(String.format("note%05d.txt", i)),
                    "Note " + i + ": the delegation arrived and the talks continue.\n");
        }
        long start = System.nanoTime();
        try (Parley parley = Parley.open(temp.resolve("store"))) {
            ImportSummary summary = parley.importer().importPaths(List.of(folder), Importer.Progress.NONE);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("10,000 tiny files imported in %d ms (%.0f files/s)%n", ms, count * 1000.0 / ms);
            assertThat(summary.count(FileOutcome.Kind.IMPORTED)).isEqualTo(count);
            assertThat(parley.store().sources()).hasSize(count);
        }
    }

    private static Map<String, FileOutcome> byName(ImportSummary summary) {
        return summary.outcomes().stream().collect(Collectors.toMap(o -> o.file().getFileName().toString(),
                Function.identity()));
    }

    private static byte[] elf() {
        byte[] b = new byte[256];
        b[0] = 0x7f;
        b[1] = 'E';
        b[2] = 'L';
        b[3] = 'F';
        b[4] = 2;
        b[5] = 1;
        b[6] = 1;
        return b;
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
