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
 * @param version       how many times its fields, participants or review flags were changed in the store (0 when
 *                      new or not read from a store): an edit made against an older version is refused
 *                      ({@link EventChangedException}) instead of overwriting what someone else saved meanwhile
 */
public record Event(long id, EventType type, String title, EventDate date, DateDerivation derivation,
                    String location, EventStatus status, List<Participant> participants,
                    List<Mention> mentions, List<String> disagreements, boolean confirmed, boolean edited,
                    long version) {
    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        date = date == null ? EventDate.UNKNOWN : date;
        participants = participants == null ? List.of() : List.copyOf(participants);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        disagreements = disagreements == null ? List.of() : List.copyOf(disagreements);
    }

    /** An event at version 0 (new, or not read from a store). */
    public Event(long id, EventType type, String title, EventDate date, DateDerivation derivation, String location,
                 EventStatus status, List<Participant> participants, List<Mention> mentions,
                 List<String> disagreements, boolean confirmed, boolean edited) {
        this(id, type, title, date, derivation, location, status, participants, mentions, disagreements, confirmed,
                edited, 0);
    }

    /** A machine-made event: neither confirmed nor edited. */
    public Event(long id, EventType type, String title, EventDate date, DateDerivation derivation, String location,
                 EventStatus status, List<Participant> participants, List<Mention> mentions,
                 List<String> disagreements) {
        this(id, type, title, date, derivation, location, status, participants, mentions, disagreements, false, false);
    }

    public Event withId(long newId) {
        return new Event(newId, type, title, date, derivation, location, status, participants, mentions, disagreements,
                confirmed, edited, version);
    }

    /** The same event with these review flags. */
    public Event withReview(boolean isConfirmed, boolean isEdited) {
        return new Event(id, type, title, date, derivation, location, status, participants, mentions, disagreements,
                isConfirmed, isEdited, version);
    }

    /** The same event as of this stored version. */
    public Event withVersion(long storedVersion) {
        return new Event(id, type, title, date, derivation, location, status, participants, mentions, disagreements,
                confirmed, edited, storedVersion);
    }

    /**
     * Equal when they say the same: every component but {@link #version}, which is the store's bookkeeping of how
     * often the row was rewritten (an edit undone says what the event said before, at a newer version).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Event e && id == e.id && confirmed == e.confirmed && edited == e.edited
                && type == e.type && status == e.status && Objects.equals(title, e.title) && date.equals(e.date)
                && Objects.equals(derivation, e.derivation) && Objects.equals(location, e.location)
                && participants.equals(e.participants) && mentions.equals(e.mentions)
                && disagreements.equals(e.disagreements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, title, date, derivation, location, status, participants, mentions,
                disagreements, confirmed, edited);
    }

    /** True once an analyst confirmed or edited it: extraction then only adds evidence to it. */
    public boolean analystOwned() {
        return confirmed || edited;
    }
}
