package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

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

import parley.domain.Event;
import parley.timeline.MarkLayout;
import parley.timeline.Marks;
import parley.timeline.TextMeasure;
import parley.timeline.TimeScale;
import parley.timeline.TimelineIndex;

/** At launch the timeline paints the events table alone first; the complete rows follow and nothing acts before. */
@ExtendWith(ApplicationExtension.class)
class OutlineFirstTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    /** A store whose complete read waits until the test lets it go, with outlines as the port describes them. */
    static final class SlowRowsStore extends FakeEventStore {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public List<Event> timelineOutline() {
            return timelineEventsNow().stream().map(e -> new Event(e.id(), e.type(), e.title(), e.date(),
                    e.derivation(), e.location(), e.status(), List.of(), List.of(), List.of(), e.confirmed(),
                    e.edited())).toList();
        }

        List<Event> timelineEventsNow() {
            return super.timelineEvents();
        }

        @Override
        public List<Event> timelineEvents() {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return super.timelineEvents();
        }
    }

    private void settle() throws Exception {
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void theOutlineIsShownFirstAndLaysOutExactlyTheCompleteFrame(FxRobot robot) throws Exception {
        SlowRowsStore store = SampleData.fill(new SlowRowsStore());
        MainViewModel vm = new MainViewModel(store, null, worker);
        vm.refresh();
        waitFor(() -> vm.outlineShownProperty().get());
        TimelineIndex outline = vm.timelineIndexProperty().get();
        assertThat(outline.events()).hasSize(17);
        assertThat(outline.events()).allMatch(e -> e.participants().isEmpty() && e.mentions().isEmpty());
        assertThat(vm.emptyProperty().get()).as("the drop invitation stays hidden over the outline").isFalse();
        assertThat(vm.events()).isEmpty();
        ParticipantsPanel[] people = new ParticipantsPanel[1];
        robot.interact(() -> people[0] = new ParticipantsPanel(vm));
        javafx.scene.control.ListView<?> list = (javafx.scene.control.ListView<?>) people[0].lookup("#participant-list");
        assertThat(((javafx.scene.control.Label) list.getPlaceholder()).getText())
                .as("an empty panel under the outline says it is still reading").isEqualTo("Reading the store…");

        store.release.countDown();
        settle();
        assertThat(vm.outlineShownProperty().get()).isFalse();
        TimelineIndex complete = vm.timelineIndexProperty().get();
        assertThat(complete).isNotSameAs(outline);
        assertThat(complete.events()).anyMatch(e -> !e.participants().isEmpty());

        // The stacked layout of both, zoomed out (clusters) and in (every label), mark for mark.
        MarkLayout layout = new MarkLayout(TextMeasure.approximate(12));
        double[] extent = complete.extent();
        for (double width : new double[] {300, 1280, 20000}) {
            TimeScale scale = TimeScale.fit(extent[0], extent[1], width, 40);
            assertThat(laidOut(layout.layout(outline, scale, 12))).isEqualTo(laidOut(layout.layout(complete, scale, 12)));
        }
        assertThat(outline.undated()).extracting(Event::id)
                .containsExactlyElementsOf(complete.undated().stream().map(Event::id).toList());
    }

    /** A store that keeps its rows packed answers the complete read at once: the outline would only cost a scan. */
    @Test
    void aStoreWithItsRowsAtHandShowsTheCompleteFrameFirst(FxRobot robot) throws Exception {
        int[] outlines = {0};
        FakeEventStore store = SampleData.fill(new FakeEventStore() {
            @Override
            public boolean timelineReadsQuickly() {
                return true;
            }

            @Override
            public List<Event> timelineOutline() {
                outlines[0]++;
                return super.timelineOutline();
            }
        });
        MainViewModel vm = new MainViewModel(store, null, worker);
        List<TimelineIndex> shown = new java.util.ArrayList<>();
        robot.interact(() -> vm.timelineIndexProperty().addListener((o, a, b) -> shown.add(b)));
        vm.refresh();
        settle();
        assertThat(outlines[0]).isZero();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).events()).hasSize(17).anyMatch(e -> !e.participants().isEmpty());
        assertThat(vm.outlineShownProperty().get()).isFalse();
    }

    private static List<String> laidOut(Marks marks) {
        List<String> out = new java.util.ArrayList<>();
        marks.placed().forEach(p -> out.add(p.item().event().id() + "@" + p.row() + ":" + p.markX() + "," + p.left()
                + "," + p.right() + "," + p.labelX()));
        marks.clusters().forEach(c -> out.add("cluster " + c));
        out.add("visible " + marks.visible() + " detailed " + marks.detailed());
        return out;
    }

    @Test
    void anOutlineEventIsNeverSelectedButItsCompleteRowIsOnceRead(FxRobot robot) throws Exception {
        SlowRowsStore store = SampleData.fill(new SlowRowsStore());
        MainViewModel vm = new MainViewModel(store, null, worker);
        vm.refresh();
        waitFor(() -> vm.outlineShownProperty().get());
        Event partial = vm.timelineIndexProperty().get().events().get(3);
        robot.interact(() -> vm.selectedEventProperty().set(partial));
        assertThat(vm.selectedEventProperty().get()).isNull();
        assertThat(vm.selectedDetailsProperty().get()).isNull();

        store.release.countDown();
        settle();
        settle();
        Event selected = vm.selectedEventProperty().get();
        assertThat(selected).isNotNull();
        assertThat(selected.id()).isEqualTo(partial.id());
        assertThat(selected).isEqualTo(store.timelineEventsNow().stream().filter(e -> e.id() == partial.id())
                .findFirst().orElseThrow());
        assertThat(selected.mentions()).isNotEmpty();
    }

    @Test
    void lanesOrATickedParticipantWaitForTheCompleteRows(FxRobot robot) throws Exception {
        SlowRowsStore lanes = SampleData.fill(new SlowRowsStore());
        MainViewModel inLanes = new MainViewModel(lanes, null, worker);
        List<TimelineIndex> shown = new java.util.ArrayList<>();
        inLanes.timelineIndexProperty().addListener((o, a, b) -> shown.add(b));
        inLanes.outlineAllowedProperty().set(false);
        inLanes.refresh();
        lanes.release.countDown();
        settle();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).events()).hasSize(17).anyMatch(e -> !e.participants().isEmpty());

        SlowRowsStore ticked = SampleData.fill(new SlowRowsStore());
        MainViewModel filtered = new MainViewModel(ticked, null, worker);
        List<Boolean> outlines = new java.util.ArrayList<>();
        filtered.outlineShownProperty().addListener((o, a, b) -> outlines.add(b));
        robot.interact(() -> filtered.checkedParticipants().add("nobody ticked yet"));
        filtered.refresh();
        ticked.release.countDown();
        settle();
        assertThat(outlines).isEmpty();
        assertThat(filtered.events()).hasSize(17);
    }
}
