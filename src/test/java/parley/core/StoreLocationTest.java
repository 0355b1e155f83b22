package parley.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import parley.domain.StoreAddress;

class StoreLocationTest {
    private static final String HOME = Path.of("/home/ana").toString();

    private static Path folder(String option, Map<String, String> env, String os) {
        return ((StoreAddress.Folder) StoreLocation.address(option, env, os, HOME)).path();
    }

    @Test
    void commandLineOptionWinsOverEverything() {
        assertThat(folder("mystore", Map.of("PARLEY_DB", "/elsewhere"), "Linux"))
                .isEqualTo(Path.of("mystore").toAbsolutePath());
    }

    @Test
    void environmentVariableWinsOverThePlatformFolder() {
        assertThat(folder(null, Map.of("PARLEY_DB", "/data/crisis"), "Linux"))
                .isEqualTo(Path.of("/data/crisis").toAbsolutePath());
    }

    @Test
    void aPostgresqlUrlInEitherPlaceNamesATeamStore() {
        StoreAddress fromOption = StoreLocation.address("postgresql://ana@db.example:6543/desk", Map.of(), "Linux", HOME);
        assertThat(fromOption).isEqualTo(new StoreAddress.Server("db.example", 6543, "desk", "ana", null, Map.of()));
        StoreAddress fromEnv = StoreLocation.address(null, Map.of("PARLEY_DB", "postgres://db.example/desk"), "Linux",
                HOME);
        assertThat(fromEnv).isEqualTo(new StoreAddress.Server("db.example", 5432, "desk", null, null, Map.of()));
        assertThatThrownBy(() -> StoreLocation.address(null, Map.of("PARLEY_DB", "postgresql://db.example"), "Linux",
                HOME)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no database");
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(folder(null, Map.of(), "Linux")).isEqualTo(Path.of(HOME, ".local", "share", "parley"));
        assertThat(folder(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux")).isEqualTo(Path.of("/xdg", "parley"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(folder(null, Map.of(), "Mac OS X"))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "Parley"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(folder(null, Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "Windows 11"))
                .isEqualTo(Path.of("C:/Users/ana/AppData/Roaming", "Parley"));
    }
}
