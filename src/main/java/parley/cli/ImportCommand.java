package parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import parley.core.Parley;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code parley import PATH...}: one line per file; exit 0 when all went in, 1 when some failed. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import articles (.txt, .md, .html, .pdf, .eml); folders are searched recursively.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    ParleyCommand parent;
    @Mixin
    StoreOption store;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProgressBar bar = new ProgressBar(System.console() != null ? spec.commandLine().getErr() : null);
        try (Parley parley = ParleyCommand.open(store, parent)) {
            ImportSummary summary = parley.importer().importPaths(paths, new Importer.Progress() {
                @Override
                public void fileDone(int done, int total, FileOutcome outcome) {
                    bar.clear();
                    out.println(outcome.describe());
                    bar.show(done, total);
                }
            });
            bar.clear();
            out.println(summary.describe());
            // The next launch then reads the packed rows instead of every table (issue 17: launch at 100,000 events).
            parley.store().keepTimelineReady();
            return summary.count(FileOutcome.Kind.FAILED) == 0 ? 0 : 1;
        }
    }

    /** A one-line bar on the terminal's error stream; nothing when output is not a terminal. */
    private static final class ProgressBar {
        private final PrintWriter term;

        ProgressBar(PrintWriter term) {
            this.term = term;
        }

        void show(int done, int total) {
            if (term != null && total > 0) {
                int filled = done * 30 / total;
                term.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + done + "/" + total);
                term.flush();
            }
        }

        void clear() {
            if (term != null) {
                term.print("\r" + " ".repeat(50) + "\r");
                term.flush();
            }
        }
    }
}
