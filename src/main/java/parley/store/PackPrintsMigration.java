package parley.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Schema version 5: each source's sentence fingerprints move from a row apiece in {@code source_sentences} into one
 * packed column of the source ({@link PackedPrints}), and the table goes ({@link PackRowsMigration}).
 */
final class PackPrintsMigration extends PackRowsMigration<Long> {
    PackPrintsMigration() {
        super(5, "pack sentence prints", "sources", "sentence_prints", "source_sentences");
    }

    @Override
    String rowsInOwnerOrder() {
        return "SELECT source_id, fingerprint FROM source_sentences ORDER BY source_id";
    }

    @Override
    Long row(ResultSet rs) throws SQLException {
        return rs.getLong(2);
    }

    @Override
    byte[] pack(List<Long> prints) {
        return PackedPrints.pack(prints);
    }
}
