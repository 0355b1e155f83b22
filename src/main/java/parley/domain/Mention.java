package parley.domain;

/**
 * One piece of evidence: a sentence of a source that reports an event.
 *
 * @param sourceId     the source's id in the store (0 before it is stored)
 * @param start        character offset of the sentence in the source text as stored
 * @param end          offset just past the sentence
 * @param text         the sentence, exactly {@code sourceText.substring(start, end)}
 * @param contribution what it contributed ("trigger 'virtual call'; date 'at midday'; participants")
 */
public record Mention(long sourceId, int start, int end, String text, String contribution) {
    public Mention withSource(long id) {
        return new Mention(id, start, end, text, contribution);
    }
}
