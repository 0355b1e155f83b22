package parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the benchmark on tiny numbers: every row is printed with a figure (times are never asserted). */
class ScaleBenchmarkTest {

    @Test
    void aQuickRunPrintsEveryMeasureNextToItsTarget(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path work = dir.resolve("work");
        ResultTable table = ScaleBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--quick",
                "--articles", "6", "--events", "300", "--frames", "3", "--work", work.toString());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table.rows()).extracting(ResultTable.Row::measure).containsExactly(
                "extraction alone, 1 thread (ms/article)",
                "import end to end (files → extraction → H2)",
                "import CPU per article (storing thread / whole process)",
                "import efficiency (articles/s ÷ what the cores extract alone)",
                "imported store on disk",
                "re-extract all (every stored source, one transaction)",
                "synthetic store written (port, batches of 1,000 events)",
                "store on disk, mentions and source texts included",
                "timeline rows read from the tables and packed (a window's first read after a change)",
                "launch to first full frame, 300 events",
                "search covers the sentences",
                "frame while zooming/panning, 10 years in view",
                "frame while zooming/panning, 1 year in view",
                "frame while zooming/panning, 1 month in view",
                "frame while zooming/panning, 1 week in view",
                "frame while zooming/panning, 1 day in view",
                "frame rendered to pixels (snapshot), 10 years in view",
                "live heap after a full GC, 300 events in the window",
                "peak heap, 300 events loaded and drawn",
                "export PNG 3,840×2,160",
                "export PNG 20,000×2,000",
                "export PDF 3,840×2,160",
                "export SVG 3,840×2,160",
                "peak heap, including the PNG exports");
        for (ResultTable.Row row : table.rows()) {
            assertThat(out).contains(row.measure()).contains(row.figure());
            assertThat(row.figure()).isNotBlank();
        }
        assertThat(table.rows()).filteredOn(r -> !r.target().isEmpty()).hasSize(15)
                .allSatisfy(r -> assertThat(r.met()).isNotNull());
        assertThat(out).contains("| measure").contains("6 articles, 300 events");
        assertThat(table.rows().get(1).figure()).contains("6 in").contains("0 failed");
        assertThat(Files.size(work.resolve("export-3840x2160.png"))).isPositive();
        assertThat(Files.size(work.resolve("export-3840x2160.pdf"))).isPositive();
        assertThat(Files.size(work.resolve("export-3840x2160.svg"))).isPositive();
    }

    @Test
    void onlyImportMeasuresTheImportRowsAndNothingElse(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultTable table = ScaleBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--only",
                "extraction,import", "--articles", "5", "--work", dir.resolve("work").toString());
        assertThat(table.rows()).extracting(ResultTable.Row::measure).containsExactly(
                "extraction alone, 1 thread (ms/article)",
                "import end to end (files → extraction → H2)",
                "import CPU per article (storing thread / whole process)",
                "import efficiency (articles/s ÷ what the cores extract alone)",
                "imported store on disk",
                "re-extract all (every stored source, one transaction)");
        assertThat(table.rows().get(1).figure()).contains("5 in").contains("0 failed");
        assertThat(table.rows().get(2).figure()).matches(
                "\\d+\\.\\d\\d ms / \\d+\\.\\d\\d ms, of which the JIT compilers \\d+\\.\\d\\d ms .*");
        assertThat(table.rows().get(3).figure()).matches("\\d+\\.\\d\\d: \\d+ articles/s ÷ \\(\\d+ cores × 1000 / .*");
        // Extracting the same articles again gives the same events: as many after as the import stored.
        assertThat(table.rows().get(5).figure()).matches("\\d+ sources/s: 5 in .* (\\d+) events after, \\1 before");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("launch to first full frame");
    }

    @Test
    void onlyRunsThePartsAskedForAndReusesAKeptStore(@TempDir Path dir) {
        Path work = dir.resolve("work");
        ResultTable stored = ScaleBenchmark.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), "--events", "200", "--only", "store", "--work", work.toString());
        assertThat(stored.rows()).extracting(ResultTable.Row::measure).containsExactly(
                "synthetic store written (port, batches of 1,000 events)",
                "store on disk, mentions and source texts included",
                "timeline rows read from the tables and packed (a window's first read after a change)");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ResultTable exported = ScaleBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                "--events", "200", "--only", "export", "--work", work.toString());
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Reusing the large store");
        assertThat(exported.rows()).extracting(ResultTable.Row::measure).containsExactly(
                "launch to first full frame, 200 events",
                "search covers the sentences",
                "live heap after a full GC, 200 events in the window",
                "peak heap, 200 events loaded and drawn",
                "export PNG 3,840×2,160",
                "export PNG 20,000×2,000",
                "export PDF 3,840×2,160",
                "export SVG 3,840×2,160",
                "peak heap, including the PNG exports");
    }

    @Test
    void theWholeWindowsLaunchIsMeasuredOnlyWhenNamed(@TempDir Path dir) {
        Path work = dir.resolve("work");
        ResultTable table = ScaleBenchmark.run(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), "--events", "200", "--only", "store,window", "--work", work.toString());
        assertThat(table.rows()).extracting(ResultTable.Row::measure)
                .contains("launch of the whole window to its first complete frame, 200 events")
                .noneMatch(m -> m.startsWith("launch to first full frame"));
        ResultTable.Row window = table.rows().stream().filter(r -> r.measure().startsWith("launch of the whole"))
                .findFirst().orElseThrow();
        // the window listed what the store holds: participants and sources, not an empty desk
        assertThat(window.figure()).containsPattern("[1-9][0-9,]* participants and [1-9][0-9,]* sources listed");
    }

    @Test
    void withDbTheLargeStoreIsATeamStoreAndLaunchIsMeasuredOnIt(@TempDir Path dir) {
        parley.domain.StoreAddress.Server database = parley.store.TestPostgres.freshStore();
        try {
            String url = parley.store.TestPostgres.url(database);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ResultTable table = ScaleBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), "--events",
                    "200", "--frames", "5", "--only", "store,launch", "--db", url, "--work", dir.toString());
            assertThat(table.rows()).extracting(ResultTable.Row::measure).startsWith(
                    "synthetic store written into " + database.display(),
                    "timeline rows read from the tables and packed (a window's first read after a change)",
                    "launch to first full frame, 200 events (team store on PostgreSQL)");
            assertThat(table.rows().get(0).figure()).startsWith("200 events, ");
            assertThat(table.rows()).extracting(ResultTable.Row::measure)
                    .contains("frame while zooming/panning, 10 years in view");
            // A store already holding events is not written into again.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScaleBenchmark.run(new PrintStream(
                    new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), "--events", "200", "--only", "store",
                    "--db", url, "--work", dir.toString()))
                    .hasMessageContaining("--db names a store that holds events already");
        } finally {
            parley.store.TestPostgres.drop(database);
        }
    }
}
