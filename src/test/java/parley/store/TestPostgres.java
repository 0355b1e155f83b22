package parley.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import parley.domain.StoreAddress;

/**
 * The PostgreSQL server the team-store tests run against: the one named by {@value #ENV} (CI starts a throwaway
 * cluster and passes its admin URL), else a throwaway cluster this JVM starts itself when PostgreSQL's binaries are
 * on the machine (initdb into a temporary folder, a free port on 127.0.0.1, stopped when the JVM ends). Only when
 * neither works are the tests skipped, with the reason; under CI ({@code CI=true}) they fail instead.
 */
public final class TestPostgres {
    /** An admin URL, postgresql://user:password@host:port/database, of a server the tests may create databases on. */
    public static final String ENV = "PARLEY_TEST_POSTGRES";
    private static final String USER = "parley_test";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static StoreAddress.Server admin;
    private static String whyNot;
    private static boolean looked;
    private static String template;

    private TestPostgres() {
    }

    /** The admin address, or a skipped (failed under CI) test when no server can be had. */
    public static synchronized StoreAddress.Server admin() {
        if (!looked) {
            looked = true;
            try {
                admin = find();
            } catch (IOException | RuntimeException e) {
                whyNot = e.getMessage();
            }
            if (admin == null) {
                System.err.println("PostgreSQL tests cannot run: " + whyNot);
            }
        }
        if (admin == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI must run the PostgreSQL tests, but: " + whyNot);
            }
            Assumptions.assumeTrue(false, "no PostgreSQL server: " + whyNot);
        }
        return admin;
    }

    /**
     * A new database holding an up-to-date, empty store, for one test (copied from a template migrated once per
     * JVM, so each test starts clean without running the migrations again). {@link #drop} it afterwards.
     */
    public static synchronized StoreAddress.Server freshStore() {
        StoreAddress.Server server = admin();
        if (template == null) {
            String name = "parley_template_" + ProcessHandle.current().pid();
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            execute("CREATE DATABASE " + name);
            PostgresEventStore.open(on(server, name), status -> { }).close();
            template = name;
        }
        String name = nextName();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        return on(server, name);
    }

    /** A new, empty database (no tables at all), for tests of the migrations themselves. */
    public static StoreAddress.Server emptyDatabase() {
        StoreAddress.Server server = admin();
        String name = nextName();
        execute("CREATE DATABASE " + name);
        return on(server, name);
    }

    public static void drop(StoreAddress.Server database) {
        execute("DROP DATABASE IF EXISTS " + database.database() + " WITH (FORCE)");
    }

    /** Runs one statement as the admin, on the server's maintenance database. */
    public static void execute(String sql) {
        try (Connection c = connect(admin()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A plain JDBC connection to this database as its login says. */
    public static Connection connect(StoreAddress.Server s) throws SQLException {
        String host = s.host().indexOf(':') >= 0 ? "[" + s.host() + "]" : s.host();
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + s.port() + "/" + s.database(),
                s.user(), s.password());
    }

    /** The address as {@code --db} takes it, password included (for child processes of a test). */
    public static String url(StoreAddress.Server s) {
        String host = s.host().indexOf(':') >= 0 ? "[" + s.host() + "]" : s.host();
        String login = s.user() == null ? "" : java.net.URLEncoder.encode(s.user(), StandardCharsets.UTF_8)
                + (s.password() == null ? "" : ":" + java.net.URLEncoder.encode(s.password(), StandardCharsets.UTF_8))
                + "@";
        return "postgresql://" + login + host + ":" + s.port() + "/" + s.database();
    }

    public static StoreAddress.Server on(StoreAddress.Server server, String database) {
        return new StoreAddress.Server(server.host(), server.port(), database, server.user(), server.password(),
                server.options());
    }

    /** The same server and database as another login. */
    public static StoreAddress.Server as(StoreAddress.Server server, String user, String password) {
        return new StoreAddress.Server(server.host(), server.port(), server.database(), user, password,
                server.options());
    }

    private static String nextName() {
        return "parley_t" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    }

    private static StoreAddress.Server find() throws IOException {
        String url = System.getenv(ENV);
        if (url != null && !url.isBlank()) {
            StoreAddress parsed = StoreAddress.parse(url);
            if (!(parsed instanceof StoreAddress.Server s)) {
                throw new IllegalStateException(ENV + " is not a postgresql:// URL");
            }
            try (Connection c = connect(s)) {
                c.getMetaData();
            } catch (SQLException e) {
                throw new IllegalStateException(ENV + " names a server that cannot be reached: " + e.getMessage());
            }
            return s;
        }
        return ThrowawayCluster.start();
    }

    /** initdb + pg_ctl into a temporary folder, stopped and deleted when the JVM exits. */
    static final class ThrowawayCluster {
        static StoreAddress.Server start() throws IOException {
            Path bin = binaries();
            if (bin == null) {
                throw new IllegalStateException("no PostgreSQL binaries (initdb, pg_ctl) on PATH or in "
                        + "/usr/lib/postgresql/*/bin; install the postgresql package or set " + ENV);
            }
            List<String> asUser = new ArrayList<>();
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                // initdb refuses to run as root: the cluster belongs to the postgres account.
                if (!Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
                    throw new IllegalStateException("running as root and runuser is missing, so initdb cannot run");
                }
                asUser.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            Path dir = Files.createTempDirectory("parley-pg-");
            String password = Long.toHexString(Double.doubleToLongBits(Math.random()));
            Path pwfile = dir.resolve("pw");
            Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
            if (root) {
                run(List.of("chown", "-R", "postgres", dir.toString()));
            }
            Path data = dir.resolve("data");
            run(with(asUser, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER,
                    "--pwfile=" + pwfile, "-A", "scram-sha-256", "--auth-local=trust", "-E", "UTF8",
                    "--locale=C", "--no-sync"));
            int port = freePort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(asUser, bin, data, dir)));
            run(with(asUser, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    dir.resolve("log").toString(), "-w", "-t", "60", "-o", "-p " + port
                            + " -c listen_addresses=127.0.0.1 -k " + dir + " -c fsync=off -c synchronous_commit=off"
                            + " -c full_page_writes=off -c max_connections=200", "start"));
            return new StoreAddress.Server("127.0.0.1", port, "postgres", USER, password, Map.of());
        }

        private static void stop(List<String> asUser, Path bin, Path data, Path dir) {
            try {
                run(with(asUser, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate",
                        "-w", "stop"));
            } catch (IOException | RuntimeException e) {
                // The JVM is ending; a cluster that will not stop is reported by nothing better.
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind is harmless.
            }
        }

        private static Path binaries() {
            for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "initdb"))
                        && Files.isExecutable(Path.of(entry, "pg_ctl"))) {
                    return Path.of(entry);
                }
            }
            Path debian = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(debian)) {
                return null;
            }
            try (Stream<Path> versions = Files.list(debian)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.comparingInt(b -> versionOf(b.getParent()))).orElse(null);
            } catch (IOException e) {
                return null;
            }
        }

        private static int versionOf(Path versionFolder) {
            try {
                return Integer.parseInt(versionFolder.getFileName().toString());
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return s.getLocalPort();
            }
        }

        private static List<String> with(List<String> prefix, String... command) {
            List<String> all = new ArrayList<>(prefix);
            all.addAll(List.of(command));
            return all;
        }

        private static void run(List<String> command) throws IOException {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(4, command.size())))
                            + " failed: " + out.strip());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
