package parley.domain;

/**
 * Another process committed a change to the store (a team store's other analysts: an import, an edit).
 *
 * @param revision the store's count of committed writes after it
 * @param by       who, as the writer said ("ana (login desk_ana)"), or null when the change was found by polling
 */
public record StoreChange(long revision, String by) {
}
