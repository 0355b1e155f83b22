package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Which stored sources share sentence fingerprints with an article, and how many each shares. */
final class SentenceQueries {
    private SentenceQueries() {
    }

    /**
     * Counts shared fingerprints per source. A source holds each fingerprint once (primary key), so the counts of
     * separate IN-list chunks add up exactly.
     */
    static Map<Long, Integer> sharing(Connection c, Set<Long> fingerprints, boolean undatedOnly) throws SQLException {
        Map<Long, Integer> counts = new TreeMap<>();
        if (fingerprints == null || fingerprints.isEmpty() || (undatedOnly && !anyUndated(c))) {
            return counts;
        }
        for (List<Long> chunk : Sql.chunks(fingerprints.stream().filter(Objects::nonNull).toList())) {
            String sql = "SELECT s.source_id, COUNT(*) FROM source_sentences s"
                    + (undatedOnly ? " JOIN sources src ON src.id = s.source_id AND src.published IS NULL" : "")
                    + " WHERE s.fingerprint IN (" + Sql.placeholders(chunk.size()) + ") GROUP BY s.source_id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Long print : chunk) {
                    ps.setLong(i++, print);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    /** Whether any source is undated: usually none are, and the index on published answers at once. */
    private static boolean anyUndated(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sources WHERE published IS NULL FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }
}
