package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.Start;

import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import parley.domain.Event;
import parley.domain.Role;
import parley.timeline.Frame;

/** Ctrl+L shows one lane per participant; the lane names' menu hides, pins and moves lanes. */
class LanesLayoutTest extends SampleWindowTest {
    LanesLayoutTest() {
        super(1280, 800);
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private Frame frame() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.timeline().lastFrameProperty().get();
    }

    @Test
    void ctrlLShowsOneLanePerParticipantWithEventsInEveryLaneOfTheirs(FxRobot robot) throws Exception {
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.timeline().getWidth() > 0);
        robot.interact(view.timeline()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertThat(view.timeline().participantLanesProperty().get()).isTrue();
        Frame f = frame();
        assertThat(f.lanes()).contains("Donald Trump", "Vladimir Putin");
        Event summit = view.timeline().getEvents().stream()
                .filter(e -> e.title().startsWith("Summit: Trump")).findFirst().orElseThrow();
        double at = parley.timeline.TimelineItem.of(summit).anchor();
        // In every lane of someone present the summit is drawn: on its own, or inside a lane's cluster that day.
        for (var p : summit.participants()) {
            if (p.role() == Role.ABSENT) {
                continue;
            }
            int row = f.lanes().indexOf(p.name());
            assertThat(row).as(p.name()).isGreaterThanOrEqualTo(0);
            boolean alone = f.marks().placed().stream()
                    .anyMatch(m -> m.row() == row && m.item().event().equals(summit));
            boolean clustered = f.marks().clusters().stream()
                    .anyMatch(c -> c.row() == row && c.from() <= at && at <= c.to());
            assertThat(alone || clustered).as(p.name()).isTrue();
        }
        // Zelensky is absent from the summit: his lane holds other events, never this one.
        int zelensky = f.lanes().indexOf("Volodymyr Zelensky");
        assertThat(f.marks().placed()).noneMatch(p -> p.row() == zelensky && p.item().event().equals(summit));

        // Hide a lane through its menu, then pin another to the top.
        String second = f.lanes().get(1);
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        double y = f.rowsTop() + 1.5 * f.rowHeight();
        robot.clickOn(canvas.localToScreen(40, y));
        robot.clickOn("Hide lane");
        assertThat(frame().lanes()).doesNotContain(second);
        String last = frame().lanes().get(frame().lanes().size() - 1);
        robot.interact(() -> view.timeline().togglePinLane(last));
        assertThat(frame().lanes().get(0)).isEqualTo(last);
        robot.interact(() -> view.timeline().moveLane(frame().lanes().get(2), -1));
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        assertThat(frame().lanes()).isEmpty();
    }
}
