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

    MergeWrites(EventStore.Transaction tx, EventMerger merger, MatchIndex index) {
        this.tx = tx;
        this.merger = merger;
        this.index = index;
    }

    @Override
    public Optional<Event> same(Event extracted) {
        while (true) {
            Optional<Event> outline = merger.findSame(extracted, index.candidates(extracted));
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
            // Cannot happen while the import is the only writer (it rebuilds the index otherwise); stay correct.
            index.remove(id);
        }
    }

    @Override
    public void insert(Event event) {
        Event held = event.withId(nextProvisional++);
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
