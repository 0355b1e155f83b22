/**
 * Analyst review, free of UI: every correction is an {@link parley.review.EditCommand} (execute, undo, redo, and a
 * description for the Edit menu) made by {@link parley.review.Review} and kept in an {@link parley.review.EditHistory}.
 * Commands change the store through {@link parley.domain.EventStore}, one transaction each, mark what they touch as
 * edited or confirmed (so extraction never overrides it), leave tombstones for deleted events, and write an
 * {@link parley.domain.EditRecord} per event touched (who, when, what changed).
 */
package parley.review;
