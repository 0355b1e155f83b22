package parley.domain;

/**
 * What remains of an event an analyst deleted: one of its supporting sentences and its type. Extraction that finds
 * an event of this type in this sentence again (the same place in the same source, or the same words in a copy of
 * the article) leaves the sentence out, so a deleted event is not re-inserted.
 *
 * @param eventId  the deleted event
 * @param sourceId the source of the sentence
 * @param start    the sentence's start offset
 * @param end      the sentence's end offset
 * @param type     the deleted event's type, or null for any type: an event an analyst edited or merged may no
 *                 longer have the type extraction gives its sentences
 * @param sentence the sentence's words
 */
public record Tombstone(long eventId, long sourceId, int start, int end, EventType type, String sentence) {

    public static Tombstone of(Event deleted, Mention m) {
        return new Tombstone(deleted.id(), m.sourceId(), m.start(), m.end(), deleted.edited() ? null : deleted.type(),
                m.text());
    }

    /** True when this tombstone buries the mention for an event of this type. */
    public boolean buries(Mention m, EventType eventType) {
        if (type != null && eventType != type) {
            return false;
        }
        boolean samePlace = m.sourceId() == sourceId && m.start() == start && m.end() == end;
        return samePlace || (sentence != null && m.text() != null && sentence.strip().equals(m.text().strip()));
    }
}
