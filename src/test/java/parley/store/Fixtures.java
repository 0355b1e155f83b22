package parley.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import parley.domain.DateBasis;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventStore;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;
import parley.domain.Source;

/** Small builders for the store tests; the texts are made up for them. */
final class Fixtures {
    static final Instant IMPORTED = Instant.parse("2025-08-14T09:30:15.123456Z");

    private Fixtures() {
    }

    static Source source(String name, String sha, LocalDate published) {
        String text = "The foreign ministers of " + name + " spoke by phone on Tuesday. They agreed to meet again.";
        return new Source(0, name + ".txt", "txt", "Report " + name, "The Daily Ledger", "A. Writer", published,
                published == null ? DateBasis.UNKNOWN : DateBasis.STATED, null, sha, text, IMPORTED);
    }

    static String sha(int n) {
        return String.format("%064x", n);
    }

    static long storeSource(EventStore store, String name, int shaNumber, LocalDate published, Set<Long> prints) {
        return store.write(tx -> tx.insertSource(source(name, sha(shaNumber), published), prints));
    }

    /** An event with one mention into {@code sourceId} and the given participants. */
    static Event event(EventType type, String title, EventDate date, long sourceId, Participant... participants) {
        return new Event(0, type, title, date, null, null, EventStatus.HELD, List.of(participants),
                List.of(new Mention(sourceId, 0, 10, "Sentence 0", "trigger '" + type.name().toLowerCase() + "'")),
                List.of());
    }

    static Event dayEvent(String title, LocalDate day, long sourceId) {
        return event(EventType.MEETING, title, EventDate.day(day), sourceId);
    }

    static Participant person(String name, Role role) {
        return new Participant(name, EntityKind.PERSON, null, role);
    }

    static List<String> titles(List<Event> events) {
        return events.stream().map(Event::title).toList();
    }
}
