package parley.cli;

import picocli.CommandLine.Option;

/** {@code --db DIR|URL}, accepted before or after the command name; parsed into a store address where used. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR|URL",
            description = "Store folder, or a team store on PostgreSQL: postgresql://[user@]host[:port]/database"
                    + "[?sslmode=…] (default: $PARLEY_DB, else the per-user data folder).")
    String db;
}
