package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start follows the system's light or dark preference, read where each desktop keeps it. */
class OsThemeTest {
    @TempDir
    Path home;

    /** A system whose commands print these answers (keyed by the command's last word); others fail. */
    private static Function<List<String>, String> answers(Map<String, String> byLastWord) {
        return cmd -> byLastWord.get(cmd.get(cmd.size() - 1));
    }

    @Test
    void linuxReadsGtkThemeGnomeColourSchemeThemeNameAndSettingsIni() throws Exception {
        assertThat(OsTheme.detect("Linux", Map.of("GTK_THEME", "Adwaita:dark"), home, answers(Map.of())))
                .isEqualTo(Theme.DARK);
        assertThat(OsTheme.detect("Linux", Map.of(), home, answers(Map.of("color-scheme", "'prefer-dark'\n"))))
                .isEqualTo(Theme.DARK);
        assertThat(OsTheme.detect("Linux", Map.of(), home, answers(Map.of("color-scheme", "'prefer-light'\n",
                "gtk-theme", "'Adwaita-dark'")))).as("an explicit light scheme wins").isEqualTo(Theme.LIGHT);
        assertThat(OsTheme.detect("Linux", Map.of(), home, answers(Map.of("color-scheme", "'default'\n",
                "gtk-theme", "'Yaru-dark'\n")))).isEqualTo(Theme.DARK);
        assertThat(OsTheme.detect("Linux", Map.of(), home, answers(Map.of()))).isEqualTo(Theme.LIGHT);
        Files.createDirectories(home.resolve(".config/gtk-3.0"));
        Files.writeString(home.resolve(".config/gtk-3.0/settings.ini"),
                "[Settings]\ngtk-application-prefer-dark-theme = 1\n");
        assertThat(OsTheme.detect("Linux", Map.of(), home, answers(Map.of()))).isEqualTo(Theme.DARK);
    }

    @Test
    void macOsAndWindowsReadTheirOwnSettings() {
        assertThat(OsTheme.detect("Mac OS X", Map.of(), home, answers(Map.of("AppleInterfaceStyle", "Dark\n"))))
                .isEqualTo(Theme.DARK);
        assertThat(OsTheme.detect("Mac OS X", Map.of(), home, answers(Map.of()))).isEqualTo(Theme.LIGHT);
        String dark = "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x0\r\n";
        String light = "\r\nHKEY_CURRENT_USER\\...\\Personalize\r\n    AppsUseLightTheme    REG_DWORD    0x1\r\n";
        assertThat(OsTheme.detect("Windows 11", Map.of(), home, answers(Map.of("AppsUseLightTheme", dark))))
                .isEqualTo(Theme.DARK);
        assertThat(OsTheme.detect("Windows 11", Map.of(), home, answers(Map.of("AppsUseLightTheme", light))))
                .isEqualTo(Theme.LIGHT);
    }
}
