/**
 * Finding events in an article's text with explainable rules and curated data: sentences, people and
 * organisations from a gazetteer, dates resolved against the publication date, event triggers, roles, places,
 * status; and deciding when two reports are the same event.
 */
package parley.extract;
