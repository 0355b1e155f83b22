package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.DateBasis;
import parley.domain.DateDerivation;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;
import parley.domain.Source;

class RoundTripTest extends StoreTestBase {

    @Test
    void anEventComesBackFieldByField() {
        long a = Fixtures.storeSource(store, "a", 1, LocalDate.of(2025, 8, 12), Set.of());
        long b = Fixtures.storeSource(store, "b", 2, null, Set.of());
        Event written = new Event(0, EventType.PRESS_CONFERENCE, "Press conference: Merz, Zelensky",
                new EventDate(LocalDate.of(2025, 8, 13), Precision.HOUR, LocalTime.of(14, 0), LocalDate.of(2025, 8, 14)),
                new DateDerivation("on Wednesday afternoon", "article of Tue 12 Aug 2025",
                        "weekday, forward for a future clause", "Wed 13 Aug 2025"),
                "Berlin", EventStatus.PLANNED,
                // Deliberately not alphabetical: the written order is the order read back.
                List.of(new Participant("Volodymyr Zelensky", EntityKind.PERSON, "President of Ukraine", Role.ATTENDEE),
                        new Participant("Friedrich Merz", EntityKind.PERSON, "Chancellor of Germany", Role.HOST),
                        new Participant("Russia", EntityKind.COUNTRY, null, Role.ABSENT),
                        new Participant("European Union", EntityKind.ORGANISATION, null, Role.MENTIONED)),
                List.of(new Mention(b, 40, 95, "Merz will host Zelensky in Berlin on Wednesday.", "trigger 'host'"),
                        new Mention(a, 0, 38, "Russia was not invited, officials said.", null)),
                List.of("a says Berlin, b says Potsdam", "b gives no time"));
        long id = store.write(tx -> tx.insertEvent(written));

        Event read = store.event(id).orElseThrow();
        assertThat(read).isEqualTo(written.withId(id));
        assertThat(store.events()).containsExactly(written.withId(id));
        assertThat(store.eventsBetween(LocalDate.of(2025, 8, 14), LocalDate.of(2025, 8, 14)))
                .containsExactly(written.withId(id));
    }

    @Test
    void sparseEventsKeepTheirNulls() {
        long a = Fixtures.storeSource(store, "a", 1, null, Set.of());
        Event bare = new Event(0, EventType.OTHER, null, EventDate.UNKNOWN, null, null, EventStatus.PROPOSED,
                List.of(), List.of(new Mention(a, 3, 4, null, null)), List.of());
        Event partial = new Event(0, EventType.VISIT, "Visit", EventDate.year(2026),
                new DateDerivation(null, null, null, "unresolved"), null, EventStatus.CANCELLED, List.of(),
                List.of(new Mention(a, 0, 1, "x", "y")), List.of());
        long bareId = store.write(tx -> tx.insertEvent(bare));
        long partialId = store.write(tx -> tx.insertEvent(partial));
        assertThat(store.event(bareId)).contains(bare.withId(bareId));
        assertThat(store.event(partialId)).contains(partial.withId(partialId));
    }

    @Test
    void updateReplacesFieldsParticipantsMentionsAndDisagreements() {
        long a = Fixtures.storeSource(store, "a", 1, null, Set.of());
        long b = Fixtures.storeSource(store, "b", 2, null, Set.of());
        Event first = Fixtures.event(EventType.CALL, "Call", EventDate.day(LocalDate.of(2025, 8, 13)), a,
                Fixtures.person("Keir Starmer", Role.HOST), Fixtures.person("Emmanuel Macron", Role.ATTENDEE));
        long id = store.write(tx -> tx.insertEvent(first));
        Event merged = new Event(id, EventType.CALL, "Call: Starmer, Macron, Zelensky",
                EventDate.at(LocalDate.of(2025, 8, 13), LocalTime.NOON), null, "London", EventStatus.HELD,
                List.of(Fixtures.person("Keir Starmer", Role.HOST), Fixtures.person("Volodymyr Zelensky", Role.JOINED)),
                List.of(first.mentions().get(0), new Mention(b, 5, 20, "They spoke at noon.", "time")),
                List.of("b gives noon"));
        store.write(tx -> {
            tx.updateEvent(merged);
            return null;
        });
        assertThat(store.event(id)).contains(merged);
        assertThat(store.events()).hasSize(1);
        assertThatThrownBy(() -> store.write(tx -> {
            tx.updateEvent(merged.withId(4242));
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("There is no event 4242 in the store.");
    }

    @Test
    void aSourceComesBackWithItsTextOnlyWhenAskedForOne() {
        Instant at = Instant.parse("2025-08-14T09:30:15.123456Z");
        String text = "Zürich, 12 Aug. — « Les ministres » se sont parlé. ".repeat(20_000);
        Source written = new Source(0, "report.html", "html", "A title", "Le Temps", null,
                LocalDate.of(2025, 8, 12), DateBasis.STATED, null, Fixtures.sha(9), text, at);
        long id = store.write(tx -> tx.insertSource(written, Set.of()));
        assertThat(store.source(id)).contains(written.withId(id));
        assertThat(store.sources()).containsExactly(new Source(id, "report.html", "html", "A title", "Le Temps", null,
                LocalDate.of(2025, 8, 12), DateBasis.STATED, null, Fixtures.sha(9), null, at));
        Optional<Source> insideWrite = store.write(tx -> tx.source(id));
        assertThat(insideWrite).contains(written.withId(id));
    }

    @Test
    void howTheFileWasReadComesBackWithTheSource() {
        Source written = new Source(0, "bulletin.eml", "eml", "Ferry crews back at work", "Lagoon Briefing", null,
                LocalDate.of(2024, 5, 7), DateBasis.STATED, null, Fixtures.sha(10), "Crews returned.", Fixtures.IMPORTED,
                "e-mail Date header", List.of("publication date: date in the URL says 2024-05-06, not 2024-05-07",
                        "attachment ignored: timetable.pdf"));
        long id = store.write(tx -> tx.insertSource(written, Set.of()));
        assertThat(store.source(id)).contains(written.withId(id));
        Source listed = store.sources().get(0);
        assertThat(listed.publishedSignal()).isEqualTo("e-mail Date header");
        assertThat(listed.readingNotes()).isEqualTo(written.readingNotes());
        assertThat(store.write(tx -> {
            tx.setPublished(id, LocalDate.of(2024, 5, 8), DateBasis.SET_BY_USER, null);
            return tx.source(id);
        }).orElseThrow().readingNotes()).as("an analyst's date keeps the notes of how the file was read")
                .hasSize(2);
    }
}
