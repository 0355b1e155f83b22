package parley.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Importer;
import parley.domain.Mention;

/**
 * Undo puts an event back as it was before the edit but keeps the sentences an import added in between; merging keeps
 * an analyst's title; a machine title follows edits of what it is made of.
 */
class UndoKeepsImportsAndTitlesTest extends ReviewFixture {

    /** Imports a second article reporting Monday's call: its sentence joins the call the analyst owns. */
    private Mention importCallAgain(long callId) throws Exception {
        Path copy = Files.copy(fixture("call-again.txt"), temp.resolve("call-again.txt"));
        assertThat(parley.importer().importPaths(List.of(copy), Importer.Progress.NONE).describe())
                .startsWith("1 imported");
        long newSource = parley.store().sources().stream().mapToLong(s -> s.id()).max().orElseThrow();
        List<Mention> added = stored(callId).mentions().stream().filter(m -> m.sourceId() == newSource).toList();
        assertThat(added).as("the second article's sentence joined the call").hasSize(1);
        return added.get(0);
    }

    @Test
    void undoOfAnEditKeepsASentenceImportedAfterIt() throws Exception {
        Event before = call();
        history.perform(review.setLocation(before.id(), "Chequers"));
        Mention imported = importCallAgain(before.id());

        history.undo();
        Event undone = stored(before.id());
        assertThat(undone.location()).isEqualTo(before.location());
        assertThat(undone.edited()).isFalse();
        assertThat(undone.mentions()).containsAll(before.mentions()).contains(imported).hasSize(3);

        history.redo();
        Event redone = stored(before.id());
        assertThat(redone.location()).isEqualTo("Chequers");
        assertThat(redone.mentions()).contains(imported).hasSize(3);
    }

    @Test
    void undoOfAMergeGivesTheImportedSentenceToTheKeptEvent() throws Exception {
        long call = call().id();
        long summit = summit().id();
        history.perform(review.merge(List.of(call, summit)));
        // the merged event is a summit; as a call again it takes the second article's report of Monday's call
        history.perform(review.setType(call, EventType.CALL));
        Mention imported = importCallAgain(call);

        history.undo();
        assertThat(stored(call).type()).isEqualTo(EventType.SUMMIT);
        assertThat(stored(call).mentions()).contains(imported);
        history.undo();
        assertThat(stored(call).mentions()).contains(imported).hasSize(3);
        assertThat(stored(summit).mentions()).doesNotContain(imported);
    }

    @Test
    void undoOfASplitKeepsSentencesEitherHalfGained() throws Exception {
        Event before = call();
        EditCommand split = history.perform(review.split(before.id(), Set.of(1)));
        assertThat(split.eventIds()).hasSize(2);
        Mention imported = importCallAgain(before.id());

        history.undo();
        assertThat(stored(before.id()).mentions()).containsAll(before.mentions()).contains(imported).hasSize(3);
        assertThat(parley.store().event(split.eventIds().get(1))).isEmpty();
    }

    @Test
    void mergeKeepsTheKeptEventsTitleOverAnotherAnalystTitle() {
        long call = call().id();
        long summit = summit().id();
        history.perform(review.setTitle(summit, "Macron and Merz in Berlin"));
        history.perform(review.setTitle(call, "Starmer reassures Zelensky"));
        history.perform(review.merge(List.of(call, summit)));
        assertThat(stored(call).title()).isEqualTo("Starmer reassures Zelensky");
    }

    @Test
    void mergeKeepsAnAnalystTitleOfAMergedAwayEvent() {
        long call = call().id();
        long summit = summit().id();
        history.perform(review.setTitle(summit, "Macron and Merz in Berlin"));
        history.perform(review.merge(List.of(call, summit)));
        assertThat(stored(call).title()).isEqualTo("Macron and Merz in Berlin");
        history.undo();
        assertThat(stored(summit).title()).isEqualTo("Macron and Merz in Berlin");
    }

    @Test
    void mergeWithoutAnalystTitlesMakesTheMachineTitle() {
        long call = call().id();
        long summit = summit().id();
        history.perform(review.merge(List.of(call, summit)));
        Event merged = stored(call);
        assertThat(Review.customTitle(merged)).isFalse();
        assertThat(merged.title()).contains("Starmer").contains("Macron");
    }

    @Test
    void aMachineTitleFollowsATypeChangeAnAnalystTitleDoesNot() {
        long call = call().id();
        history.perform(review.setType(call, EventType.MEETING));
        assertThat(stored(call).title()).isEqualTo("Meeting: Starmer, Zelensky");
        history.perform(review.setTitle(call, "Starmer and Zelensky on air defence"));
        history.perform(review.setType(call, EventType.CALL));
        assertThat(stored(call).title()).isEqualTo("Starmer and Zelensky on air defence");
    }
}
