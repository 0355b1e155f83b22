package parley.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import parley.domain.StoreAddress;

/**
 * Where the store lives: {@code --db DIR|URL}, else {@code PARLEY_DB}, else the platform's per-user data folder. A
 * PostgreSQL URL names a team store ({@link StoreAddress.Server}).
 */
public final class StoreLocation {
    public static final String ENV = "PARLEY_DB";

    private StoreLocation() {
    }

    /**
     * The store named by {@code --db}'s text (null when not given), else by {@code PARLEY_DB}, else the default folder.
     *
     * @throws IllegalArgumentException when the text is a malformed PostgreSQL URL (the message says what is wrong)
     */
    public static StoreAddress address(String option) {
        return address(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static StoreAddress address(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return StoreAddress.parse(option);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return StoreAddress.parse(fromEnv);
        }
        return new StoreAddress.Folder(platformFolder(env, osName, home));
    }

    /**
     * The local folder for what belongs to this user and this store but not in it: the window's layout of a team
     * store lives here ({@code teams/<host>-<port>-<database>} under the default folder), a folder store keeps its own.
     */
    public static Path localFolder(StoreAddress address) {
        if (address instanceof StoreAddress.Folder f) {
            return f.path();
        }
        StoreAddress.Server s = (StoreAddress.Server) address;
        String name = (s.host() + "-" + s.port() + "-" + s.database()).replaceAll("[^A-Za-z0-9._-]", "_");
        return platformFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"))
                .resolve("teams").resolve(name);
    }

    private static Path platformFolder(Map<String, String> env, String osName, String home) {
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
