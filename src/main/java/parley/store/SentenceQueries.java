package parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Which stored sources share sentence fingerprints with an article, and how many each shares. */
final class SentenceQueries {
    private SentenceQueries() {
    }

    /**
     * Counts shared fingerprints per source (sources sharing none are left out). Each source's prints are one packed
     * value of its row ({@link PackedPrints}), so this reads the sources' prints and counts in memory: only for an
     * undated article (to borrow a date) does it read them all; the usual question, which undated sources share a
     * dated article's sentences, reads the undated ones through the index on the publication date.
     */
    static Map<Long, Integer> sharing(Connection c, Set<Long> fingerprints, boolean undatedOnly) throws SQLException {
        Map<Long, Integer> counts = new TreeMap<>();
        if (fingerprints == null || fingerprints.isEmpty()) {
            return counts;
        }
        Set<Long> wanted = new HashSet<>(fingerprints);
        wanted.removeIf(Objects::isNull);
        String sql = "SELECT id, sentence_prints FROM sources WHERE sentence_prints IS NOT NULL"
                + (undatedOnly ? " AND published IS NULL" : "");
        try (PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int shared = PackedPrints.shared(rs.getBytes(2), wanted);
                if (shared > 0) {
                    counts.put(rs.getLong(1), shared);
                }
            }
        }
        return counts;
    }
}
