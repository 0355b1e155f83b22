/**
 * The application's use cases, free of UI: opening a store, importing files (read → extract → merge → store,
 * articles committed in groups with a savepoint each, merge candidates from an in-memory {@code MatchIndex}; a bad
 * file is named with its reason and the import goes on, a failing store such as a full disk stops it once with a
 * message), inferring the dates of undated articles and re-resolving their events, and
 * extracting every article again ({@link parley.core.ImportService#reextractAll}) below the analyst's word: events an
 * analyst confirmed or edited keep their fields, deleted ones stay deleted ({@code AnalystWord}).
 * {@link parley.core.Parley} is the composition root that the desktop app and the command line share.
 */
package parley.core;
