package parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Creates and upgrades the schema with the versioned migrations in {@code db/migration}.
 *
 * <p>Before changing anything it looks at the store's schema history: a store written by a newer Parley (a version
 * this build does not know) or one whose upgrade failed part-way is refused and left as it is — Flyway on its own
 * would open the first silently. An existing store that needs an upgrade is first copied by the caller's backup.
 */
final class Schema {
    static final String LOCATION = "classpath:db/migration";
    /**
     * Migrations only one database can run, in {@code db/dialect/h2} or {@code db/dialect/postgresql}, read beside
     * {@link #LOCATION}. Version numbers are shared: each is used once across all the folders, so both stores agree
     * on what "newer" means.
     */
    static final String DIALECT_FOLDER = "db/dialect/";

    private Schema() {
    }

    /** What to do once, before an existing store is upgraded from {@code fromVersion}; returns what to call the copy. */
    @FunctionalInterface
    interface BeforeUpgrade {
        String backup(String fromVersion);
    }

    /**
     * Refuses a store this build must not touch (newer, or with a failed upgrade), changing nothing: the caller opens
     * the database read-only for this look.
     */
    static void check(DataSource readOnly, String storeName, String... locations) {
        if (upToDate(readOnly, locations)) {
            return;
        }
        try {
            refuseNewerOrBroken(configure(readOnly, locations).info(), storeName, isServer(readOnly));
        } catch (FlywayException e) {
            throw new StoreException("The tables of " + storeName + " could not be read: " + e.getMessage(), e);
        }
    }

    private static Flyway configure(DataSource dataSource, String... locations) {
        String product = productName(dataSource);
        return Flyway.configure(Schema.class.getClassLoader())
                .dataSource(dataSource)
                .loggers(FlywayLog.class.getName())
                .locations(withDialect(product, locations))
                .placeholders(typesFor(product))
                .javaMigrations(javaMigrations())
                .load();
    }

    /** The locations plus the dialect's own folder, when the build has one (Flyway warns about a missing folder). */
    static String[] withDialect(String productName, String... locations) {
        String folder = DIALECT_FOLDER + dialect(productName);
        if (Schema.class.getClassLoader().getResource(folder) == null) {
            return locations;
        }
        String[] all = java.util.Arrays.copyOf(locations, locations.length + 1);
        all[locations.length] = "classpath:" + folder;
        return all;
    }

