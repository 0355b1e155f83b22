package parley.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Parley's version, from the pom (written into {@code parley/version.properties} at build time). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/parley/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
