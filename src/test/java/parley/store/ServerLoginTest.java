package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.StoreAddress;

class ServerLoginTest {
    @TempDir
    Path home;

    private static final StoreAddress.Server DESK = new StoreAddress.Server("db.example", 5432, "crisis", null, null,
            Map.of());

    private Path passFile(String... lines) throws Exception {
        Path f = home.resolve(".pgpass");
        Files.write(f, java.util.List.of(lines));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        return f;
    }

    @Test
    void theUrlWinsThenPgpasswordThenThePasswordFile() throws Exception {
        passFile("db.example:5432:crisis:ana:from-file");
        StoreAddress.Server withPassword = new StoreAddress.Server("db.example", 5432, "crisis", "ana", "from-url",
                Map.of());
        assertThat(ServerLogin.of(withPassword, Map.of("PGPASSWORD", "from-env"), "os", home))
                .isEqualTo(new ServerLogin("ana", "from-url", "the URL"));
        assertThat(ServerLogin.of(DESK, Map.of("PGUSER", "ana", "PGPASSWORD", "from-env"), "os", home))
                .isEqualTo(new ServerLogin("ana", "from-env", "PGPASSWORD"));
        assertThat(ServerLogin.of(DESK, Map.of("PGUSER", "ana"), "os", home).password()).isEqualTo("from-file");
    }

    @Test
    void theUserIsPguserElseTheOsUser() {
        assertThat(ServerLogin.of(DESK, Map.of(), "omar", home).user()).isEqualTo("omar");
        assertThat(ServerLogin.of(DESK, Map.of("PGUSER", "ana"), "omar", home).user()).isEqualTo("ana");
    }

    @Test
    void thePasswordFileFollowsLibpqRules() throws Exception {
        passFile("# a comment", "other.example:*:*:*:wrong-host", "db.example:6000:*:ana:wrong-port",
                "*:5432:crisis:ana:p\\:a\\\\ss:word", "*:*:*:*:fallback");
        assertThat(ServerLogin.of(DESK, Map.of(), "ana", home).password()).isEqualTo("p:a\\ss:word");
        assertThat(ServerLogin.of(DESK, Map.of(), "omar", home).password()).isEqualTo("fallback");
    }

    @Test
    void aPasswordFileOthersMayReadIsIgnoredAsLibpqDoes() throws Exception {
        Path f = passFile("*:*:*:*:secret");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(ServerLogin.of(DESK, Map.of(), "ana", home).password()).isNull();
    }

    @Test
    void pgpassfileNamesAnotherFile() throws Exception {
        Path elsewhere = home.resolve("desk.pass");
        Files.writeString(elsewhere, "*:*:crisis:*:from-pgpassfile\n");
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-------"));
        ServerLogin login = ServerLogin.of(DESK, Map.of("PGPASSFILE", elsewhere.toString()), "ana", home);
        assertThat(login.password()).isEqualTo("from-pgpassfile");
        assertThat(login.passwordFrom()).isEqualTo(elsewhere.toString());
        assertThat(login.toString()).doesNotContain("from-pgpassfile");
    }
}
