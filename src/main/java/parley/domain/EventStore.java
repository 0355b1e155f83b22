package parley.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store of sources, events and entities. Reads are safe from any thread; writes go through
 * {@link #write(Work)}, one transaction per call.
 */
public interface EventStore extends AutoCloseable {

    boolean containsSha(String sha256);

    /** All sources, oldest import first, without their text (see {@link #source(long)}). */
    List<Source> sources();

    /** One source with its text. */
    Optional<Source> source(long id);

    /** All events with participants and mentions, ordered by date (undated last), then id. */
    List<Event> events();

    /**
     * The events of {@link #events()}, in its order, for the timeline: everything except the supporting sentences.
     * Each mention keeps its source and offsets (so sources, counts and highlights work) but its {@code text} and
     * {@code contribution} are null; {@link #event(long)} reads one event with them. Added for launch speed and
     * heap with 100,000 events; a store that cannot read lighter rows returns its full events.
     */
    default List<Event> timelineEvents() {
        return events();
    }

    /**
     * True when {@link #timelineEvents()} would be answered at once (the store keeps the rows packed for the revision
     * it is at), so a launch may skip {@link #timelineOutline()} and paint the complete rows first.
     */
    default boolean timelineReadsQuickly() {
        return false;
    }

    /**
     * Makes {@link #timelineReadsQuickly()} true for the store as it now is, when the store can keep its timeline rows
     * ready: a bulk write from the command line ends with it, so the next launch paints the complete rows at once
     * instead of reading every table (five times slower at 100,000 events). Does nothing when they are ready already.
     */
    default void keepTimelineReady() {
    }

    /**
     * The events of {@link #timelineEvents()}, in its order, from the events table alone: type, title, date,
     * place, status and review flags, but empty participants, mentions and disagreements. Enough to paint the
     * stacked timeline's first frame at launch while the rows are read; never to act on. Added for launch speed;
     * a store that cannot read outlines returns its timeline rows.
     */
    default List<Event> timelineOutline() {
        return timelineEvents();
    }

    /** Events whose date range overlaps [from, to], ordered by date then id. */
    List<Event> eventsBetween(LocalDate from, LocalDate to);

    Optional<Event> event(long id);

    /**
     * Each event's supporting sentences in their order, by event id (events without a sentence left out): all a
     * search over the sentences needs, without reading the events whole again.
     */
    default Map<Long, List<String>> sentencesByEvent() {
        Map<Long, List<String>> out = new java.util.HashMap<>();
        for (Event e : events()) {
            List<String> texts = e.mentions().stream().map(Mention::text).filter(java.util.Objects::nonNull).toList();
            if (!texts.isEmpty()) {
                out.put(e.id(), texts);
            }
        }
        return out;
    }

    /** Number of events each source supports, by source id. */
    Map<Long, Integer> eventCountsBySource();

    /** For each other source sharing any of these sentence fingerprints: how many it shares. */
    Map<Long, Integer> sourcesSharingSentences(Set<Long> fingerprints);

    /** The analyst edits recorded for this event, oldest first (empty for a store that keeps none). */
    default List<EditRecord> history(long eventId) {
        return List.of();
    }

    /**
     * Tells the listener, on a thread of the store's, each time another process commits a change to this store
     * (within about a second; this process's own writes are not reported). The listener should be quick: hand the
     * work to another thread. Closing the returned handle stops it. A store no other process can write to never
     * calls it.
     */
    default AutoCloseable onChange(java.util.function.Consumer<StoreChange> listener) {
        return () -> { };
    }

    /** Runs the work in one transaction: all of it is stored, or none. */
    <T> T write(Work<T> work);

    @Override
    void close();

    /** A unit of work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T run(Transaction tx) throws Exception;
    }

    /** Write operations, valid only inside {@link #write(Work)}. */
    interface Transaction {
        /** Stores a source and its sentence fingerprints; returns its id. */
        long insertSource(Source source, Set<Long> sentenceFingerprints);

        void setPublished(long sourceId, LocalDate date, DateBasis basis, Long inferredFrom);

        /** Records entities and their aliases (merging with existing ones by canonical name). */
        void upsertEntities(List<Entity> entities);

        /** Events that could be the same as one dated [from, to], plus all undated events. */
        List<Event> candidates(LocalDate from, LocalDate to);

        /** Stores a new event with its participants and mentions; returns its id. */
        long insertEvent(Event event);

        /** Replaces an event's fields, participants, mentions and disagreements with these. */
        void updateEvent(Event event);

        /**
         * Removes a source's mentions from machine-made events; events left with no mention are deleted. Events an
         * analyst confirmed or edited ({@link Event#analystOwned()}) keep theirs. Returns the ids touched.
         */
        Set<Long> removeMentionsOf(long sourceId);

        /** Ids of sources that are undated and share any of these fingerprints, with the count shared. */
        Map<Long, Integer> undatedSourcesSharing(Set<Long> fingerprints);

        Optional<Source> source(long id);

        // Fast import (added for issue 6; defaults keep older implementations compiling).

        /**
         * Runs the work inside this transaction so that all of it or none of it is kept (a savepoint): an exception
         * undoes the work's changes only and is thrown on; the transaction goes on. An import commits several
         * articles at once this way, each still all-or-nothing.
         */
        default <T> T atomically(Work<T> work) {
            throw new UnsupportedOperationException("this store has no savepoints");
        }

        /** Like {@link EventStore#containsSha}, but seeing this transaction's own writes. */
        default boolean containsSha(String sha256) {
            throw new UnsupportedOperationException("this store cannot look up sources inside a transaction");
        }

        /** Like {@link EventStore#sourcesSharingSentences}, but seeing this transaction's own writes. */
        default Map<Long, Integer> sourcesSharing(Set<Long> fingerprints) {
            throw new UnsupportedOperationException("this store cannot share sentences inside a transaction");
        }

        /**
         * Every event in id order with what a merge compares (type, date, place, date phrase and the participants
         * who take part) but no mentions, disagreements or title: enough to tell which stored event an extracted
         * one could be, for an index kept in memory during an import.
         */
        default List<Event> outlines() {
            throw new UnsupportedOperationException("this store lists no event outlines");
        }

        /** Stores new events with their participants and mentions, in order; returns their ids in the same order. */
        default long[] insertEvents(List<Event> events) {
            long[] ids = new long[events.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = insertEvent(events.get(i));
            }
            return ids;
        }

        /** {@link #updateEvent} for each, in order. */
        default void updateEvents(List<Event> events) {
            events.forEach(this::updateEvent);
        }

        /**
         * How many writes this store committed before this one began, or -1 when it does not count them: a
         * reader of the store that keeps something in memory across writes can tell whether another writer came
         * between two of its own.
         */
        default long commitsBefore() {
            return -1;
        }

        // Analyst review (added for edits; defaults keep older implementations compiling).

        /** One event as stored now, with its review flags. */
        default Optional<Event> event(long id) {
            throw new UnsupportedOperationException("this store keeps no analyst edits");
        }

        /** Events holding a mention of this source, with their review flags. */
        default List<Event> eventsMentioning(long sourceId) {
            throw new UnsupportedOperationException("this store keeps no analyst edits");
        }

        /** Sets an event's review flags. */
        default void setReview(long eventId, boolean confirmed, boolean edited) {
            throw new UnsupportedOperationException("this store keeps no analyst edits");
        }

        /** Deletes an event with its participants and mentions (no tombstone: see {@link #bury}). */
        default void deleteEvent(long eventId) {
            throw new UnsupportedOperationException("this store keeps no analyst edits");
        }

        /**
         * Puts an event back exactly as given, under its own id and flags (replacing it if it exists); returns the
         * version it is stored at now (always a new one).
         */
        default long restoreEvent(Event event) {
            throw new UnsupportedOperationException("this store keeps no analyst edits");
        }

        /**
         * One event as stored now, its row locked against other writers until this transaction ends: what an edit
         * reads before changing the event, so that nothing another writer commits meanwhile is overwritten.
         */
        default Optional<Event> lockEvent(long id) {
            return event(id);
        }

        /**
         * Goes on only if the event is stored at this version (and locks it): throws {@link EventChangedException},
         * saying who changed or deleted it and when, if someone else saved another version since it was read.
         */
        default void expectVersion(long id, long version) {
            Event now = lockEvent(id).orElseThrow(() -> new EventChangedException(id, null, null, true));
            if (now.version() != version) {
                throw new EventChangedException(id, null, null, false);
            }
        }

        /** Records that an analyst deleted the event these tombstones describe. */
        default void bury(List<Tombstone> tombstones) {
            throw new UnsupportedOperationException("this store keeps no analyst edits");
        }

        /** Removes the tombstones of this event (its deletion was undone). */
        default void unbury(long eventId) {
            throw new UnsupportedOperationException("this store keeps no analyst edits");
        }

        /** Every tombstone (analysts delete by hand, so there are few). */
        default List<Tombstone> tombstones() {
            return List.of();
        }

        /** Stores an edit record; returns its id. */
        default long recordEdit(EditRecord edit) {
            throw new UnsupportedOperationException("this store keeps no analyst edits");
        }
    }
}
