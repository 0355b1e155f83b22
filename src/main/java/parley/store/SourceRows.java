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
    private static final String COLUMNS = "s.id, s.file_name, s.file_format, s.title, s.publisher, s.author, "
            + "s.published, s.published_basis, s.inferred_from, s.sha256, s.imported_at, s.published_signal, "
            + "s.reading_notes";
    /**
     * Texts of at most this many characters are kept in {@code source_texts} (migration V12), longer ones in the
     * source's CLOB as before: a row in a B-tree page stays a few pages at most.
     */
    static final int TEXT_IN_ROW_AT_MOST = 65_536;

    private SourceRows() {
    }

    static List<Source> all(Connection c) throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM sources s ORDER BY s.imported_at, s.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sources.add(read(rs, null));
            }
        }
        return sources;
    }

    static Optional<Source> one(Connection c, long id) throws SQLException {
        // The text's own row when it has one (V12), else the body of a source stored before or a long text.
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", t.body, s.body FROM sources s"
                + " LEFT JOIN source_texts t ON t.source_id = s.id WHERE s.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String own = rs.getString(14);
                return Optional.of(read(rs, own != null ? own : rs.getString(15)));
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
