package parley.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventType;
import parley.domain.Importer;
import parley.domain.Mention;

/** Re-extraction ("Re-extract all"), a new publication date and importing a copy never undo an analyst's word. */
class EditsOutlastExtractionTest extends ReviewFixture {

    private void reextract() {
        assertThat(parley.reextractAll(Importer.Progress.NONE)).isEqualTo(1);
    }

    /** The article again under another name with one more line, so it is not a duplicate but reports the same. */
    private void importCopy() throws IOException {
        Path copy = temp.resolve("talks-copy.txt");
        Files.writeString(copy, Files.readString(fixture("talks.txt")) + "\nUpdated at 18:00.\n");
        assertThat(parley.importer().importPaths(List.of(copy), Importer.Progress.NONE).describe())
                .startsWith("1 imported");
    }

    @Test
    void withoutEditsReextractionGivesTheSameTimeline() {
        List<Event> before = parley.store().events();
        reextract();
        List<Event> after = parley.store().events();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).withId(0)).isEqualTo(before.get(i).withId(0));
        }
    }

    @Test
    void aCancelledReextractionChangesNothing() {
        history.perform(review.delete(call().id()));
        List<Event> before = parley.store().events();
        Importer.Progress cancelAtOnce = new Importer.Progress() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parley.reextractAll(cancelAtOnce))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(parley.store().events()).isEqualTo(before);
    }

    @Test
    void anEditedDateIsKept() {
        long id = call().id();
        history.perform(review.setDate(id, EventDate.day(LocalDate.of(2025, 8, 10))));
        Event edited = stored(id);
        reextract();
        assertThat(parley.store().events()).hasSize(2).contains(edited);
        history.perform(review.setPublicationDate(sourceId(), LocalDate.of(2025, 9, 9)));
        assertThat(stored(id)).as("re-dating the article leaves the analyst's event alone").isEqualTo(edited);
        assertThat(summit().date().start()).as("machine-made events re-resolve").isEqualTo(LocalDate.of(2025, 9, 11));
    }

    @Test
    void aConfirmedEventKeepsItsFlagAndFields() {
        long id = summit().id();
        history.perform(review.confirm(id));
        Event confirmed = stored(id);
        reextract();
        assertThat(stored(id)).isEqualTo(confirmed);
        assertThat(parley.store().events()).hasSize(2);
    }

    @Test
    void aDeletedEventStaysDeleted() throws IOException {
        Event call = call();
        history.perform(review.delete(call.id()));
        reextract();
        assertThat(parley.store().events()).extracting(Event::type).containsExactly(EventType.SUMMIT);
        importCopy();
        assertThat(parley.store().events()).as("a copy of the article does not bring it back either")
                .extracting(Event::type).containsExactly(EventType.SUMMIT);
        history.undo();
        assertThat(parley.store().events()).as("undo removes the tombstone with the deletion").contains(call);
    }

    @Test
    void aMergedEventStaysOne() {
        long kept = summit().id();
        history.perform(review.merge(List.of(kept, call().id())));
        Event merged = stored(kept);
        reextract();
        assertThat(parley.store().events()).containsExactly(merged);
    }

    @Test
    void aMergedEventThatIsThenDeletedStaysDeleted() {
        long kept = summit().id();
        history.perform(review.merge(List.of(kept, call().id())));
        history.perform(review.delete(kept));
        reextract();
        assertThat(parley.store().events()).as("its sentences were a call and a summit; neither comes back").isEmpty();
    }

    @Test
    void aSplitEventStaysTwo() {
        Event call = call();
        EditCommand split = history.perform(review.split(call.id(), Set.of(1)));
        List<Event> parts = split.eventIds().stream().map(this::stored).toList();
        reextract();
        assertThat(parley.store().events()).hasSize(3).containsAll(parts);
    }

    @Test
    void anEditedEventGainsACopysSentencesButKeepsItsFields() throws IOException {
        long id = call().id();
        history.perform(review.setLocation(id, "Chequers"));
        Event edited = stored(id);
        importCopy();
        Event after = stored(id);
        assertThat(after.location()).isEqualTo("Chequers");
        assertThat(after.withReview(false, false).date()).isEqualTo(edited.date());
        assertThat(after.title()).isEqualTo(edited.title());
        assertThat(after.participants()).isEqualTo(edited.participants());
        assertThat(after.mentions()).hasSize(4).containsAll(edited.mentions());
        assertThat(after.mentions()).extracting(Mention::sourceId).containsOnly(1L, 2L);
        assertThat(after.edited()).isTrue();
    }

    @Test
    void analystsEventsSurviveClosingAndReopening() {
        long callId = call().id();
        long summitId = summit().id();
        history.perform(review.setType(callId, EventType.MEETING));
        history.perform(review.confirm(callId));
        history.perform(review.delete(summitId));
        Event edited = stored(callId);
        reopen();
        assertThat(parley.store().events()).containsExactly(edited);
        assertThat(edited.confirmed()).isTrue();
        assertThat(edited.edited()).isTrue();
        assertThat(parley.store().history(callId)).extracting(r -> r.action()).containsExactly("set-type", "confirm");
        assertThat(parley.store().history(summitId)).extracting(r -> r.action()).containsExactly("delete");
        reextract();
        assertThat(parley.store().events()).as("the tombstone outlived the restart too").containsExactly(edited);
    }
}
