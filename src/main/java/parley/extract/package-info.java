/**
 * Finding events in an article's text with explainable rules and curated data, and deciding when two reports are
 * the same event.
 *
 * <p>Pipeline ({@link parley.extract.RuleBasedExtractor}, one {@code ArticleExtraction} per article): sentences
 * ({@code text.SentenceSplitter}) → page furniture skipped and quotations masked ({@code text.Furniture},
 * {@code text.QuoteMask}) → names per sentence in reading order ({@code EntityFinder}: gazetteer.tsv, people found
 * by their title, title-only references) → triggers (triggers.tsv) with clauses ({@code Clauses}), roles
 * (roles.tsv), places ({@code Places}) and time expressions ({@code time.TimexTagger}) attached per trigger
 * ({@code SentenceEvents}) → dates resolved against the publication date with the clause's tense
 * ({@code time.DateResolver}) → sentences without a trigger continue the event just mentioned → reports of one
 * event inside the article merged ({@link parley.extract.EventMerger}) → titles. Data files live in
 * {@code src/main/resources/parley/extract/} and are loaded once per JVM. No models, no network.
 */
package parley.extract;
