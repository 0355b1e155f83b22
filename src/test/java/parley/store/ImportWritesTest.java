package parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.DateDerivation;
import parley.domain.Entity;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventStore;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/** The write operations a fast import uses: savepoints, batches, outlines, lookups inside the transaction. */
class ImportWritesTest extends StoreTestBase {
    private static final LocalDate DAY = LocalDate.of(2025, 8, 13);

    @Test
    void aFailedSavepointUndoesItsOwnWorkOnlyAndTheTransactionGoesOn() {
        long kept = store.write(tx -> {
            long first = tx.insertSource(Fixtures.source("a", Fixtures.sha(1), DAY), Set.of(1L));
            tx.insertEvent(Fixtures.event(EventType.CALL, "Call", EventDate.day(DAY), first,
                    Fixtures.person("Antonio Costa", Role.HOST)));
            assertThatThrownBy(() -> tx.atomically(t -> {
                long second = t.insertSource(Fixtures.source("b", Fixtures.sha(2), DAY), Set.of(2L));
                // A new entity inside the failed part: the transaction must not remember its id afterwards.
                t.upsertEntities(List.of(new Entity(0, "Kaja Kallas", EntityKind.PERSON, "High Representative",
                        List.of("Kallas"))));
                t.insertEvent(Fixtures.event(EventType.MEETING, "Meeting", EventDate.day(DAY), second,
                        Fixtures.person("Kaja Kallas", Role.ATTENDEE)));
                assertThat(t.containsSha(Fixtures.sha(2))).isTrue();
                throw new IllegalStateException("second article broke");
            })).isInstanceOf(IllegalStateException.class).hasMessage("second article broke");
            assertThat(tx.containsSha(Fixtures.sha(2))).isFalse();
            long third = tx.atomically(t -> t.insertSource(Fixtures.source("c", Fixtures.sha(3), DAY), Set.of(3L)));
            tx.insertEvent(Fixtures.event(EventType.VISIT, "Visit", EventDate.day(DAY), third,
                    Fixtures.person("Kaja Kallas", Role.HOST)));
            return first;
        });
        assertThat(store.sources()).extracting(s -> s.file()).containsExactly("a.txt", "c.txt");
        assertThat(store.events()).extracting(Event::title).containsExactly("Call", "Visit");
        assertThat(store.events().get(1).participants()).extracting(Participant::name).containsExactly("Kaja Kallas");
        assertThat(store.entities()).extracting(Entity::name).containsExactly("Antonio Costa", "Kaja Kallas");
        assertThat(store.entities().get(1).title()).as("its title went with the failed part").isNull();
        assertThat(store.sourcesSharingSentences(Set.of(1L, 2L, 3L))).containsOnlyKeys(kept, kept + 2);
    }

    @Test
    void eventsWrittenInBatchesReadBackAsWrittenWithIdsInOrder() {
        long source = Fixtures.storeSource(store, "a", 1, DAY, Set.of());
        List<Event> written = List.of(
                new Event(0, EventType.SUMMIT, "Summit", EventDate.range(DAY, DAY.plusDays(2)),
                        new DateDerivation("next week", "article of 13 Aug", "week", "18-20 Aug"), "Brussels",
                        EventStatus.PLANNED, List.of(Fixtures.person("Antonio Costa", Role.CHAIR),
                        Fixtures.person("Viktor Orban", Role.ABSENT)),
                        List.of(new Mention(source, 0, 10, "Sentence 0", "trigger 'summit'"),
                                new Mention(source, 20, 30, "Sentence 1", "date")), List.of("place: two reports")),
                Fixtures.event(EventType.CALL, "Call", EventDate.day(DAY), source,
                        Fixtures.person("Kaja Kallas", Role.HOST)),
                Fixtures.event(EventType.STATEMENT, "Statement", EventDate.UNKNOWN, source));
        long[] ids = store.write(tx -> tx.insertEvents(written));
        assertThat(ids).hasSize(3);
        assertThat(ids[1]).isGreaterThan(ids[0]);
        assertThat(ids[2]).isGreaterThan(ids[1]);
        for (int i = 0; i < ids.length; i++) {
            assertThat(store.event(ids[i])).contains(written.get(i).withId(ids[i]));
        }

        Event summit = written.get(0).withId(ids[0]);
        Event call = written.get(1).withId(ids[1]);
        Event grownSummit = new Event(summit.id(), summit.type(), summit.title(), summit.date(), summit.derivation(),
                "Brussels, Europa building", summit.status(), List.of(Fixtures.person("Antonio Costa", Role.HOST)),
                List.of(summit.mentions().get(1)), List.of());
        Event grownCall = new Event(call.id(), call.type(), "Call again", call.date(), null, null, call.status(),
                List.of(Fixtures.person("Kaja Kallas", Role.HOST), Fixtures.person("Antonio Costa", Role.ATTENDEE)),
                call.mentions(), List.of("date: two reports"));
        store.write(tx -> {
            tx.updateEvents(List.of(grownSummit, grownCall));
            return null;
        });
        assertThat(store.event(ids[0])).contains(grownSummit);
        assertThat(store.event(ids[1])).contains(grownCall);
        assertThatThrownBy(() -> store.write(tx -> {
            tx.updateEvents(List.of(grownCall.withId(ids[2] + 100)));
            return null;
        })).hasMessageContaining("There is no event " + (ids[2] + 100));
    }

