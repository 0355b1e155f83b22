package parley.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The operating system's light or dark preference, for the theme of a first start. JavaFX 21 cannot read it
 * (Platform.getPreferences() arrived in JavaFX 22), so it is asked where each desktop keeps it: on Linux the GTK
 * theme variable, GNOME's colour scheme and GTK theme (gsettings) and GTK 3's settings.ini; on macOS the global
 * AppleInterfaceStyle; on Windows the AppsUseLightTheme registry value. Anything unknown or unreadable means light.
 */
final class OsTheme {
    /** Runs a command and returns what it printed, or null when it failed (absent, timed out, non-zero exit). */
    static final Function<List<String>, String> RUN = OsTheme::run;

    private OsTheme() {
    }

    /** The preference of the system this runs on. */
    static Theme detect() {
        return detect(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home", ".")),
                RUN);
    }

    static Theme detect(String os, Map<String, String> env, Path home, Function<List<String>, String> run) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.contains("mac")) {
            String style = run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"));
            return style != null && style.strip().equalsIgnoreCase("dark") ? Theme.DARK : Theme.LIGHT;
        }
        if (name.contains("win")) {
            String reg = run.apply(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                    "AppsUseLightTheme"));
            return reg != null && reg.matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0+\\b.*") ? Theme.DARK
                    : Theme.LIGHT;
        }
        return linux(env, home, run);
    }

    private static Theme linux(Map<String, String> env, Path home, Function<List<String>, String> run) {
        // GTK_THEME=Adwaita:dark forces a variant for GTK programs started from this environment.
        String forced = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (!forced.isEmpty()) {
            return forced.contains("dark") ? Theme.DARK : Theme.LIGHT;
        }
        // GNOME 42+ (and desktops that follow it) keep the choice in the colour scheme.
        String scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme != null && scheme.contains("prefer-dark")) {
            return Theme.DARK;
        }
        if (scheme != null && scheme.contains("prefer-light")) {
            return Theme.LIGHT;
        }
        // Older desktops pick a dark variant by the theme's name ("Adwaita-dark", "Yaru-dark", "Breeze-Dark").
        String gtkTheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"));
        if (gtkTheme != null && gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return Theme.DARK;
        }
        String config = env.getOrDefault("XDG_CONFIG_HOME", "");
        Path ini = (config.isBlank() ? home.resolve(".config") : Path.of(config)).resolve("gtk-3.0/settings.ini");
        try {
            if (Files.isRegularFile(ini)) {
                for (String line : Files.readAllLines(ini, StandardCharsets.UTF_8)) {
                    String l = line.replace(" ", "").toLowerCase(Locale.ROOT);
                    if (l.equals("gtk-application-prefer-dark-theme=1") || l.equals("gtk-application-prefer-dark-theme=true")
                            || l.startsWith("gtk-theme-name=") && l.contains("dark")) {
                        return Theme.DARK;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable settings file says nothing: light it is.
        }
        return Theme.LIGHT;
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
