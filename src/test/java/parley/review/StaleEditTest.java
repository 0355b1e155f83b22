package parley.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventChangedException;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.Importer;
import parley.domain.Mention;

/**
 * Two analysts' sessions on one store (two edit histories, as two windows): an edit made against a version of an event
 * that someone else has changed since is refused with who and when, and changes nothing; the refused analyst then reads
 * the new version. An import that adds a sentence to the event meanwhile is no conflict: the edit and the sentence
 * both stay. The same contract on both stores (tag store-contract); TeamStoreEditConflictTest runs it across two
 * processes on PostgreSQL.
 */
class StaleEditTest extends ReviewFixture {
    private static final String REFUSAL = "This event was changed by .+ at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d;"
            + " your change was not saved\\.";

    /** The edit dialog's save: every field as the analyst left them, made against the version the dialog showed. */
    private EditCommand dialogSave(Event seen, String location) {
        Event changed = new EventBuilder(seen).location(location).status(EventStatus.PLANNED).build();
        return review.update(seen.id(), changed).expecting(Map.of(seen.id(), seen.version()));
    }

    @Test
    void aSaveAgainstAnOlderVersionIsRefusedAndTheNewVersionIsRead() {
        Event seen = call();
        EditHistory other = new EditHistory();
        other.perform(review.setDate(seen.id(), EventDate.day(java.time.LocalDate.of(2025, 8, 10))));

        assertThatThrownBy(() -> history.perform(dialogSave(seen, "Chequers")))
                .isInstanceOf(EventChangedException.class).hasMessageMatching(REFUSAL);
        Event now = stored(seen.id());
        assertThat(now.location()).as("nothing of the refused save").isNull();
        assertThat(now.status()).isEqualTo(seen.status());
        assertThat(now.date().iso()).as("the other analyst's date stays").isEqualTo("2025-08-10");
        assertThat(now.version()).isGreaterThan(seen.version());
        assertThat(history.canUndo()).as("a refused edit is not on the undo stack").isFalse();

        // Against the version read again, the same save goes through and keeps the other analyst's date.
        history.perform(dialogSave(now, "Chequers"));
        Event saved = stored(seen.id());
        assertThat(saved.location()).isEqualTo("Chequers");
        assertThat(saved.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(saved.date().iso()).isEqualTo("2025-08-10");
        assertThat(saved.version()).isGreaterThan(now.version());
    }

    @Test
    void undoIsRefusedOnceSomeoneElseChangedTheEvent() {
        Event seen = call();
        history.perform(review.setLocation(seen.id(), "Chequers"));
        Event afterMine = stored(seen.id());
        EditHistory other = new EditHistory();
        other.perform(review.setStatus(seen.id(), EventStatus.CANCELLED).expecting(
                Map.of(seen.id(), afterMine.version())));

        assertThatThrownBy(history::undo).isInstanceOf(EventChangedException.class).hasMessageMatching(REFUSAL);
        Event now = stored(seen.id());
        assertThat(now.location()).as("the undo was not made").isEqualTo("Chequers");
        assertThat(now.status()).as("the other analyst's change stays").isEqualTo(EventStatus.CANCELLED);
        assertThat(history.canUndo()).as("the edit can still be undone later").isTrue();
    }

    @Test
    void undoAndRedoOfOnesOwnEditsNeedNoFreshRead() {
        Event seen = call();
        history.perform(review.setLocation(seen.id(), "Chequers"));
        history.perform(review.setStatus(seen.id(), EventStatus.PLANNED));
        history.undo();
        history.undo();
        history.redo();
        Event now = stored(seen.id());
        assertThat(now.location()).isEqualTo("Chequers");
        assertThat(now.status()).isEqualTo(seen.status());
    }

    @Test
    void aSentenceImportedWhileTheEventIsOpenIsNoConflictAndBothStay() throws Exception {
        Event seen = call();
        Path copy = Files.copy(fixture("call-again.txt"), temp.resolve("call-again.txt"));
        assertThat(parley.importer().importPaths(List.of(copy), Importer.Progress.NONE).describe())
                .startsWith("1 imported");
        long newSource = parley.store().sources().stream().mapToLong(s -> s.id()).max().orElseThrow();
        Event imported = stored(seen.id());
        assertThat(imported.mentions()).as("the import added its sentence").hasSize(seen.mentions().size() + 1);

        history.perform(dialogSave(seen, "Chequers"));

        Event now = stored(seen.id());
        assertThat(now.location()).isEqualTo("Chequers");
        assertThat(now.mentions()).extracting(Mention::sourceId).as("the imported sentence stays").contains(newSource);
        assertThat(now.mentions()).hasSize(seen.mentions().size() + 1);
    }
}
