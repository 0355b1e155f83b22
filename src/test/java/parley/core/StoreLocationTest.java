package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StoreLocationTest {
    private static final String HOME = Path.of("/home/ana").toString();

    @Test
    void commandLineOptionWinsOverEverything() {
        Path p = StoreLocation.resolve(Path.of("mystore"), Map.of("PARLEY_DB", "/elsewhere"), "Linux", HOME);
        assertThat(p).isEqualTo(Path.of("mystore").toAbsolutePath());
    }

    @Test
    void environmentVariableWinsOverThePlatformFolder() {
        Path p = StoreLocation.resolve(null, Map.of("PARLEY_DB", "/data/crisis"), "Linux", HOME);
        assertThat(p).isEqualTo(Path.of("/data/crisis").toAbsolutePath());
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(StoreLocation.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "parley"));
        assertThat(StoreLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/xdg", "parley"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(StoreLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "Parley"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(StoreLocation.resolve(null, Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("C:/Users/ana/AppData/Roaming", "Parley"));
    }
}
