package parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

import parley.domain.EventStore;

/**
 * The embedded H2 store in a folder of its own. Everything H2-specific (the URL, the pool, the lock error) stays
 * here; the SQL itself lives in {@link SqlEventStore} and the migrations, portable to PostgreSQL.
 */
public final class H2EventStore {
    /** Base name of the database files in the folder (parley.mv.db). */
    static final String DATABASE_NAME = "parley";
    /** Enough for the window's readers, an import and the reads it makes while writing. */
    static final int MAX_CONNECTIONS = 8;

    /** Statements H2 keeps parsed per connection (its default, 8, is fewer than one import uses). */
    static final int QUERY_CACHE = 64;

    /** Files smaller than this are never worth a compaction on close. */
    static final long COMPACT_ABOVE_BYTES = 64L << 20;
    /**
     * Compact when less than this share (percent) of the file's chunks holds live data. H2's figure counts chunks,
     * not bytes, and flatters a file: a 100,000-event store written in batches read 71% and was 199 MB, 73 MB once
     * compacted, so anything short of a well-filled file is worth the seconds on close.
     */
    static final int COMPACT_BELOW_FILL_PERCENT = 80;

    private H2EventStore() {
    }

    /**
     * Opens the store in {@code dir}, creating the folder (owner-only) and the schema on first use and upgrading an
     * older schema. Fails with a {@link StoreException} whose message a person can act on, e.g. when another Parley
     * window or command has the folder open. Closing the store after a large import may take a few seconds (the
     * file is compacted, see {@link #compactIfSparse}): close it off the FX thread.
     */
    public static EventStore open(Path dir) {
        return open(dir, status -> { });
    }

    /**
     * As {@link #open(Path)}, telling {@code status} in a sentence when it starts something that takes a while: the
     * upgrade of an existing store (a copy first, then the migrations: half a minute for 100,000 events).
     */
    public static EventStore open(Path dir, Consumer<String> status) {
        return open(dir, status, Schema.LOCATION);
    }

    /** Opens with the migrations in these locations (tests add one to simulate an upgrade). */
    static EventStore open(Path dir, String... migrations) {
        return open(dir, status -> { }, migrations);
    }

    static EventStore open(Path dir, Consumer<String> status, String... migrations) {
        Path folder = dir.toAbsolutePath().normalize();
        StoreFolder.prepare(folder);
        FolderLock lock = FolderLock.acquire(folder);
        JdbcConnectionPool pool = null;
        try {
            checkBeforeWriting(folder, migrations);
            pool = JdbcConnectionPool.create(url(folder), "parley", "");
            pool.setMaxConnections(MAX_CONNECTIONS);
            checkReachable(pool, folder);
            JdbcConnectionPool db = pool;
            Schema.migrate(pool, "the store in " + folder, from -> {
                status.accept("Upgrading the store for this version of Parley; a copy of it as it was is kept"
                        + " beside it…");
                return StoreBackup.make(db, folder, from);
            }, migrations);
            StoreFolder.restrictFiles(folder, DATABASE_NAME + ".");
            JdbcConnectionPool opened = pool;
            return new SqlEventStore(pool, () -> close(folder, opened, lock));
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * An existing store is first looked at read-only: one from a newer Parley, or with a failed upgrade, is refused
     * before H2 writes a byte to it (opening read-write rewrites the file's header even when nothing changes).
     */
    private static void checkBeforeWriting(Path folder, String... migrations) {
        if (!Files.isRegularFile(folder.resolve(DATABASE_NAME + ".mv.db"))) {
            return;
        }
        JdbcConnectionPool readOnly = JdbcConnectionPool.create(url(folder) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE",
                "parley", "");
        try {
            checkReachable(readOnly, folder);
            Schema.check(readOnly, "the store in " + folder, migrations);
        } finally {
            readOnly.dispose();
        }
    }

    /** H2 reads ';' in a URL as the start of its settings, so such a folder cannot be named safely. */
    static String url(Path folder) {
        if (folder.toString().indexOf(';') >= 0) {
            throw new StoreException("The store cannot be kept in " + folder + ": its name contains ';'.");
        }
        // WRITE_DELAY=0: a commit reaches the file before write() returns. H2's default (flush within half a
        // second) lost the last article when the process was killed right after importing it.
        // QUERY_CACHE_SIZE: an import prepares some twenty distinct statements per article (merge candidates,
        // children, prints); with H2's default of 8 cached per session, parsing them again took a fifth of the
        // import's CPU time (scale benchmark profile).
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;QUERY_CACHE_SIZE=" + QUERY_CACHE;
    }

    /**
     * Closes the database, compacting it first when worth it. The compaction runs on a connection of its own, taken
     * before the pool goes: SHUTDOWN on a pooled connection left H2 tracing errors as the pool tidied up.
     */
    private static void close(Path folder, JdbcConnectionPool pool, FolderLock lock) {
        try (Connection own = connect(folder)) {
            pool.dispose();
            if (own != null) {
                compactIfSparse(own, COMPACT_ABOVE_BYTES, COMPACT_BELOW_FILL_PERCENT);
            }
        } catch (SQLException e) {
            // Closing cannot fail in a way that loses data: every write was committed already.
        } finally {
            pool.dispose();
            // A compacted file is a new file, created with the process umask.
            StoreFolder.restrictFiles(folder, DATABASE_NAME + ".");
            lock.close();
        }
    }

    /** A connection outside the pool, or null if the database cannot be reached. */
    static Connection connect(Path folder) {
        Properties login = new Properties();
        login.setProperty("user", "parley");
        login.setProperty("password", "");
        try {
            return org.h2.Driver.load().connect(url(folder), login);
        } catch (SQLException e) {
            return null;
        }
    }

    /**
     * Every commit is written at once (see {@link #url}), and H2 keeps replaced pages for 45 s so a power cut cannot
     * corrupt the file; a long import therefore leaves a file mostly made of dead pages (100,000 events: 760 MB,
     * 18% live). When that is the case on close, the file is rewritten compactly (there: 28 MB, a few seconds).
     * Returns whether it compacted (files under {@code minBytes} or with at least {@code belowFillPercent} of live
     * chunks are left alone). Failing to compact loses nothing: the file just stays larger.
     */
    static boolean compactIfSparse(Connection c, long minBytes, int belowFillPercent) {
        long size = -1;
        int fill = 100;
        try {
            // Statements are closed before SHUTDOWN: closing them on a shut database makes H2 trace errors.
            try (PreparedStatement ps = c.prepareStatement("SELECT SETTING_NAME, SETTING_VALUE FROM "
                    + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals("info.FILE_SIZE")) {
                        size = Long.parseLong(rs.getString(2).trim());
                    } else {
                        fill = Integer.parseInt(rs.getString(2).trim());
                    }
                }
            }
            if (size < minBytes || fill >= belowFillPercent) {
                return false;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            return true;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    /** The first connection opens the database; H2's lock error becomes the sentence the user sees. */
    private static void checkReachable(JdbcConnectionPool pool, Path folder) {
        try (Connection c = pool.getConnection()) {
            c.getMetaData();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw FolderLock.alreadyOpen(folder);
            }
            throw new StoreException("The store in " + folder + " cannot be opened: " + e.getMessage(), e);
        }
    }
}
