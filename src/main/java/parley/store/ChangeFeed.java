package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import parley.domain.StoreChange;

/**
 * What other processes commit to a store, told to its listeners. Every write that changed something raises the
 * store's revision ({@code store_revision}) just before it commits, and on PostgreSQL also NOTIFYs {@value #CHANNEL}
 * with its process's token and the new revision (delivered only if it commits). A feed listens on a connection of its
 * own, so another process's commit is told at once; it also reads the revision every {@code pollMillis}, which is all
 * it has when it cannot listen (H2, a server connection lost, a pooler that drops LISTEN). Revisions this process
 * committed itself are not told.
 */
final class ChangeFeed implements AutoCloseable {
    static final String CHANNEL = "parley_changes";
    /** How often the revision is read (and how long a listening connection waits for a notification). */
    static final long POLL_MILLIS = 1000;
    /** How long after a lost listening connection another is tried. */
    static final long RELISTEN_MILLIS = 15_000;

    /** Opens a connection to LISTEN on; null when the database has no notifications. */
    @FunctionalInterface
    interface Listening {
        Connection open() throws SQLException;
    }

    private final DataSource pool;
    private final Listening listening;
    private final long pollMillis;
    /** Tells this process's notifications from the others'. */
    private final String token = UUID.randomUUID().toString();
    private final Set<Long> own = new ConcurrentSkipListSet<>();
    private final List<Consumer<StoreChange>> listeners = new CopyOnWriteArrayList<>();
    private Thread thread;
    private volatile boolean closed;

    ChangeFeed(DataSource pool, Listening listening, long pollMillis) {
        this.pool = pool;
        this.listening = listening;
        this.pollMillis = pollMillis;
    }

    /**
     * Counts a write about to commit on this connection: raises the revision, and on a server NOTIFYs the others
     * (sent at commit, so never for a write that rolls back). Called inside the write's transaction, last.
     */
    void committing(Connection c, String who) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE store_revision SET revision = revision + 1 WHERE id = 1");
        }
        long revision;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT revision FROM store_revision WHERE id = 1")) {
            revision = rs.next() ? rs.getLong(1) : 0;
        }
        own.add(revision);
        if (listening != null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify('" + CHANNEL + "', ?)")) {
                ps.setString(1, token + " " + revision + " " + (who == null ? "" : who));
                ps.executeQuery().close();
            }
        }
    }

    synchronized AutoCloseable subscribe(Consumer<StoreChange> listener) {
        if (closed) {
            return () -> { };
        }
        listeners.add(listener);
        if (thread == null) {
            thread = new Thread(this::run, "parley-store-changes");
            thread.setDaemon(true);
            thread.start();
        }
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long seen = -1;
        Connection listen = null;
        long nextListen = 0;
        try {
            while (!closed) {
                if (listen == null && listening != null && System.currentTimeMillis() >= nextListen) {
                    listen = listen();
                    nextListen = System.currentTimeMillis() + RELISTEN_MILLIS;
                }
                if (seen < 0) {
                    seen = revision(-1);
                }
                if (listen != null) {
                    try {
                        PGNotification[] notes = listen.unwrap(PGConnection.class)
                                .getNotifications((int) pollMillis);
                        for (PGNotification n : notes == null ? new PGNotification[0] : notes) {
                            seen = heard(n.getParameter(), seen);
                        }
                    } catch (SQLException e) {
                        closeQuietly(listen);
                        listen = null;
                    }
                } else {
                    Thread.sleep(pollMillis);
                }
                if (closed) {
                    break;
                }
                long now = revision(seen);
                if (now > seen) {
                    if (!allOwn(seen, now)) {
                        tell(new StoreChange(now, null));
                    }
                    seen = now;
                }
            }
        } catch (InterruptedException e) {
            // closed
        } finally {
            closeQuietly(listen);
        }
    }

    /** A notification "token revision who": told unless it is this process's or already seen. */
    private long heard(String payload, long seen) {
        String[] parts = payload == null ? new String[0] : payload.split(" ", 3);
        if (parts.length < 2) {
            return seen;
        }
        long revision;
        try {
            revision = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return seen;
        }
        if (parts[0].equals(token) || revision <= seen) {
            return Math.max(seen, revision);
        }
        tell(new StoreChange(revision, parts.length > 2 && !parts[2].isBlank() ? parts[2] : null));
        return revision;
    }

    private boolean allOwn(long from, long to) {
        if (to - from > 10_000) {
            return false;
        }
        for (long r = from + 1; r <= to; r++) {
            if (!own.contains(r)) {
                return false;
            }
        }
        return true;
    }

    private void tell(StoreChange change) {
        for (Consumer<StoreChange> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                // One listener's failure must not stop the others hearing, nor the feed.
            }
        }
    }

    /** The revision now, or {@code otherwise} when the store cannot be read this time (it is tried again). */
    private long revision(long otherwise) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM store_revision WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : otherwise;
        } catch (SQLException | RuntimeException e) {
            return otherwise;
        }
    }

    private Connection listen() {
        Connection c = null;
        try {
            c = listening.open();
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            return null;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // going anyway
            }
        }
    }
}
