package parley.store;

/**
 * The store itself failed, not the one change asked of it: the disk is full, the file went away, or the database
 * closed itself after an I/O error. Nothing of the failed change was saved, and every later write would fail the same
 * way, so an import stops at the first one instead of failing each remaining file.
 */
public class StoreUnavailableException extends StoreException {
    private final String reason;

    /**
     * @param reason  what went wrong, short ("the disk is full (No space left on device)")
     * @param message the whole sentence for a person
     */
    public StoreUnavailableException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * True when the connection to a database server was lost (dropped, reset, ended by its admin) rather than the
     * store itself failing: a new connection may well work, so the same writes can be tried again at once.
     */
    public boolean connectionLost() {
        return StoreFailures.connectionLost(getCause());
    }

    /** What went wrong, short: "the disk is full (No space left on device)". */
    public String reason() {
        return reason;
    }
}
