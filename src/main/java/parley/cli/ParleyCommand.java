package parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;

import parley.core.Parley;
import parley.core.StoreLocation;
import parley.domain.StoreAddress;
import parley.ui.ParleyApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley}: with no command, opens the window; otherwise runs a command on the store. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Diplomatic events from news articles, on a timeline with their evidence.%n"
                + "With no command, opens the desktop window; files or folders named after it are imported there "
                + "(\"Open with Parley\").",
        subcommands = {ImportCommand.class, SourcesCommand.class, EventsCommand.class, ExportPngCommand.class,
            ExportPdfCommand.class, ExportSvgCommand.class, EditCli.class, ReextractCommand.class,
            parley.bench.ScaleBenchmark.class, TimeMlCommand.class, ScoreCommand.class})
public final class ParleyCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Articles or folders to import into the window.")
    List<Path> files = List.of();

    @Spec
    CommandLine.Model.CommandSpec spec;

    /** Opens the window; replaced in tests so the command line is checked without a display. */
    static BiConsumer<StoreAddress, List<Path>> window = ParleyApp::launch;

    @Override
    public Integer call() {
        // A word that is neither a command nor an existing file is a typo, not something to open.
        for (Path f : files) {
            if (!Files.exists(f)) {
                spec.commandLine().getErr().println("parley: no such file or command: " + f);
                return 2;
            }
        }
        window.accept(StoreLocation.address(store.db), files.stream().map(Path::toAbsolutePath).toList());
        return 0;
    }

    /** Runs the command line and returns the exit status: 0 success, 1 partly failed, 2 bad usage. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ParleyCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("parley: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    /** Opens the store named by the command's or the parent's {@code --db}. */
    static Parley open(StoreOption own, ParleyCommand parent) {
        String db = own.db != null ? own.db : parent == null ? null : parent.store.db;
        return Parley.open(StoreLocation.address(db));
    }
}