    @Test
    void outlinesHoldWhatAMergeComparesAndNoMore() {
        long source = Fixtures.storeSource(store, "a", 1, DAY, Set.of());
        Event undated = new Event(0, EventType.TALKS, "Talks", EventDate.UNKNOWN,
                new DateDerivation("on Friday", null, "weekday", "unresolved"), "Geneva", EventStatus.PLANNED,
                List.of(new Participant("Antonio Costa", EntityKind.PERSON, "President", Role.HOST),
                        Fixtures.person("Viktor Orban", Role.ABSENT)),
                List.of(new Mention(source, 0, 10, "Sentence 0", "trigger")), List.of("a disagreement"));
        Event dated = Fixtures.event(EventType.CALL, "Call", EventDate.at(DAY, java.time.LocalTime.of(12, 0)),
                source, Fixtures.person("Kaja Kallas", Role.HOST));
        long[] ids = store.write(tx -> tx.insertEvents(List.of(undated, dated)));

        List<Event> outlines = store.write(tx -> tx.outlines());
        assertThat(outlines).extracting(Event::id).containsExactly(ids[0], ids[1]);
        Event first = outlines.get(0);
        assertThat(first.type()).isEqualTo(EventType.TALKS);
        assertThat(first.date()).isEqualTo(EventDate.UNKNOWN);
        assertThat(first.derivation().phrase()).isEqualTo("on Friday");
        assertThat(first.location()).isEqualTo("Geneva");
        assertThat(first.participants()).extracting(Participant::name).containsExactly("Antonio Costa");
        assertThat(first.mentions()).isEmpty();
        assertThat(first.disagreements()).isEmpty();
        assertThat(outlines.get(1).date()).isEqualTo(dated.date());
    }

    @Test
    void aTransactionKnowsHowManyWritesCommittedBeforeIt() {
        long before = store.write(EventStore.Transaction::commitsBefore);
        Fixtures.storeSource(store, "a", 1, DAY, Set.of());
        assertThatThrownBy(() -> store.write(tx -> {
            throw new IllegalStateException("rolled back: not counted");
        }));
        long after = store.write(EventStore.Transaction::commitsBefore);
        if (TestStores.onPostgres()) {
            // Other analysts' Parleys write to a team store too: this one's count would say nothing.
            assertThat(List.of(before, after)).as("unknown on a team store").containsOnly(-1L);
        } else {
            assertThat(after).isEqualTo(before + 2);
        }
    }

    @Test
    void sentencesSharedInsideTheTransactionIncludeItsOwnSources() {
        long stored = Fixtures.storeSource(store, "a", 1, DAY, Set.of(1L, 2L, 3L));
        store.write(tx -> {
            long fresh = tx.insertSource(Fixtures.source("b", Fixtures.sha(2), null), Set.of(2L, 3L, 4L));
            assertThat(tx.sourcesSharing(Set.of(2L, 3L, 4L))).containsEntry(stored, 2).containsEntry(fresh, 3);
            assertThat(tx.undatedSourcesSharing(Set.of(2L, 3L, 4L))).containsOnlyKeys(fresh);
            return null;
        });
        Map<Long, Integer> undated = store.write(tx -> tx.undatedSourcesSharing(Set.of(1L, 2L)));
        assertThat(undated).containsOnlyKeys(stored + 1);
    }

