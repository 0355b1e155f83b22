/**
 * TimeML at Parley's boundary: {@link parley.timeml.Te3InputReader} reads TempEval-3 input files,
 * {@link parley.timeml.MeantimeReader} reads NewsReader MEANTIME (CAT XML) documents with their gold TIMEX3s,
 * {@link parley.timeml.TimexAnnotator} finds and resolves time expressions with the app's own tagger and resolver
 * ({@code parley.extract.time}) and {@link parley.timeml.Timex3Values} turns them into TIMEX3 types and values
 * (PRESENT_REF, ISO weeks, seasons, durations), the only place where TimeML conventions are applied.
 * {@link parley.timeml.TimeMlWriter} writes the input back with TIMEX3 tags inserted, its TEXT unchanged character
 * for character. {@link parley.timeml.TimexBenchmark} scores all this on MEANTIME and TempEval-3 platinum.
 * XML is always parsed with DTDs and external entities disabled ({@link parley.timeml.SafeXml}).
 */
package parley.timeml;