    /** "h2" or "postgresql": the name of the dialect folder. */
    static String dialect(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return "h2";
        }
        if (product.contains("postgres")) {
            return "postgresql";
        }
        throw new StoreException("Parley cannot keep its store in " + productName + " (H2 and PostgreSQL work).");
    }

    /** Brings the database up to the newest schema (creating it in an empty database). */
    static void migrate(DataSource dataSource) {
        migrate(dataSource, "the store", from -> null, LOCATION);
    }

    /**
     * @param storeName what the messages call the store ("the store in /home/a/parley")
     * @param locations where the migrations are (tests add their own to simulate an upgrade)
     */
    static void migrate(DataSource dataSource, String storeName, BeforeUpgrade beforeUpgrade, String... locations) {
        if (upToDate(dataSource, locations)) {
            return;
        }
        String backup = null;
        try {
            Flyway flyway = configure(dataSource, locations);
            MigrationInfoService info = flyway.info();
            refuseNewerOrBroken(info, storeName, isServer(dataSource));
            MigrationInfo[] applied = info.applied();
            if (info.pending().length == 0) {
                // Nothing to do, and nothing asked of the database: an analyst's role may not change the schema.
                return;
            }
            if (applied.length > 0) {
                backup = beforeUpgrade.backup(info.current().getVersion().getVersion());
            }
            flyway.migrate();
            emptyTimelineCache(dataSource);
        } catch (FlywayException e) {
            throw new StoreException("The tables of " + storeName + " could not be created or upgraded: "
                    + e.getMessage() + (backup == null ? "" : " A copy from before the upgrade is in " + backup
                    + " beside it.") + (notAllowed(e) ? " This login may not change the schema: the store's admin"
                    + " opens it once with this Parley (as the role that owns the schema) to create or upgrade it."
                    : ""), e);
        }
    }

    /**
     * The versions of this build's migrations, portable ones and each dialect's own; the fast path of
     * {@link #upToDate} trusts this list, and {@code SchemaTest} checks it against the migrations Flyway finds.
     */
    static final List<String> PORTABLE_VERSIONS = List.of("1", "2", "3", "4", "5", "8", "9", "10", "11", "12", "13");

    /** The migrations written in Java (packing rows into one value has no portable SQL). */
    static org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
        return new org.flywaydb.core.api.migration.JavaMigration[] {new PackPrintsMigration(),
            new PackParticipantsMigration()};
    }
    static final Map<String, List<String>> DIALECT_VERSIONS = Map.of("h2", List.of(), "postgresql", List.of("6", "7"));

    /**
     * True when the store's schema history holds exactly this build's migrations, every one applied: then there is
     * nothing to check or do, and Flyway is not started at all (it took half a second of a launch, most of it loading
     * and scanning its own classes). Anything else (another history, a failed step, a newer version, tests' extra
     * locations) goes the whole way through Flyway, which refuses or upgrades as before.
     */
    static boolean upToDate(DataSource dataSource, String... locations) {
        if (!Arrays.equals(locations, new String[] {LOCATION})) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            List<String> expected = new java.util.ArrayList<>(PORTABLE_VERSIONS);
            expected.addAll(DIALECT_VERSIONS.get(dialect(c.getMetaData().getDatabaseProductName())));
            try (java.sql.ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return false; // a new store (asked first: H2 writes a failed query to its trace file)
                }
            }
            java.util.Set<String> applied = new java.util.HashSet<>();
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                    "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return false;
                    }
                    if (rs.getString(1) != null && !applied.add(rs.getString(1))) {
                        return false;
                    }
                }
            }
            return applied.equals(new java.util.HashSet<>(expected));
        } catch (SQLException | StoreException e) {
            return false; // no history yet, or one Flyway should judge
        }
    }

    /**
     * A migration may rewrite rows without raising the store's revision, so the packed timeline rows kept for that
     * revision are dropped after any upgrade ({@link TimelineCache}); a schema without the table has none to drop.
     */
    private static void emptyTimelineCache(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            TimelineCache.clear(c);
        } catch (SQLException e) {
            // no timeline_cache table in this schema (tests' partial migrations)
        }
    }

    private static void refuseNewerOrBroken(MigrationInfoService info, String storeName, boolean server) {
        MigrationInfo[] all = info.all();
        String known = Arrays.stream(all).filter(m -> m.getState().isResolved() && m.getVersion() != null)
                .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("none");
        for (MigrationInfo m : all) {
            MigrationState state = m.getState();
            if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                throw new StoreException(capitalised(storeName) + " was written by a newer Parley (schema version "
                        + m.getVersion() + "; this Parley knows up to version " + known + "). It was left as it is:"
                        + " open it with the newer Parley.");
            }
        }
        for (MigrationInfo m : all) {
            if (m.getState().isFailed()) {
                throw new StoreException(capitalised(storeName) + " has an upgrade that failed part-way (to schema"
                        + " version " + m.getVersion() + ") and was left as it is. " + (server
                        ? "Its admin restores the database from its last backup and opens it again."
                        : "Restore the newest parley-backup-*.zip beside it (unzip it in place of parley.mv.db) and"
                        + " open it again."));
            }
        }
    }

    /** PostgreSQL's insufficient_privilege (42501) anywhere in the causes. */
    private static boolean notAllowed(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s && "42501".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The names of the long-text and binary types, which are all the migrations need to know about the database
     * (the SQL ones as placeholders, {@link PackRowsMigration} from the configuration).
     */
    static Map<String, String> typesFor(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return Map.of("text", "VARCHAR(1000000)", "document", "CLOB", "bytes", "VARBINARY(1000000000)");
        }
        if (product.contains("postgres")) {
            return Map.of("text", "TEXT", "document", "TEXT", "bytes", "BYTEA");
        }
        throw new StoreException("Parley cannot keep its store in " + productName + " (H2 and PostgreSQL work).");
    }

    private static boolean isServer(DataSource dataSource) {
        return dialect(productName(dataSource)).equals("postgresql");
    }

    private static String productName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreException("The store could not be reached: " + e.getMessage(), e);
        }
    }
}
