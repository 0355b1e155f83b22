package parley.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;

import org.postgresql.ds.PGSimpleDataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import parley.domain.EventStore;
import parley.domain.StoreAddress;

/**
 * A team store on a PostgreSQL server (15 or newer), shared by several analysts. Everything PostgreSQL-specific in
 * opening one stays here: the login (libpq's conventions, {@link ServerLogin}), the driver's settings, the pool, and
 * the sentences for a server that cannot be reached or refuses the login. The SQL is {@link SqlEventStore}'s, the
 * schema the same migrations as the embedded store's.
 */
public final class PostgresEventStore {
    /** As {@link H2EventStore#MAX_CONNECTIONS}: the window's readers, an import and the reads it makes. */
    static final int MAX_CONNECTIONS = 8;
    /** Seconds to wait for the server before saying it cannot be reached. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;

    private PostgresEventStore() {
    }

    /**
     * Opens the team store, creating its schema in an empty database or upgrading an older one (which only the role
     * owning the schema may do). Fails with a {@link StoreException} whose message a person can act on.
     */
    public static EventStore open(StoreAddress.Server server, Consumer<String> status) {
        return open(server, status, System.getenv(), Schema.LOCATION);
    }

    static EventStore open(StoreAddress.Server server, Consumer<String> status, Map<String, String> env,
            String... migrations) {
        String home = System.getProperty("user.home");
        ServerLogin login = ServerLogin.of(server, env, System.getProperty("user.name"),
                home == null ? null : Path.of(home));
        PGSimpleDataSource direct = dataSource(server, login);
        checkReachable(direct, server, login);
        HikariDataSource pool = pool(direct, server);
        try {
            Schema.migrate(pool, "the team store " + server.display(), from -> {
                status.accept("Upgrading the team store for this version of Parley…");
                return null;
            }, migrations);
            // Notifications come on a connection of the feed's own, outside the pool (it is held while listening).
            return new SqlEventStore(pool, pool::close, true, direct::getConnection);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static PGSimpleDataSource dataSource(StoreAddress.Server server, ServerLogin login) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {server.host()});
        ds.setPortNumbers(new int[] {server.port()});
        ds.setDatabaseName(server.database());
        ds.setUser(login.user());
        if (login.password() != null) {
            ds.setPassword(login.password());
        }
        Map<String, String> options = server.options();
        if (options.containsKey("sslmode")) {
            ds.setSslMode(options.get("sslmode"));
        }
        if (options.containsKey("sslrootcert")) {
            ds.setSslRootCert(options.get("sslrootcert"));
        }
        ds.setConnectTimeout(options.containsKey("connect_timeout")
                ? Integer.parseInt(options.get("connect_timeout")) : CONNECT_TIMEOUT_SECONDS);
        ds.setApplicationName(options.getOrDefault("application_name", "Parley"));
        // The store batches its inserts; the driver then sends them as one multi-row statement.
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    private static HikariDataSource pool(PGSimpleDataSource direct, StoreAddress.Server server) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(direct);
        config.setPoolName("parley " + server.display());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        // Idle connections go after a while so a desk of windows left open does not hold the server's slots.
        config.setIdleTimeout(120_000);
        // The first connection was just made by checkReachable; failing here again says nothing new.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** One connection first, outside the pool, so its failure becomes a sentence rather than a pool timeout. */
    private static void checkReachable(PGSimpleDataSource direct, StoreAddress.Server server, ServerLogin login) {
        try (Connection c = direct.getConnection()) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            if (major < 15) {
                throw new StoreException("The team store " + server.display() + " runs PostgreSQL " + major
                        + "; Parley needs PostgreSQL 15 or newer.");
            }
        } catch (SQLException e) {
            throw new StoreException(ServerFailures.cannotOpen(server, login, e), e);
        }
    }
}
