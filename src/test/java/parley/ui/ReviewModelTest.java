package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import parley.core.Parley;
import parley.domain.EditRecord;
import parley.domain.Event;
import parley.domain.Mention;
import parley.domain.EventType;
import parley.domain.Importer;
import parley.review.Review;

/** The review model without a window: merge, split and add select their result; history and drafts read off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class ReviewModelTest {
    @TempDir
    Path temp;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Parley parley;
    private MainViewModel vm;
    private ReviewModel review;

    @BeforeEach
    void open() throws Exception {
        parley = Parley.open(temp.resolve("store"));
        Path article = Files.copy(Path.of(getClass().getResource("/parley/review/talks.txt").toURI()),
                temp.resolve("talks.txt"));
        parley.importer().importPaths(List.of(article), Importer.Progress.NONE);
        vm = new MainViewModel(parley.store(), parley.importer(), worker);
        review = new ReviewModel(parley.review(), vm, worker, () -> 0);
        vm.refresh();
        settle();
    }

    @AfterEach
    void close() throws Exception {
        Settle.shutdown(worker, parley);
    }

    private void settle() throws Exception {
        Settle.rounds(worker, 4);
    }

    private Event ofType(EventType t) {
        return vm.events().stream().filter(e -> e.type() == t).findFirst().orElseThrow();
    }

    @Test
    void aDialogSaveAgainstAnOlderVersionIsReportedAndTheNewVersionShown() throws Exception {
        Event opened = ofType(EventType.CALL);
        vm.selectedEventProperty().set(opened);
        // Another analyst (another history on the same store) saves first, while the dialog is open.
        new parley.review.EditHistory().perform(parley.review().setLocation(opened.id(), "Chequers"));
        Event changed = new Event(opened.id(), opened.type(), opened.title(), opened.date(), opened.derivation(),
                "Lancaster House", opened.status(), opened.participants(), opened.mentions(), opened.disagreements(),
                opened.confirmed(), opened.edited(), opened.version());
        review.update(opened, changed);
        settle();
        assertThat(vm.statusProperty().get()).matches("This event was changed by .+ at [-0-9]{10} [:0-9]{8}; "
                + "your change was not saved\\.");
        Event shown = ofType(EventType.CALL);
        assertThat(shown.location()).as("the window shows the other analyst's version").isEqualTo("Chequers");
        assertThat(shown.version()).isGreaterThan(opened.version());
        assertThat(vm.selectedEventProperty().get()).isEqualTo(shown);
        assertThat(review.canUndoProperty().get()).isFalse();
        assertThat(parley.store().event(opened.id()).orElseThrow().location()).isEqualTo("Chequers");
    }

    @Test
    void mergeSelectsTheMergedEventAndUndoSaysSo() throws Exception {
        long call = ofType(EventType.CALL).id();
        long summit = ofType(EventType.SUMMIT).id();
        int before = review.revisionProperty().get();
        review.merge(List.of(call, summit));
        settle();
        assertThat(vm.events()).hasSize(1);
        assertThat(vm.selectedEventProperty().get().id()).isEqualTo(call);
        assertThat(review.revisionProperty().get()).isEqualTo(before + 1);
        review.undo();
        settle();
        assertThat(vm.events()).hasSize(2);
        assertThat(vm.statusProperty().get()).isEqualTo("Undone: Merge 2 events into 'Call: Starmer, Zelensky'");
    }

    @Test
    void splitSelectsTheNewEvent() throws Exception {
        Event call = ofType(EventType.CALL);
        review.split(call.id(), Set.of(0));
        settle();
        Event selected = vm.selectedEventProperty().get();
        assertThat(selected.id()).isNotEqualTo(call.id());
        // The window's rows carry no sentences; the store's event has the moved one, whole.
        Mention moved = call.mentions().get(0);
        assertThat(parley.store().event(selected.id()).orElseThrow().mentions()).singleElement()
                .satisfies(m -> {
                    assertThat(m.sourceId()).isEqualTo(moved.sourceId());
                    assertThat(m.start()).isEqualTo(moved.start());
                    assertThat(m.end()).isEqualTo(moved.end());
                    assertThat(m.text()).isNotBlank();
                });
    }

    @Test
    void aDraftFromASelectionIsAddedAndSelected() throws Exception {
        long source = vm.sources().get(0).source().id();
        String text = parley.store().source(source).orElseThrow().text();
        int at = text.indexOf("Vilnius");
        var draft = review.draft(source, at, at + 7);
        settle();
        Review.Draft d = WaitForAsyncUtils.asyncFx(draft::getValue).get();
        assertThat(d.sentence()).startsWith("Foreign ministers of Poland and Lithuania");
        review.add(d.event(), d.evidence());
        settle();
        Event added = vm.selectedEventProperty().get();
        assertThat(added).isNotNull();
        assertThat(added.confirmed()).isTrue();
        assertThat(parley.store().event(added.id()).orElseThrow().mentions().get(0).text()).isEqualTo(d.sentence());
    }

    @Test
    void historyIsReadInTheBackgroundAndDescribedInWords() throws Exception {
        Event call = ofType(EventType.CALL);
        review.confirm(call);
        settle();
        var history = review.history(call.id());
        settle();
        List<EditRecord> records = WaitForAsyncUtils.asyncFx(history::getValue).get();
        assertThat(records).extracting(EditRecord::action).containsExactly("confirm");
        assertThat(EventHistoryView.describe(records.get(0))).isEqualTo("Confirmed");
        assertThat(EventHistoryView.describe(new EditRecord(1, 1L, null, "ana", Instant.EPOCH, "set-date",
                "date 2025-08-11 (day) → 2025-08-14 (day)")))
                .isEqualTo("Changed date 2025-08-11 (day) → 2025-08-14 (day)");
        assertThat(EventHistoryView.describe(new EditRecord(1, 1L, null, "ana", Instant.EPOCH, "undo",
                "Confirm 'Call'"))).isEqualTo("Undid: Confirm 'Call'");
    }
}
