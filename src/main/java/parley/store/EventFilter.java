package parley.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * Which events a read loads: a fixed condition on {@code events e} with its parameters. The same condition selects
 * the events and, joined, their participants, mentions and disagreements, so a read is five queries whatever its size.
 *
 * @param where  condition on the alias {@code e}, built only from the constants below
 * @param params its parameters, in order
 * @param dating whether the condition can match dated events, undated ones or both: a read skips the query of the
 *               part that cannot match (the merge asks for candidates once per event of every imported article)
 */
record EventFilter(String where, List<Object> params, Dating dating) {
    /** Which of the two event queries (dated in date order, undated in id order) a filter needs. */
    enum Dating {
        ANY, DATED, UNDATED;

        boolean dated() {
            return this != UNDATED;
        }

        boolean undated() {
            return this != DATED;
        }
    }

    /** The earliest and latest days a window is clamped to, inside what every supported database stores. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    static final EventFilter ALL = new EventFilter(null, List.of(), Dating.ANY);
    static final EventFilter UNDATED = new EventFilter("e.start_day IS NULL", List.of(), Dating.UNDATED);

    static EventFilter id(long id) {
        return new EventFilter("e.id = ?", List.of(id), Dating.ANY);
    }

    /** Events holding at least one mention of this source. */
    static EventFilter mentioning(long sourceId) {
        return new EventFilter("e.id IN (SELECT mm.event_id FROM mentions mm WHERE mm.source_id = ?)",
                List.of(sourceId), Dating.ANY);
    }

    /**
     * Dated events whose days [start_day, last_day] overlap [from, to]. No event spans more than {@code maxSpanDays},
     * so its start is at most that many days before {@code from}: bounding start_day on both sides lets the index on
     * start_day do the work instead of scanning every event that ends after {@code from}.
     */
    static EventFilter overlapping(LocalDate from, LocalDate to, int maxSpanDays) {
        LocalDate first = clamp(from);
        LocalDate lowestStart = clamp(first.minusDays(Math.max(0, maxSpanDays)));
        return new EventFilter("e.start_day >= ? AND e.start_day <= ? AND e.last_day >= ?",
                List.of(lowestStart, clamp(to), first), Dating.DATED);
    }

    boolean all() {
        return where == null;
    }

    /** " WHERE ..." or "" for all events. */
    String whereClause() {
        return all() ? "" : " WHERE (" + where + ")";
    }

    /** Binds the parameters from index 1. */
    void bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
    }

    private static LocalDate clamp(LocalDate d) {
        return d.isBefore(EARLIEST) ? EARLIEST : d.isAfter(LATEST) ? LATEST : d;
    }
}
