package parley.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a store lives, as a person names it in {@code --db} or {@code PARLEY_DB}: a folder (the embedded store of one
 * analyst) or a PostgreSQL server (a team store), {@code postgresql://[user[:password]@]host[:port]/database[?…]}.
 * Parsed once, where the text arrives; the rest of Parley passes this around.
 */
public sealed interface StoreAddress {
    /** The URL schemes of a team store (libpq accepts both). */
    Set<String> SCHEMES = Set.of("postgresql", "postgres");
    /** The query parameters Parley passes on to the server; others are refused rather than silently ignored. */
    Set<String> PARAMETERS = Set.of("sslmode", "sslrootcert", "connect_timeout", "application_name");
    /** libpq's {@code sslmode} values. */
    Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** How the address reads in titles and messages: never with a password. */
    String display();

    /** The embedded store in a folder. */
    record Folder(Path path) implements StoreAddress {
        @Override
        public String display() {
            return path.toString();
        }
    }

    /**
     * A team store on a PostgreSQL server. {@code user} and {@code password} are null when the URL leaves them out
     * (the server login then follows libpq's conventions: {@code PGUSER}, the OS user, {@code PGPASSWORD},
     * {@code ~/.pgpass}); {@code port} is 5432 unless given.
     */
    record Server(String host, int port, String database, String user, String password, Map<String, String> options)
            implements StoreAddress {
        public static final int DEFAULT_PORT = 5432;

        public Server {
            options = Map.copyOf(options);
        }

        /** {@code sslmode} as given, or null for the driver's default (prefer). */
        public String sslMode() {
            return options.get("sslmode");
        }

        @Override
        public String display() {
            return "postgresql://" + (user == null ? "" : user + "@") + hostAndPort() + "/" + database;
        }

        private String hostAndPort() {
            String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
            return port == DEFAULT_PORT ? h : h + ":" + port;
        }

        /** Never the password, even in a debugger or a log line. */
        @Override
        public String toString() {
            return display();
        }
    }

    /** True when the text names a server rather than a folder. */
    static boolean isServerUrl(String text) {
        int colon = text.indexOf("://");
        return colon > 0 && SCHEMES.contains(text.substring(0, colon).toLowerCase(Locale.ROOT));
    }

    /**
     * Reads {@code --db}'s text: a PostgreSQL URL, else a folder (relative to the working directory).
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong with a URL
     */
    static StoreAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The store address is empty.");
        }
        if (!isServerUrl(text)) {
            return new Folder(Path.of(text).toAbsolutePath());
        }
        String rest = text.substring(text.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw bad(text, "it names no database (postgresql://host/database)");
        }
        String authority = rest.substring(0, slash);
        String database = decode(rest.substring(slash + 1), text);
        if (database.indexOf('/') >= 0) {
            throw bad(text, "the database name cannot contain '/'");
        }
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String login = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = login.indexOf(':');
            user = decode(colon >= 0 ? login.substring(0, colon) : login, text);
            password = colon >= 0 ? decode(login.substring(colon + 1), text) : null;
            if (user.isEmpty()) {
                user = null;
            }
        }
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw bad(text, "an IPv6 host needs its closing ']'");
            }
            host = authority.substring(1, close);
            if (authority.length() > close + 1) {
                if (authority.charAt(close + 1) != ':') {
                    throw bad(text, "unexpected text after the host");
                }
                portText = authority.substring(close + 2);
            }
        } else {
            int colon = authority.indexOf(':');
            host = colon >= 0 ? authority.substring(0, colon) : authority;
            portText = colon >= 0 ? authority.substring(colon + 1) : null;
        }
        if (host.isEmpty()) {
            throw bad(text, "it names no host (postgresql://host/database)");
        }
        int port = Server.DEFAULT_PORT;
        if (portText != null) {
            try {
                port = Integer.parseInt(portText);
            } catch (NumberFormatException e) {
                throw bad(text, "the port '" + portText + "' is not a number");
            }
            if (port < 1 || port > 65535) {
                throw bad(text, "the port " + port + " is out of range");
            }
        }
        return new Server(host, port, database, user, password, options(query, text));
    }

    private static Map<String, String> options(String query, String text) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq >= 0 ? pair.substring(0, eq) : pair, text);
            String value = eq >= 0 ? decode(pair.substring(eq + 1), text) : "";
            if (key.equals("password") || key.equals("user")) {
                throw bad(text, "give the " + key + " before the host (postgresql://user:password@host/database)");
            }
            if (!PARAMETERS.contains(key)) {
                throw bad(text, "Parley does not know the parameter '" + key + "' (it knows "
                        + String.join(", ", new java.util.TreeSet<>(PARAMETERS)) + ")");
            }
            if (key.equals("sslmode") && !SSL_MODES.contains(value)) {
                throw bad(text, "sslmode must be one of " + String.join(", ", new java.util.TreeSet<>(SSL_MODES)));
            }
            options.put(key, value);
        }
        return options;
    }

    private static String decode(String s, String text) {
        try {
            // '+' is a plus in a URL's path and login (only form encoding reads it as a space).
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(text, "it has a malformed %-escape");
        }
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("Not a PostgreSQL store address (" + redact(text) + "): " + why + ".");
    }

    /** The URL with any password replaced, for messages. */
    static String redact(String text) {
        return text.replaceFirst("(://[^/@:]*:)[^/@]*@", "$1***@");
    }
}
