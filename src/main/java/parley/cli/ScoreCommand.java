package parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.core.Parley;
import parley.domain.FileOutcome;
import parley.domain.Importer;
import parley.export.JsonExport;
import parley.score.EventScorer;
import parley.score.Gold;
import parley.score.ScoreReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code parley score --gold GOLD.json [FILE...]}: imports the files into a fresh store of its own (deleted
 * afterwards), exports the events and scores them against the gold, article by article; with no files it scores
 * {@code --export FILE} or the store itself.
 */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score extraction against a labelled gold file (recall, precision, misses and extras per "
                + "article, publication date, publisher, author).")
final class ScoreCommand implements Callable<Integer> {
    @ParentCommand
    ParleyCommand parent;
    @Mixin
    StoreOption store;
    @Spec
    CommandSpec spec;
    @Option(names = "--gold", required = true, paramLabel = "GOLD.json", description = "The labelled events.")
    Path gold;
    @Option(names = "--export", paramLabel = "EVENTS.json", description = "Score this events --json export.")
    Path export;
    @Option(names = "--details", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "List every miss and extra per article (default); --no-details prints the table only.")
    boolean details;
    @Option(names = "--min-recall", paramLabel = "R", defaultValue = "0", description = "Exit 1 below this recall.")
    double minRecall;
    @Option(names = "--min-precision", paramLabel = "P", defaultValue = "0",
            description = "Exit 1 below this precision.")
    double minPrecision;
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Articles or folders to import and score.")
    List<Path> files = List.of();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!files.isEmpty() && export != null) {
            spec.commandLine().getErr().println("parley score: give FILEs or --export, not both");
            return 2;
        }
        Gold labels = Gold.read(gold);
        JsonNode exported = new ObjectMapper().readTree(files.isEmpty() ? exportedJson() : importFresh(out));
        if (!files.isEmpty()) {
            Set<String> names = new HashSet<>();
            exported.path("sources").forEach(s -> names.add(Path.of(s.path("file").asText("x")).getFileName()
                    .toString()));
            files.stream().filter(Files::isRegularFile).forEach(f -> names.add(f.getFileName().toString()));
            labels = labels.only(names);
        }
        ScoreReport report = new EventScorer(labels, exported).score();
        out.print(report.render(details));
        out.flush();
        return report.recall() >= minRecall && report.precision() >= minPrecision ? 0 : 1;
    }

    private String exportedJson() throws IOException {
        if (export != null) {
            return Files.readString(export);
        }
        try (Parley parley = ParleyCommand.open(store, parent)) {
            return JsonExport.write(parley.store().sources(), parley.store().events());
        }
    }

    /** Imports the files into a throwaway store, so nothing the analyst keeps is touched or counted. */
    private String importFresh(PrintWriter out) throws IOException {
        Path dir = Files.createTempDirectory("parley-score");
        try (Parley parley = Parley.open(dir.resolve("store"))) {
            parley.importer().importPaths(files, new Importer.Progress() {
                @Override
                public void fileDone(int done, int total, FileOutcome outcome) {
                    if (outcome.kind() == FileOutcome.Kind.FAILED) {
                        out.println(outcome.describe());
                    }
                }
            });
            return JsonExport.write(parley.store().sources(), parley.store().events());
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
