package parley.store;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Locale;

/**
 * Tells a failure of the store as a whole (disk full, lost file, closed database) from a failure of one change, by
 * standard JDBC signs only so it holds for PostgreSQL too: an {@link IOException} anywhere in the causes, a
 * non-transient connection error, or SQLState class 08 (connection) or 53 (insufficient resources, e.g. disk full).
 * H2 reports a full disk as "database has been closed" (08-like) caused by "No space left on device".
 */
final class StoreFailures {
    private StoreFailures() {
    }

    /** The exception to throw for this failure: {@link StoreUnavailableException} when the store itself failed. */
    static StoreException wrap(String whatFailed, Throwable t) {
        if (storeItselfFailed(t)) {
            String reason = reason(t);
            return new StoreUnavailableException(reason, "The store cannot be written or read any more: " + reason
                    + ". " + whatFailed, t);
        }
        if (t instanceof StoreException s) {
            return s;
        }
        return new StoreException(whatFailed + ": " + (t.getMessage() == null ? t.getClass().getSimpleName()
                : t.getMessage()), t);
    }

    static boolean storeItselfFailed(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StoreUnavailableException || c instanceof IOException
                    || c instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("53")
                    || s.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (c.getCause() == null && diskFull(c.getMessage())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A database server's connection lost, not a store that failed: SQLState class 08 (connection exception) or
     * 57P01-57P03 (the server ended the session: shut down, restarted, or its admin ended it), with no sign of a full
     * disk. A new connection may work, so the same writes are worth trying once more.
     */
    static boolean connectionLost(Throwable t) {
        boolean lost = false;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (diskFull(c.getMessage())) {
                return false;
            }
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P"))) {
                lost = true;
            }
        }
        return lost;
    }

    /**
     * A clash with another writer, which a retry may resolve: a unique key taken meanwhile (23505), a serialization
     * failure (40001) or a deadlock (40P01), by SQLState anywhere in the causes.
     */
    static boolean conflict(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof StoreConflictException) {
                return true;
            }
            if (c instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().equals("23505") || s.getSQLState().equals("40001")
                    || s.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    /** The exception for a {@link #conflict} on a team store, whose rows other processes write too. */
    static StoreConflictException conflictWith(Throwable t) {
        return new StoreConflictException("The store could not save the change: it clashes with rows another writer"
                + " stored at the same moment, or already there (" + reason(t) + ")", t);
    }

    /** "the disk is full (No space left on device)", else the deepest cause's message. */
    static String reason(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return diskFull(message) ? "the disk is full (" + message + ")" : message;
    }

    private static boolean diskFull(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left") || m.contains("disk full") || m.contains("not enough space");
    }
}