    @Test
    void idsHandedOutInBlocksStayInOrderAcrossAReopen() {
        long source = Fixtures.storeSource(store, "a", 1, DAY, Set.of());
        long first = store.write(tx -> tx.insertEvent(Fixtures.dayEvent("First", DAY, source)));
        reopen();
        long second = store.write(tx -> tx.insertEvent(Fixtures.dayEvent("Second", DAY, source)));
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void anUpdateInTheTransactionThatWroteOrReadTheEventKeepsItsChildrenRight() {
        long source = Fixtures.storeSource(store, "a", 1, DAY, Set.of());
        Mention m0 = new Mention(source, 0, 10, "Sentence 0", "trigger");
        Mention m1 = new Mention(source, 20, 30, "Sentence 1", "date");
        Mention m2 = new Mention(source, 40, 50, "Sentence 2", null);
        Participant costa = Fixtures.person("Antonio Costa", Role.HOST);
        Participant kallas = Fixtures.person("Kaja Kallas", Role.ATTENDEE);
        Event call = new Event(0, EventType.CALL, "Call", EventDate.day(DAY), null, null, EventStatus.HELD,
                List.of(costa), List.of(m0), List.of("one"));
        long id = store.write(tx -> {
            long written = tx.insertEvents(List.of(call))[0];
            // Sentences and a note added after the stored ones, participants unchanged.
            tx.updateEvents(List.of(with(call.withId(written), List.of(costa), List.of(m0, m1), List.of("one", "two"))));
            // Participants changed, sentences no longer a continuation of the stored ones.
            tx.updateEvents(List.of(with(call.withId(written), List.of(kallas, costa), List.of(m1, m2),
                    List.of("three"))));
            return written;
        });
        assertThat(store.event(id)).contains(with(call.withId(id), List.of(kallas, costa), List.of(m1, m2),
                List.of("three")));

        store.write(tx -> {
            Event read = tx.event(id).orElseThrow();
            assertThatThrownBy(() -> tx.atomically(t -> {
                t.updateEvents(List.of(with(read, List.of(kallas), List.of(m1, m2, m0), List.of())));
                throw new IllegalStateException("rolled back");
            })).hasMessage("rolled back");
            // After the rollback the stored rows are those read above again, whatever the update wrote.
            tx.updateEvents(List.of(with(read, List.of(kallas, costa), List.of(m1, m2, m0), List.of("three"))));
            return null;
        });
        assertThat(store.event(id)).contains(with(call.withId(id), List.of(kallas, costa), List.of(m1, m2, m0),
                List.of("three")));
    }

    @Test
    void participantsAddedAfterTheStoredOnesAndChangedFieldsReadBackAsWritten() {
        long source = Fixtures.storeSource(store, "a", 1, DAY, Set.of());
        Mention m0 = new Mention(source, 0, 10, "Sentence 0", null);
        Participant costa = Fixtures.person("Antonio Costa", Role.HOST);
        Participant kallas = Fixtures.person("Kaja Kallas", Role.ATTENDEE);
        Participant macron = Fixtures.person("Emmanuel Macron", Role.ATTENDEE);
        Event call = new Event(0, EventType.CALL, "Call: Costa", EventDate.day(DAY), null, null, EventStatus.HELD,
                List.of(costa), List.of(m0), List.of());
        long id = store.write(tx -> {
            long written = tx.insertEvents(List.of(call))[0];
            Event grown = with(call.withId(written), List.of(costa, kallas), List.of(m0), List.of());
            tx.updateEvents(List.of(grown));
            // Appended again, and a field changed: the row must follow even though the children only grew.
            Event retitled = new Event(written, EventType.MEETING, "Meeting: Costa, Kallas, Macron",
                    EventDate.day(DAY.plusDays(1)), null, "Brussels", EventStatus.PLANNED,
                    List.of(costa, kallas, macron), List.of(m0), List.of());
            tx.updateEvents(List.of(retitled));
            return written;
        });
        Event stored = store.event(id).orElseThrow();
        assertThat(stored.participants()).containsExactly(costa, kallas, macron);
        assertThat(stored.title()).isEqualTo("Meeting: Costa, Kallas, Macron");
        assertThat(stored.type()).isEqualTo(EventType.MEETING);
        assertThat(stored.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(stored.location()).isEqualTo("Brussels");
        assertThat(stored.date()).isEqualTo(EventDate.day(DAY.plusDays(1)));

        // Read in a new transaction, then a role changes in the middle: everything is rewritten in order.
        Participant kallasHost = Fixtures.person("Kaja Kallas", Role.CO_CHAIR);
        store.write(tx -> {
            Event read = tx.event(id).orElseThrow();
            tx.updateEvents(List.of(with(read, List.of(costa, kallasHost, macron), read.mentions(), List.of())));
            return null;
        });
        assertThat(store.event(id).orElseThrow().participants()).containsExactly(costa, kallasHost, macron);
    }

    @Test
    void theSentencesByEventAreThoseOfTheEventsReadWholeInTheirOrder() {
        long a = Fixtures.storeSource(store, "a", 1, DAY, Set.of());
        long b = Fixtures.storeSource(store, "b", 2, DAY, Set.of());
        Event call = new Event(0, EventType.CALL, "Call", EventDate.day(DAY), null, null, EventStatus.HELD,
                List.of(Fixtures.person("Antonio Costa", Role.HOST)), List.of(new Mention(b, 0, 10, "From B", null),
                new Mention(a, 0, 10, "From A", null), new Mention(b, 20, 30, "Later in B", "date")), List.of());
        Event none = new Event(0, EventType.MEETING, "Meeting", EventDate.UNKNOWN, null, null, EventStatus.HELD,
                List.of(), List.of(new Mention(a, 40, 50, null, null)), List.of());
        long id = store.write(tx -> tx.insertEvents(List.of(call, none))[0]);
        store.write(tx -> tx.removeMentionsOf(a)); // leaves a gap in the numbers, and the meeting goes
        Map<Long, List<String>> whole = new java.util.HashMap<>();
        for (Event e : store.events()) {
            whole.put(e.id(), e.mentions().stream().map(Mention::text).toList());
        }
        assertThat(store.sentencesByEvent()).isEqualTo(whole).containsOnlyKeys(id)
                .containsEntry(id, List.of("From B", "Later in B"));
    }

    @Test
    void sentencesAddedAfterASourceLostItsMentionsAreNumberedAfterTheRest() {
        long a = Fixtures.storeSource(store, "a", 1, DAY, Set.of());
        long b = Fixtures.storeSource(store, "b", 2, DAY, Set.of());
        Mention fromA = new Mention(a, 0, 10, "Sentence A", null);
        Mention fromB = new Mention(b, 0, 10, "Sentence B", null);
        Mention laterB = new Mention(b, 20, 30, "Sentence B2", null);
        Event call = new Event(0, EventType.CALL, "Call", EventDate.day(DAY), null, null, EventStatus.HELD,
                List.of(Fixtures.person("Antonio Costa", Role.HOST)), List.of(fromB, fromA, laterB), List.of());
        long id = store.write(tx -> tx.insertEvent(call));
        Mention fromC = new Mention(b, 40, 50, "Sentence B3", null);
        store.write(tx -> {
            tx.removeMentionsOf(a); // leaves the numbers 0 and 2
            Event left = tx.event(id).orElseThrow();
            assertThat(left.mentions()).containsExactly(fromB, laterB);
            tx.updateEvents(List.of(with(left, left.participants(), List.of(fromB, laterB, fromC), List.of())));
            return null;
        });
        assertThat(store.event(id).orElseThrow().mentions()).containsExactly(fromB, laterB, fromC);
    }

    private static Event with(Event e, List<Participant> participants, List<Mention> mentions, List<String> notes) {
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(), participants,
                mentions, notes);
    }
}
