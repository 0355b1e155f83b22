package parley.domain;

import java.util.List;
import java.util.Objects;

/**
 * One diplomatic (or context) event with everything that supports it.
 *
 * @param id            store id (0 before it is stored)
 * @param type          kind of event
 * @param title         short title for the timeline ("Call: Starmer, Zelensky, Macron")
 * @param date          when, at its precision
 * @param derivation    how the date was worked out, or null
 * @param location      place name, or null
 * @param status        held, planned, proposed or cancelled
 * @param participants  who takes part, with roles (ABSENT for those explicitly not there)
 * @param mentions      supporting sentences
 * @param disagreements what sources disagree on, in words (empty when they agree)
 * @param confirmed     an analyst checked it ("Confirm"); extraction never changes it afterwards
 * @param edited        an analyst changed, merged, split or added it; extraction never changes it afterwards
 */
public record Event(long id, EventType type, String title, EventDate date, DateDerivation derivation,
                    String location, EventStatus status, List<Participant> participants,
                    List<Mention> mentions, List<String> disagreements, boolean confirmed, boolean edited) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        date = date == null ? EventDate.UNKNOWN : date;
        participants = participants == null ? List.of() : List.copyOf(participants);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    /** A machine-made event: neither confirmed nor edited. */
    public Event(long id, EventType type, String title, EventDate date, DateDerivation derivation, String location,
                 EventStatus status, List<Participant> participants, List<Mention> mentions,
                 List<String> disagreements) {
        this(id, type, title, date, derivation, location, status, participants, mentions, disagreements, false, false);
    }

    public Event withId(long newId) {
        return new Event(newId, type, title, date, derivation, location, status, participants, mentions, disagreements,
                confirmed, edited);
    }

    /** The same event with these review flags. */
    public Event withReview(boolean isConfirmed, boolean isEdited) {
        return new Event(id, type, title, date, derivation, location, status, participants, mentions, disagreements,
                isConfirmed, isEdited);
    }

    /** True once an analyst confirmed or edited it: extraction then only adds evidence to it. */
    public boolean analystOwned() {
        return confirmed || edited;
    }
}
