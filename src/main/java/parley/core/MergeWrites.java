package parley.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import parley.domain.Event;
import parley.domain.EventStore;
import parley.extract.EventMerger;

/**
 * {@link Merging} over a {@link MatchIndex}: candidates come from memory, the merger weighs their outlines, and only
 * the one it picks is read in full. An article's new and changed events are held until {@link #flush}, then written
 * in batches. A new event gets a provisional id above every stored one, in order of creation, so the index orders
 * it as the store will (the store's ids grow in insertion order); flush swaps in the real ids.
 */
final class MergeWrites implements Merging {
    /** Provisional ids start here, far above any id a store hands out. */
    static final long PROVISIONAL = Long.MAX_VALUE / 2;

    private final EventStore.Transaction tx;
    private final EventMerger merger;
    private final MatchIndex index;
    /** Events to write at flush, by id (provisional for new ones), in the order first written. */
    private final Map<Long, Event> pending = new LinkedHashMap<>();
    private long nextProvisional = PROVISIONAL;
    /**
     * Events this article's extraction added as new: another event of the same article never merges into one of them,
     * since the article's own consolidation ({@code ArticleEvents}) already kept the two apart (a meeting on the
     * margins of a summit, one person's calls with different counterparts the same day) by rules that see the
     * sentences, which the import cannot; except two of one kind kept apart only because one sentence reported both
     * (see {@link #sentenceApart}).
     */
    private final Set<Long> insertedNow = new java.util.HashSet<>();

    private final boolean restartWhenStale;

    /** @param restartWhenStale throw {@link Stale} when the index names an event no longer stored */
    MergeWrites(EventStore.Transaction tx, EventMerger merger, MatchIndex index, boolean restartWhenStale) {
        this.restartWhenStale = restartWhenStale;
        this.tx = tx;
        this.merger = merger;
        this.index = index;
    }

    @Override
    public Optional<Event> same(Event extracted) {
        while (true) {
            List<Event> candidates = index.candidates(extracted);
            if (!insertedNow.isEmpty()) {
                candidates = candidates.stream().filter(c -> !insertedNow.contains(c.id()) || sentenceApart(pending.get(c.id()),
                        extracted)).toList();
            }
            Optional<Event> outline = merger.findSame(extracted, candidates);
            if (outline.isEmpty()) {
                return Optional.empty();
            }
            long id = outline.get().id();
            Event held = pending.get(id);
            if (held != null) {
                return Optional.of(held);
            }
            Optional<Event> stored = tx.event(id);
            if (stored.isPresent()) {
                return stored;
            }
            // Gone since the index was read: an analyst merged or deleted it while this group was open. The
            // analyst's tombstones are then stale too: an import stores the article again against the store as it
            // is; a re-extraction (one transaction over every source) goes on without the event.
            if (restartWhenStale) {
                throw new Stale(id);
            }
            index.remove(id);
        }
    }

    /** The index named an event that is no longer stored: read the store again and store the article again. */
    static final class Stale extends RuntimeException {
        Stale(long id) {
            super("event " + id + " was merged or deleted by another writer during the import", null, false, false);
        }
    }

    /**
     * Two reports of one kind that share a sentence: the article keeps a sentence's triggers apart whatever they grew
     * into (a caption's talks and the story's talks), so the import may still find them one event.
     */
    static boolean sentenceApart(Event held, Event extracted) {
        if (held == null || held.type() != extracted.type() || held.mentions() == null || extracted.mentions() == null) {
            return false;
        }
        for (parley.domain.Mention m : held.mentions()) {
            for (parley.domain.Mention n : extracted.mentions()) {
                if (m.sourceId() == n.sourceId() && m.start() == n.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void insert(Event event) {
        Event held = event.withId(nextProvisional++);
        insertedNow.add(held.id());
        pending.put(held.id(), held);
        index.put(held);
    }

    @Override
    public void update(Event event) {
        pending.put(event.id(), event);
        index.put(event);
    }

    @Override
    public void flush() {
        List<Long> provisional = new ArrayList<>();
        List<Event> inserts = new ArrayList<>();
        List<Event> updates = new ArrayList<>();
        for (Event e : pending.values()) {
            if (e.id() >= PROVISIONAL) {
                provisional.add(e.id());
                inserts.add(e.withId(0));
            } else {
                updates.add(e);
            }
        }
        pending.clear();
        insertedNow.clear();
        nextProvisional = PROVISIONAL;
        if (!updates.isEmpty()) {
            tx.updateEvents(updates);
        }
        if (!inserts.isEmpty()) {
            long[] ids = tx.insertEvents(inserts);
            for (int i = 0; i < ids.length; i++) {
                index.renumber(provisional.get(i), ids[i]);
            }
        }
    }

    @Override
    public void mentionsRemoved(Set<Long> touched) {
        for (long id : touched) {
            if (tx.event(id).isEmpty()) {
                index.remove(id);
            }
        }
    }
}
