package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.EventStore;

/** A store from a newer Parley or with a failed upgrade is refused and left alone; an upgrade is backed up first. */
class UpgradeSafetyTest {
    private static final String UPGRADE = "classpath:parley/store/upgrade";
    private static final String BROKEN_UPGRADE = "classpath:parley/store/broken-upgrade";

    /** The newest schema version this build ships (read from its migrations); test migrations come after it. */
    private static final String LATEST = latestShipped();

    @TempDir
    Path temp;

    @Test
    void aStoreWrittenByANewerParleyIsRefusedAndLeftUntouched() throws Exception {
        Path dir = temp.resolve("store");
        storeWithOneSource(dir);
        try (Connection c = DriverManager.getConnection(H2EventStore.url(dir), "parley", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " SELECT MAX(\"installed_rank\") + 1, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0,"
                    + " 'parley', 1, TRUE FROM \"flyway_schema_history\"");
        }
        String before = sha(dir.resolve("parley.mv.db"));

        assertThatThrownBy(() -> H2EventStore.open(dir)).isInstanceOf(StoreException.class)
                .hasMessage("The store in " + dir.toAbsolutePath() + " was written by a newer Parley (schema version 99;"
                        + " this Parley knows up to version " + LATEST + "). It was left as it is: open it with the newer Parley.");

        assertThat(sha(dir.resolve("parley.mv.db"))).as("the file is byte for byte as it was").isEqualTo(before);
        assertThat(StoreBackup.list(dir)).isEmpty();
    }

    @Test
    void anUpgradeIsBackedUpFirstAndTheCopyIsTheOldStore() throws Exception {
        Path dir = temp.resolve("store");
        storeWithOneSource(dir);

        List<String> said = new java.util.ArrayList<>();
        try (EventStore upgraded = H2EventStore.open(dir, said::add, Schema.LOCATION, UPGRADE)) {
            assertThat(upgraded.sources()).hasSize(1);
        }
        assertThat(said).as("the window says it is upgrading").singleElement().asString().startsWith("Upgrading");
        said.clear();
        H2EventStore.open(dir, said::add, Schema.LOCATION, UPGRADE).close();
        assertThat(said).as("nothing to upgrade, nothing said").isEmpty();
        assertThat(versions(dir)).endsWith(LATEST, "90");

        List<Path> backups = StoreBackup.list(dir);
        assertThat(backups).hasSize(1);
        Path backup = backups.get(0);
        assertThat(backup.getFileName().toString()).matches("parley-backup-V" + LATEST + "-\\d{8}T\\d{9}Z\\.zip");
        if (StoreFolder.posix(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        }
        Path restored = temp.resolve("restored");
        unzip(backup, restored);
        assertThat(restored.resolve("parley.mv.db")).exists();
        assertThat(versions(restored)).as("the copy is the store before the upgrade").endsWith(LATEST).doesNotContain("90");
        try (EventStore old = H2EventStore.open(restored)) {
            assertThat(old.sources()).hasSize(1);
        }

        H2EventStore.open(dir, Schema.LOCATION, UPGRADE).close();
        assertThat(StoreBackup.list(dir)).as("no upgrade, no new copy").hasSize(1);
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws Exception {
        Path dir = temp.resolve("store");
        storeWithOneSource(dir);
        try (Connection c = DriverManager.getConnection(H2EventStore.url(dir), "parley", "")) {
            javax.sql.DataSource one = new SingleConnection(c);
            String first = StoreBackup.make(one, dir, "1");
            String last = null;
            for (int i = 0; i < StoreBackup.KEEP + 1; i++) {
                Thread.sleep(3);
                last = StoreBackup.make(one, dir, "1");
            }
            List<Path> kept = StoreBackup.list(dir);
            assertThat(kept).hasSize(StoreBackup.KEEP);
            assertThat(kept.get(kept.size() - 1).getFileName().toString()).isEqualTo(last);
            assertThat(kept).extracting(p -> p.getFileName().toString()).doesNotContain(first);
        }
    }

    @Test
    void aFailedUpgradeIsReportedWithItsBackupAndTheStoreIsRefusedUntilRestored() throws Exception {
        Path dir = temp.resolve("store");
        storeWithOneSource(dir);

        assertThatThrownBy(() -> H2EventStore.open(dir, Schema.LOCATION, BROKEN_UPGRADE))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("The tables of the store in " + dir.toAbsolutePath()
                        + " could not be created or upgraded: ")
                .hasMessageMatching("(?s).*A copy from before the upgrade is in parley-backup-V" + LATEST + "-\\d{8}T\\d{9}Z\\.zip"
                        + " beside it\\.");
        assertThat(StoreBackup.list(dir)).hasSize(1);

        assertThatThrownBy(() -> H2EventStore.open(dir, Schema.LOCATION, BROKEN_UPGRADE))
                .isInstanceOf(StoreException.class)
                .hasMessage("The store in " + dir.toAbsolutePath() + " has an upgrade that failed part-way (to schema"
                        + " version 90) and was left as it is. Restore the newest parley-backup-*.zip beside it (unzip"
                        + " it in place of parley.mv.db) and open it again.");
        assertThat(StoreBackup.list(dir)).as("a refused store is not copied again").hasSize(1);

        Path restored = temp.resolve("restored");
        unzip(StoreBackup.list(dir).get(0), restored);
        try (EventStore old = H2EventStore.open(restored)) {
            assertThat(old.sources()).hasSize(1);
        }
    }

    private static String latestShipped() {
        try (var files = Files.list(Path.of(UpgradeSafetyTest.class.getResource("/db/migration").toURI()))) {
            int sql = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            int inJava = java.util.Arrays.stream(Schema.javaMigrations())
                    .mapToInt(m -> Integer.parseInt(m.getVersion().getVersion())).max().orElseThrow();
            return String.valueOf(Math.max(sql, inJava));
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the shipped migrations", e);
        }
    }

    private static void storeWithOneSource(Path dir) {
        try (EventStore store = H2EventStore.open(dir)) {
            store.write(tx -> tx.insertSource(Fixtures.source("kept", Fixtures.sha(1), null), Set.of(1L)));
        }
    }

    private static List<String> versions(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection(H2EventStore.url(dir), "parley", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }

    private static void unzip(Path zip, Path into) throws Exception {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.copy(in, into.resolve(Path.of(e.getName()).getFileName().toString()));
            }
        }
    }

    private static String sha(Path file) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            d.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
