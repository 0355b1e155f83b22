/**
 * Finding events in an article's text with explainable rules and curated data, and deciding when two reports are
 * the same event.
 *
 * <p>Pipeline ({@link parley.extract.RuleBasedExtractor}, one {@code ArticleExtraction} per article): sentences
 * ({@code text.SentenceSplitter}) → page furniture skipped, quotations masked and photo captions marked
 * ({@code text.Furniture}, {@code text.QuoteMask}, {@code text.CaptionLines}: a caption may report an event of its
 * own but adds nobody to the story's events) → names per sentence in reading order ({@code EntityFinder}: gazetteer.tsv, people found
 * by their title, title-only references, offices named through a country ("Finland's foreign minister", "foreign
 * ministers of Latvia and Estonia"), and countries that act ({@code CountryActors}: "delegations from Ukraine and
 * Russia", "Armenia and Azerbaijan held talks") — a country merely mentioned is not a participant) → triggers
 * (triggers.tsv) with clauses ({@code Clauses}), roles (roles.tsv), places ({@code Places}) and time expressions
 * ({@code time.TimexTagger}) attached per trigger ({@code SentenceEvents}) → one event per trigger, its date
 * resolved against the publication date with the tense of its own part of the clause ({@code EventBuilder},
 * {@code time.DateResolver}) → triggers of one sentence linked ({@code SentenceLinks}: one event per clause,
 * shared dates, "followed by", "on the margins of", "after a call" as a reference point) → references to earlier
 * events ({@code Story}: sentences with roles but no trigger, "the talks", "the two leaders" — a counted group only of exactly that size) → reports of one
 * event inside the article merged, leader-level meetings made summits, titles ({@code ArticleEvents},
 * {@link parley.extract.EventMerger}). Data files live in {@code src/main/resources/parley/extract/} and are
 * loaded once per JVM. No models, no network.
 */
package parley.extract;
