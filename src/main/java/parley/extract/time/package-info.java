/**
 * Time expressions: {@link parley.extract.time.TimexTagger} finds them ("on Wednesday", "24–25 June", "at midday",
 * "earlier this month"), {@link parley.extract.time.TenseDetector} tells the clause's tense, and
 * {@link parley.extract.time.DateResolver} resolves them against the publication date into an
 * {@code EventDate} with a {@code DateDerivation} that says how. Independent of events, so it can be benchmarked
 * on its own (TempEval-3).
 */
package parley.extract.time;
