package parley.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;

import parley.core.Parley;
import parley.domain.Importer;
import parley.export.JsonExport;

/**
 * The regression guard of docs/extraction.md: the shared development corpus, imported as a user imports it, must
 * score no more than 0.02 below the recall and precision recorded there; and the project's scorer must agree with
 * the shared reference scorer on the same export.
 */
class DevCorpusGuardTest {
    private static final Pattern GUARD = Pattern.compile(
            "Regression guard: dev corpus recall (\\d\\.\\d\\d), precision (\\d\\.\\d\\d)");

    @Test
    void theDevCorpusScoresNoWorseThanRecorded(@TempDir Path dir) throws Exception {
        Path dev = Path.of("..", "shared", "corpus", "dev").toAbsolutePath().normalize();
        assertThat(dev.resolve("gold.json")).as("the shared dev corpus beside the project (../shared/corpus/dev); "
                + "this test needs it and does not skip").exists();
        List<Path> articles;
        try (Stream<Path> files = Files.list(dev)) {
            articles = files.filter(f -> f.getFileName().toString().matches("[a-z]\\d\\d\\.\\w+")).sorted().toList();
        }
        String json;
        try (Parley parley = Parley.open(dir.resolve("store"))) {
            parley.importer().importPaths(articles, Importer.Progress.NONE);
            json = JsonExport.write(parley.store().sources(), parley.store().events());
        }
        ScoreReport report = new EventScorer(Gold.read(dev.resolve("gold.json")), new ObjectMapper().readTree(json))
                .score();
        String ours = report.render(false);
        System.out.println(ours);

        Path export = dir.resolve("events.json");
        Files.writeString(export, json, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", dev.resolveSibling("..").resolve("tools/score_events.py")
                .normalize().toString(), dev.resolve("gold.json").toString(), export.toString())
                .redirectErrorStream(true).start();
        String reference = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String[] lines = reference.strip().split("\n");
        for (String line : List.of(lines[lines.length - 4], lines[lines.length - 3], lines[lines.length - 2],
                lines[lines.length - 1])) {
            assertThat(ours).as("the reference scorer's line").contains(line.strip());
        }

        Matcher m = GUARD.matcher(Files.readString(Path.of("docs", "extraction.md")));
        assertThat(m.find()).as("docs/extraction.md records the guard figures").isTrue();
        double recall = Double.parseDouble(m.group(1));
        double precision = Double.parseDouble(m.group(2));
        assertThat(report.recall()).as("dev corpus recall against the recorded " + recall)
                .isGreaterThanOrEqualTo(recall - 0.02);
        assertThat(report.precision()).as("dev corpus precision against the recorded " + precision)
                .isGreaterThanOrEqualTo(precision - 0.02);
    }
}
