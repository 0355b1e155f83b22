package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static parley.ui.SampleData.event;
import static parley.ui.SampleData.person;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import parley.domain.EntityKind;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Role;

/** The window's state without a window (the extension only starts the toolkit that Tasks report through). */
@ExtendWith(ApplicationExtension.class)
class MainViewModelTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    private void settle() throws Exception {
        worker.submit(() -> { }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tallyCountsPresenceAndAbsenceSeparately() {
        var rows = ParticipantRow.tally(List.of(
                event(EventType.SUMMIT, "S", EventDate.day(LocalDate.of(2025, 8, 15)), EventStatus.HELD, 1,
                        person("A", Role.HOST), person("B", Role.ABSENT)),
                event(EventType.CALL, "C", EventDate.day(LocalDate.of(2025, 8, 16)), EventStatus.HELD, 1,
                        person("A", Role.ATTENDEE), person("C", Role.ATTENDEE), person("C", Role.SPEAKER))));
        assertThat(rows).containsExactly(new ParticipantRow("A", EntityKind.PERSON, 2, 0),
                new ParticipantRow("B", EntityKind.PERSON, 0, 1), new ParticipantRow("C", EntityKind.PERSON, 1, 0));
        assertThat(rows.get(1).onlyAbsent()).isTrue();
        assertThat(rows.get(1).counts()).isEqualTo("absent from 1");
        assertThat(rows.get(0).counts()).isEqualTo("2 events");
    }

    @Test
    void tallyCountsANameOncePerEventPresentWhereverItIsPresent() {
        var rows = ParticipantRow.tally(List.of(
                // absent and present in one event: counted present; absent twice: counted once
                event(EventType.MEETING, "M", EventDate.day(LocalDate.of(2025, 8, 15)), EventStatus.HELD, 1,
                        person("D", Role.ABSENT), person("D", Role.HOST), person("E", Role.ABSENT),
                        person("E", Role.ABSENT)),
                event(EventType.CALL, "C", EventDate.day(LocalDate.of(2025, 8, 16)), EventStatus.HELD, 1,
                        person("E", Role.ATTENDEE), person("D", Role.ABSENT))));
        assertThat(rows).containsExactly(new ParticipantRow("D", EntityKind.PERSON, 1, 1),
                new ParticipantRow("E", EntityKind.PERSON, 1, 1));
    }

    @Test
    void refreshLoadsEventsSourcesAndParticipants(FxRobot robot) throws Exception {
        MainViewModel vm = new MainViewModel(SampleData.store(), null, worker);
        assertThat(vm.emptyProperty().get()).isTrue();
        vm.refresh();
        settle();
        assertThat(vm.events()).hasSize(17);
        assertThat(vm.timelineIndexProperty().get().events()).hasSize(17);
        assertThat(vm.sources()).extracting(SourceRow::details).containsExactly(
                "Northern Ledger · 12 Aug 2025 · 6 events", "Harbour Times · 21 Aug 2025 · 8 events",
                "undated · 3 events");
        assertThat(vm.participants()).first().extracting(ParticipantRow::name).isEqualTo("Volodymyr Zelensky");
        assertThat(vm.emptyProperty().get()).isFalse();
    }

    @Test
    void participantFilterNarrowsTheListAndTicksNarrowTheTimeline(FxRobot robot) throws Exception {
        MainViewModel vm = new MainViewModel(SampleData.store(), null, worker);
        vm.refresh();
        settle();
        robot.interact(() -> vm.participantFilterProperty().set("  ZELEN "));
        assertThat(vm.participants()).extracting(ParticipantRow::name).containsExactly("Volodymyr Zelensky");
        robot.interact(() -> vm.checkedParticipants().add("Volodymyr Zelensky"));
        settle();
        // Absences count: the summit he was not at is part of his story.
        assertThat(vm.timelineIndexProperty().get().events()).extracting(parley.domain.Event::title)
                .contains("Summit: Trump, Putin in Alaska", "Call: Trump, Zelensky").hasSize(6);
    }

    @Test
    void cancellingStopsTheImportAfterTheCurrentFile(FxRobot robot) throws Exception {
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        List<Path> seen = new ArrayList<>();
        Importer slow = new Importer() {
            @Override
            public ImportSummary importPaths(List<Path> paths, Progress progress) {
                List<FileOutcome> outcomes = new ArrayList<>();
                progress.started(paths.size());
                for (int i = 0; i < paths.size(); i++) {
                    if (progress.cancelled()) {
                        return new ImportSummary(outcomes, true);
                    }
                    seen.add(paths.get(i));
                    outcomes.add(new FileOutcome(paths.get(i), FileOutcome.Kind.IMPORTED, null, 0));
                    progress.fileDone(i + 1, paths.size(), outcomes.get(i));
                    firstDone.countDown();
                    try {
                        mayGoOn.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return new ImportSummary(outcomes, false);
            }

            @Override
            public void setPublicationDate(long sourceId, LocalDate date) {
            }
        };
        MainViewModel vm = new MainViewModel(new FakeEventStore(), slow, worker);
        robot.interact(() -> vm.importPaths(List.of(Path.of("a.txt"), Path.of("b.txt"), Path.of("c.txt"))));
        assertThat(firstDone.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.importingProperty().get()).isTrue();
        vm.cancelImport();
        mayGoOn.countDown();
        settle();
        settle();
        assertThat(seen).containsExactly(Path.of("a.txt"));
        assertThat(vm.importingProperty().get()).isFalse();
        assertThat(vm.lastSummaryProperty().get().cancelled()).isTrue();
        assertThat(vm.importMessageProperty().get()).isEqualTo("1 imported, 0 duplicate, 0 failed (cancelled)");
    }

    /** A committed group shows on the timeline, haloed, while the rest of the import is still being stored. */
    @Test
    void theTimelineFillsInGroupByGroupWhileTheImportRuns(FxRobot robot) throws Exception {
        FakeEventStore store = new FakeEventStore();
        FakeImporter fake = new FakeImporter(store);
        CountDownLatch firstGroupStored = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        // Two groups: a.txt and b.txt, then c.txt once the test has looked at the window.
        Importer grouped = new Importer() {
            @Override
            public ImportSummary importPaths(List<Path> paths, Progress progress) {
                List<FileOutcome> outcomes = new ArrayList<>(fake.importPaths(paths.subList(0, 2), Progress.NONE)
                        .outcomes());
                progress.started(paths.size());
                progress.fileDone(1, paths.size(), outcomes.get(0));
                progress.fileDone(2, paths.size(), outcomes.get(1));
                progress.groupStored(2, paths.size());
                firstGroupStored.countDown();
                try {
                    mayGoOn.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                outcomes.addAll(fake.importPaths(paths.subList(2, 3), Progress.NONE).outcomes());
                progress.fileDone(3, paths.size(), outcomes.get(2));
                progress.groupStored(3, paths.size());
                return new ImportSummary(outcomes, false);
            }

            @Override
            public void setPublicationDate(long sourceId, LocalDate date) {
            }
        };
        MainViewModel vm = new MainViewModel(store, grouped, worker);
        robot.interact(() -> vm.importPaths(List.of(Path.of("a.txt"), Path.of("b.txt"), Path.of("c.txt"))));
        assertThat(firstGroupStored.await(5, TimeUnit.SECONDS)).isTrue();
        // The read runs on a thread of its own (the worker holds the import) and is applied on the FX thread.
        for (int i = 0; i < 100 && vm.events().size() < 2; i++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(vm.importingProperty().get()).isTrue();
        assertThat(vm.events()).extracting(parley.domain.Event::title).containsExactly("Call from a.txt",
                "Call from b.txt");
        assertThat(vm.timelineIndexProperty().get().events()).hasSize(2);
        assertThat(vm.freshEventsProperty().get()).containsExactlyInAnyOrder(1L, 2L);
        mayGoOn.countDown();
        settle();
        settle();
        assertThat(vm.importingProperty().get()).isFalse();
        assertThat(vm.events()).hasSize(3);
        assertThat(vm.freshEventsProperty().get()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void aStoreThatFailsToReadIsReportedNotThrown(FxRobot robot) throws Exception {
        MainViewModel vm = new MainViewModel(new FailingStore(), null, worker);
        vm.refresh();
        settle();
        assertThat(vm.statusProperty().get()).isEqualTo("Could not read the store: disk gone");
    }

    /** A store whose reads fail, as a vanished disk would make them. */
    private static final class FailingStore extends FakeEventStore {
        @Override
        public List<parley.domain.Event> events() {
            throw new IllegalStateException("disk gone");
        }
    }
}
