package parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import parley.timeml.Te3InputReader;
import parley.timeml.TimeMlDocument;
import parley.timeml.TimeMlWriter;
import parley.timeml.TimexAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley timeml}: TempEval-3 input files in, the same files with Parley's TIMEX3 tags out. */
@Command(name = "timeml", mixinStandardHelpOptions = true,
        description = "Tag time expressions in TempEval-3 input files (*.tml.TE3input) as TIMEX3; writes NAME.tml.")
final class TimeMlCommand implements Callable<Integer> {
    @Option(names = "--in", required = true, paramLabel = "DIR", description = "Folder of *.TE3input files.")
    Path in;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the tagged .tml files.")
    Path out;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!Files.isDirectory(in)) {
            stderr.println("parley timeml: no such folder: " + in);
            return 2;
        }
        List<Path> inputs;
        try (Stream<Path> s = Files.list(in)) {
            inputs = s.filter(p -> p.getFileName().toString().endsWith(Te3InputReader.SUFFIX)).sorted().toList();
        }
        Files.createDirectories(out);
        int failed = 0;
        int timexes = 0;
        for (Path f : inputs) {
            try {
                TimeMlDocument doc = Te3InputReader.read(f);
                var found = TimexAnnotator.annotate(doc.text(), doc.dct());
                Files.writeString(out.resolve(doc.name()), TimeMlWriter.write(doc, found), StandardCharsets.UTF_8);
                timexes += found.size();
            } catch (IOException | RuntimeException e) {
                failed++;
                stderr.println("parley timeml: " + f.getFileName() + ": " + e.getMessage());
            }
        }
        stdout.println((inputs.size() - failed) + " of " + inputs.size() + " files tagged, " + timexes
                + " time expressions, written to " + out);
        return failed == 0 ? 0 : 1;
    }
}
