package parley.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An edit was made against a version of an event that is no longer the stored one: someone else (another analyst on
 * a team store, an import) changed or deleted it since it was read. Nothing of the edit was saved; reading the event
 * again shows the new version, against which the edit can be made again.
 */
public final class EventChangedException extends RuntimeException {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final long eventId;
    private final String changedBy;
    private final Instant changedAt;
    private final boolean deleted;

    /**
     * @param changedBy who made the change that won, as the store recorded it (null when it does not know)
     * @param changedAt when (null when unknown)
     * @param deleted   the event is gone rather than changed
     */
    public EventChangedException(long eventId, String changedBy, Instant changedAt, boolean deleted) {
        super(describe(changedBy, changedAt, deleted));
        this.eventId = eventId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.deleted = deleted;
    }

    /** "This event was changed by ana (login desk_ana) at 2026-12-06 10:42:13; your change was not saved." */
    static String describe(String by, Instant at, boolean deleted) {
        StringBuilder s = new StringBuilder("This event was ").append(deleted ? "deleted" : "changed");
        s.append(" by ").append(by == null || by.isBlank() ? "someone else" : by);
        if (at != null) {
            s.append(" at ").append(TIME.format(at.atZone(ZoneId.systemDefault())));
        }
        return s.append("; your change was not saved.").toString();
    }

    public long eventId() {
        return eventId;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public boolean deleted() {
        return deleted;
    }
}
