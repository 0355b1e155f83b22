package parley.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the store lives: {@code --db DIR}, else {@code PARLEY_DB}, else the platform's per-user data folder. */
public final class StoreLocation {
    public static final String ENV = "PARLEY_DB";

    private StoreLocation() {
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path option, Map<String, String> env, String osName, String home) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("Parley");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Parley");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("parley");
    }
}
