package parley.store;

/**
 * Another writer changed the same rows at the same moment and its change won (a team store: another analyst's
 * Parley inserted the same article or entity, or the two transactions deadlocked). Nothing of this change was saved;
 * reading again and retrying it is safe and usually finds the other writer's rows.
 */
public class StoreConflictException extends StoreException {
    public StoreConflictException(String message, Throwable cause) {
        super(message, cause);
    }
}
