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
                return rs.next() ? Optional.of(read(rs, rs.getString("body"))) : Optional.empty();
            }
        }
    }

    private static Source read(ResultSet rs, String text) throws SQLException {
        return new Source(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_format"),
                rs.getString("title"), rs.getString("publisher"), rs.getString("author"), Sql.date(rs, "published"),
                Sql.enumOf(DateBasis.class, rs.getString("published_basis")), Sql.nullableLong(rs, "inferred_from"),
                rs.getString("sha256"), text, Sql.instant(rs, "imported_at"), rs.getString("published_signal"),
                notes(rs.getString("reading_notes")));
    }

    /** Notes are stored one per line. */
    private static List<String> notes(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split("\n"));
    }
}
