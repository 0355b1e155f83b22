package parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

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

    private H2EventStore() {
    }

    /**
     * Opens the store in {@code dir}, creating the folder (owner-only) and the schema on first use and upgrading an
     * older schema. Fails with a {@link StoreException} whose message a person can act on, e.g. when another Parley
     * window or command has the folder open.
     */
    public static EventStore open(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        StoreFolder.prepare(folder);
        FolderLock lock = FolderLock.acquire(folder);
        JdbcConnectionPool pool = null;
        try {
            pool = JdbcConnectionPool.create(url(folder), "parley", "");
            pool.setMaxConnections(MAX_CONNECTIONS);
            checkReachable(pool, folder);
            Schema.migrate(pool);
            StoreFolder.restrictFiles(folder, DATABASE_NAME + ".");
            JdbcConnectionPool opened = pool;
            return new SqlEventStore(pool, () -> {
                opened.dispose();
                lock.close();
            });
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            lock.close();
            throw e;
        }
    }

    /** H2 reads ';' in a URL as the start of its settings, so such a folder cannot be named safely. */
    static String url(Path folder) {
        if (folder.toString().indexOf(';') >= 0) {
            throw new StoreException("The store cannot be kept in " + folder + ": its name contains ';'.");
        }
        // WRITE_DELAY=0: a commit reaches the file before write() returns. H2's default (flush within half a
        // second) lost the last article when the process was killed right after importing it.
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + ";WRITE_DELAY=0";
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
