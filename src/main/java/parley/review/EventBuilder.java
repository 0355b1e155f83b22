package parley.review;

import java.util.List;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;

/** A copy of an event with some fields changed; keeps id, derivation, disagreements and review flags. */
final class EventBuilder {
    private final Event from;
    private EventType type;
    private String title;
    private EventDate date;
    private String location;
    private EventStatus status;
    private List<Participant> participants;
    private List<Mention> mentions;

    EventBuilder(Event from) {
        this.from = from;
        type = from.type();
        title = from.title();
        date = from.date();
        location = from.location();
        status = from.status();
        participants = from.participants();
        mentions = from.mentions();
    }

    EventBuilder type(EventType t) {
        type = t;
        return this;
    }

    EventBuilder title(String t) {
        title = t;
        return this;
    }

    EventBuilder date(EventDate d) {
        date = d;
        return this;
    }

    EventBuilder location(String l) {
        location = l;
        return this;
    }

    EventBuilder status(EventStatus s) {
        status = s;
        return this;
    }

    EventBuilder participants(List<Participant> p) {
        participants = p;
        return this;
    }

    EventBuilder mentions(List<Mention> m) {
        mentions = m;
        return this;
    }

    /** A date the analyst set is no longer the extractor's derivation, so that is dropped with it. */
    Event build() {
        boolean dateChanged = !date.equals(from.date());
        return new Event(from.id(), type, title, date, dateChanged ? null : from.derivation(), location, status,
                participants, mentions, from.disagreements(), from.confirmed(), from.edited(), from.version());
    }
}
