/**
 * Scoring: compares an {@code events --json} export with a labelled gold file (the conventions of the shared
 * corpus GUIDELINES) and reports recall, precision and the per-article misses and extras. It follows the shared
 * {@code score_events.py} rule for rule, so the project can measure itself in a test or with {@code parley score}
 * while that script stays the reference; it adds the reading of publisher and author.
 */
package parley.score;
