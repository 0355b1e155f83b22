package parley.extract;

import java.util.List;
import java.util.Optional;

import parley.domain.Event;

/** Decides when two reports are the same real event, and combines them. (Stub: the extraction work fills it in.) */
public final class EventMerger {

    /** The candidate that reports the same real event as {@code event}, if any. */
    public Optional<Event> findSame(Event event, List<Event> candidates) {
        return Optional.empty();
    }

    /** {@code kept} enriched by {@code other}: mentions and participants combined, disagreements recorded. */
    public Event merge(Event kept, Event other) {
        return kept;
    }
}
