package parley.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --db DIR}, accepted before or after the command name. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Store folder (default: $PARLEY_DB, else the per-user data folder).")
    Path db;
}
