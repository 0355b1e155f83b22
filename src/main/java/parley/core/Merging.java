package parley.core;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import parley.domain.Event;
import parley.domain.EventStore;
import parley.extract.EventMerger;

/**
 * Where an extracted event finds the stored event it reports, and where the merge writes: straight through the
 * transaction ({@link #direct}, for one article re-resolved at a time), or through an in-memory index with the
 * writes of an article gathered into batches ({@link MergeWrites}, for imports and re-extraction).
 */
interface Merging {

    /** The stored event (as it stands in this transaction) reporting the same real event, if any. */
    Optional<Event> same(Event extracted);

    void insert(Event event);

    void update(Event event);

    /** Writes what {@link #insert} and {@link #update} gathered; called at the end of each article. */
    void flush();

    /** After {@link EventStore.Transaction#removeMentionsOf}: these events lost mentions, some were deleted. */
    void mentionsRemoved(Set<Long> touched);

    /** Asks the store for candidates event by event and writes at once. */
    static Merging direct(EventStore.Transaction tx, EventMerger merger) {
        return new Merging() {
            /** As {@link MergeWrites}: events this article added, which its other events do not merge into. */
            private final java.util.Set<Long> insertedNow = new java.util.HashSet<>();

            @Override
            public Optional<Event> same(Event event) {
                LocalDate from = event.date().known() ? event.date().start().minusDays(1) : null;
                LocalDate to = event.date().known() ? event.date().lastDay().plusDays(1) : null;
                java.util.List<Event> candidates = tx.candidates(from, to);
                if (!insertedNow.isEmpty()) {
                    candidates = candidates.stream().filter(c -> !insertedNow.contains(c.id())
                            || MergeWrites.sentenceApart(c, event)).toList();
                }
                return merger.findSame(event, candidates);
            }

            @Override
            public void insert(Event event) {
                insertedNow.add(tx.insertEvent(event));
            }

            @Override
            public void update(Event event) {
                tx.updateEvent(event);
            }

            @Override
            public void flush() {
                insertedNow.clear();
            }

            @Override
            public void mentionsRemoved(Set<Long> touched) {
            }
        };
    }
}
