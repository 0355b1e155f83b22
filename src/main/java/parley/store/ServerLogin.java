package parley.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import parley.domain.StoreAddress;

/**
 * Who connects to a team store and with which password, by libpq's rules so a desk's existing setup just works:
 * the user from the URL, else {@code PGUSER}, else the OS user; the password from the URL, else
 * {@code PGPASSWORD}, else the first matching line of the password file ({@code PGPASSFILE}, else
 * {@code ~/.pgpass}), which is ignored, as libpq does, when others may read it. Parley never writes a password.
 *
 * @param passwordFrom where the password came from ("the URL", "PGPASSWORD", the file), for messages; null if none
 */
record ServerLogin(String user, String password, String passwordFrom) {

    static ServerLogin of(StoreAddress.Server server, Map<String, String> env, String osUser, Path home) {
        String user = server.user() != null ? server.user() : nonBlank(env.get("PGUSER")) != null
                ? env.get("PGUSER") : osUser;
        if (server.password() != null) {
            return new ServerLogin(user, server.password(), "the URL");
        }
        if (nonBlank(env.get("PGPASSWORD")) != null) {
            return new ServerLogin(user, env.get("PGPASSWORD"), "PGPASSWORD");
        }
        Path file = nonBlank(env.get("PGPASSFILE")) != null ? Path.of(env.get("PGPASSFILE"))
                : home == null ? null : home.resolve(".pgpass");
        String fromFile = file == null ? null : passwordFile(file, server, user);
        return new ServerLogin(user, fromFile, fromFile == null ? null : file.toString());
    }

    /** The password of the first line matching host, port, database and user (each field may be '*'), or null. */
    static String passwordFile(Path file, StoreAddress.Server server, String user) {
        if (!Files.isRegularFile(file) || readableByOthers(file)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        String[] wanted = {server.host(), Integer.toString(server.port()), server.database(), user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                matches = fields.get(i).equals("*") || fields.get(i).equals(wanted[i]);
            }
            if (matches) {
                return fields.get(4);
            }
        }
        return null;
    }

    /** Splits on ':' where '\' escapes the next character (libpq's format); the password is the rest of the line. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        out.add(field.toString());
        return out;
    }

    /** libpq refuses a password file that its group or others may read (where permissions exist). */
    private static boolean readableByOthers(Path file) {
        if (!StoreFolder.posix(file)) {
            return false;
        }
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)
                    || p.contains(PosixFilePermission.GROUP_WRITE) || p.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException e) {
            return true;
        }
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "ServerLogin[user=" + user + ", password from " + passwordFrom + "]";
    }
}
