/**
 * Time expressions: {@link parley.extract.time.TimexTagger} finds them ("on Wednesday", "24–25 June", "at midday",
 * "earlier this month"), {@link parley.extract.time.TenseDetector} tells the clause's tense, and
 * {@link parley.extract.time.DateResolver} resolves them against the publication date into an
 * {@code EventDate} with a {@code DateDerivation} that says how. Independent of events, so it can be benchmarked
 * on its own (TempEval-3). {@link parley.extract.time.TimexTagger#tagAll} adds what TimeML also counts (durations,
 * sets, "now"/"the past", bare years and months, decades, seasons, quarters, "N units ago"; see {@code TimeMlCoverage})
 * for {@code parley.timeml}; the app's extraction calls {@code tag}, which never returns those kinds.
 */
package parley.extract.time;
