package parley.store;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Where Flyway's messages go: warnings and errors to java.util.logging, routine progress nowhere. Left to itself
 * Flyway picks whatever logging library happens to be on the class path and chats on every command's console.
 */
public final class FlywayLog implements LogCreator {
    private static final Logger LOG = Logger.getLogger("parley.store.flyway");

    /** Flyway creates its log factory by reflection. */
    public FlywayLog() {
    }

    @Override
    public Log createLogger(Class<?> source) {
        return new Log() {
            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
            }

            @Override
            public void notice(String message) {
            }

            @Override
            public void warn(String message) {
                LOG.warning(message);
            }

            @Override
            public void error(String message) {
                LOG.severe(message);
            }

            @Override
            public void error(String message, Exception e) {
                LOG.log(Level.SEVERE, message, e);
            }
        };
    }
}
