package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import parley.domain.DateBasis;
import parley.domain.Source;

/** Reading sources: the list without texts, one source with its text. */
final class SourceRows {
    private static final String COLUMNS = "id, file_name, file_format, title, publisher, author, published, "
            + "published_basis, inferred_from, sha256, imported_at, published_signal, reading_notes";

    private SourceRows() {
    }

    static List<Source> all(Connection c) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM sources ORDER BY imported_at, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sources.add(read(rs, null));
            }
        }
        return sources;
    }

    static Optional<Source> one(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", body FROM sources WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs, rs.getString(14))) : Optional.empty();
            }
        }
    }

    /**
     * The source of a row of {@link #COLUMNS}, by column position: H2 upper-cases a column's name on every look-up,
     * most of the list's read at 10,000 sources.
     */
    private static Source read(ResultSet rs, String text) throws SQLException {
        long inferred = rs.getLong(9);
        Long inferredFrom = rs.wasNull() ? null : inferred;
        java.time.OffsetDateTime imported = rs.getObject(11, java.time.OffsetDateTime.class);
        return new Source(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, java.time.LocalDate.class),
                Sql.enumOf(DateBasis.class, rs.getString(8)), inferredFrom, rs.getString(10), text,
                imported == null ? null : imported.toInstant(), rs.getString(12), notes(rs.getString(13)));
    }

    /** Notes are stored one per line. */
    private static List<String> notes(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }
}
