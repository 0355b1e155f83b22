/**
 * Time expressions: {@link parley.extract.time.TimexTagger} finds them ("on Wednesday", "24–25 June", "from 30 June
 * to 2 July", "at midday", "earlier this month", "seven years ago", "their 2018 summit"), {@link parley.extract.time.TenseDetector} tells the clause's tense, and
 * {@link parley.extract.time.DateResolver} resolves them against the publication date into an
 * {@code EventDate} with a {@code DateDerivation} that says how. Independent of events, so it can be benchmarked
 * on its own (TempEval-3). {@link parley.extract.time.TimexTagger#tagAll} adds what TimeML also counts (durations,
 * sets, "now"/"the past", bare years and months, decades, seasons, quarters, "N units ago"; see {@code TimeMlCoverage})
 * for {@code parley.timeml}; the app's extraction calls {@code tag}, which never returns those kinds except "N units ago" (which dates an
 * event) and which joins a range across months into one expression where TimeML keeps its two ends apart.
 */
package parley.extract.time;
