package parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * A copy of an H2 store made before its schema is upgraded: {@code parley-backup-V<from>-<UTC time>.zip} beside the
 * database, holding {@code parley.mv.db} as it was (unzip it in its place to go back). H2's own BACKUP writes a
 * consistent copy of the open database. The newest {@link #KEEP} copies are kept; they are readable by their owner
 * only, like the store.
 */
final class StoreBackup {
    static final int KEEP = 3;
    private static final Pattern NAME = Pattern.compile("parley-backup-V[0-9._]+-(\\d{8}T\\d{6}(?:\\d{3})?Z)\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private StoreBackup() {
    }

    /** Makes the copy and returns its file name; refuses the upgrade (nothing changed) when it cannot. */
    static String make(DataSource db, Path folder, String fromVersion) {
        Path target = folder.resolve("parley-backup-V" + fromVersion + "-" + STAMP.format(Instant.now()) + ".zip");
        // BACKUP takes no parameters; the path is ours, and quotes in the folder name are doubled.
        String sql = "BACKUP TO '" + target.toString().replace("'", "''") + "'";
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException("The store in " + folder + " needs an upgrade, but no backup copy could be made"
                    + " first, so nothing was changed: " + StoreFailures.reason(e), e);
        }
        StoreFolder.restrictFiles(folder, "parley-backup-");
        prune(folder);
        return target.getFileName().toString();
    }

    /** Backups in the folder, oldest first. */
    static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(StoreBackup::stamp)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void prune(Path folder) {
        List<Path> all = list(folder);
        for (Path old : all.subList(0, Math.max(0, all.size() - KEEP))) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // An extra old copy only takes space.
            }
        }
    }

    private static String stamp(Path backup) {
        Matcher m = NAME.matcher(backup.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }
}
