package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import parley.SharedData;
import parley.domain.DateBasis;
import parley.domain.Importer;
import parley.domain.Source;
import parley.export.JsonExport;

/**
 * The specification by example: both seed articles, imported in either order into one store, give the events of
 * {@code ../shared/seeds/expected-events.json} as scored by the shared scorer, and the undated one is dated by
 * inference.
 */
class SeedsEndToEndTest {
    private static final String UNDATED = "000_325b66f23103642b.txt";
    private static final String DATED = "001_f663aefb1bc6d503.txt";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "undated first: {0}")
    @ValueSource(booleans = {true, false})
    void bothSeedsInEitherOrderGiveTheExpectedTimeline(boolean undatedFirst) throws Exception {
        Path seeds = SharedData.seeds();
        List<Path> order = undatedFirst ? List.of(seeds.resolve(UNDATED), seeds.resolve(DATED))
                : List.of(seeds.resolve(DATED), seeds.resolve(UNDATED));
        Path out = tmp.resolve("events.json");
        try (Parley parley = Parley.open(tmp.resolve("store"))) {
            for (Path p : order) {
                parley.importer().importPaths(List.of(p), Importer.Progress.NONE);
            }
            Source undated = parley.store().sources().stream().filter(s -> s.file().equals(UNDATED)).findFirst()
                    .orElseThrow();
            assertThat(undated.published()).isEqualTo(LocalDate.of(2025, 8, 12));
            assertThat(undated.publishedBasis()).isEqualTo(DateBasis.INFERRED);
            Files.writeString(out, JsonExport.write(parley.store().sources(), parley.store().events()));
        }

        Process scorer = new ProcessBuilder("python3", SharedData.path("tools/score_events.py").toString(),
                seeds.resolve("expected-events.json").toString(), out.toString(),
                "--min-recall", "1.0", "--min-precision", "0.9").redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes());
        assertThat(scorer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(scorer.exitValue()).as(report).isZero();
        assertThat(report).contains("event recall 1.00");
    }
}
