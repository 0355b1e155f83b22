package parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Creates and upgrades the schema with the versioned migrations in {@code db/migration}. */
final class Schema {
    static final String LOCATION = "classpath:db/migration";

    private Schema() {
    }

    /** Brings the database up to the newest schema (creating it in an empty database). */
    static void migrate(DataSource dataSource) {
        try {
            Flyway flyway = Flyway.configure(Schema.class.getClassLoader())
                    .dataSource(dataSource)
                    .loggers(FlywayLog.class.getName())
                    .locations(LOCATION)
                    .placeholders(typesFor(productName(dataSource)))
                    .load();
            flyway.migrate();
        } catch (FlywayException e) {
            throw new StoreException("The store's tables could not be created or upgraded: " + e.getMessage(), e);
        }
    }

    /** The names of the long-text types, which are all the migrations need to know about the database. */
    static Map<String, String> typesFor(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return Map.of("text", "VARCHAR(1000000)", "document", "CLOB");
        }
        if (product.contains("postgres")) {
            return Map.of("text", "TEXT", "document", "TEXT");
        }
        throw new StoreException("Parley cannot keep its store in " + productName + " (H2 and PostgreSQL work).");
    }

    private static String productName(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new StoreException("The store could not be reached: " + e.getMessage(), e);
        }
    }
}
