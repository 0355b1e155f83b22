package parley.domain;

import java.time.Instant;

/**
 * One analyst edit as kept in the store, so an event's history can be shown.
 *
 * @param id       store id (0 before it is stored)
 * @param eventId  the event it concerns, or null (a source's publication date)
 * @param sourceId the source it concerns, or null
 * @param user     who made it: the operating-system user name
 * @param at       when
 * @param action   what kind of edit ("confirm", "set-date", "merge", "undo", ...)
 * @param detail   what changed, in words ("date 2025-08-13 → 2025-08-14")
 * @param login    the database login it was written with on a team store (set by the store), else null
 */
public record EditRecord(long id, Long eventId, Long sourceId, String user, Instant at, String action, String detail,
                         String login) {

    public EditRecord(long id, Long eventId, Long sourceId, String user, Instant at, String action, String detail) {
        this(id, eventId, sourceId, user, at, action, detail, null);
    }

    /** "ana", or "ana (login desk_ana)" on a team store, so a history says which analyst and which account. */
    public String who() {
        return login == null || login.equals(user) ? user : user + " (login " + login + ")";
    }

    /** A new record by the current OS user, now. */
    public static EditRecord now(Long eventId, Long sourceId, String action, String detail) {
        return new EditRecord(0, eventId, sourceId, System.getProperty("user.name", "unknown"), Instant.now(), action,
                detail);
    }
}
