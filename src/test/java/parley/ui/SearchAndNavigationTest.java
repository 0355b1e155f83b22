package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.Start;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import parley.domain.Event;
import parley.timeline.TimelineItem;

/** Ctrl+F finds events and jumps to them; ←/→ step through events; Enter focuses the details. */
class SearchAndNavigationTest extends SampleWindowTest {
    SearchAndNavigationTest() {
        super(1280, 800);
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void settle() throws Exception {
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.timeline().getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlFFindsAnEventByParticipantAndEnterJumpsToIt(FxRobot robot) throws Exception {
        settle();
        // Zoomed far into another time, so the jump has to move the view.
        robot.interact(() -> view.timeline().goToDate(java.time.LocalDate.of(2019, 1, 1)));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#search").query().isFocused()).isTrue();
        robot.write("putin alaska");
        WaitForAsyncUtils.waitForFxEvents();
        SearchBox box = robot.lookup("#search").queryAs(SearchBox.class);
        assertThat(box.results()).extracting(Event::title).containsExactly("Summit: Trump, Putin in Alaska");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Event sel = view.viewModel().selectedEventProperty().get();
        assertThat(sel.title()).isEqualTo("Summit: Trump, Putin in Alaska");
        double x = view.timeline().getScale().x(TimelineItem.of(sel).anchor());
        assertThat(x).isBetween(0.0, view.timeline().getScale().width());
        assertThat(view.timeline().isFocused()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.timeline().lastFrameProperty().get().marks().placed())
                .anySatisfy(p -> assertThat(p.item().event()).isEqualTo(sel));
    }

    @Test
    void arrowsStepThroughEventsInTimeOrderAndEnterFocusesTheDetails(FxRobot robot) throws Exception {
        settle();
        var index = view.timeline().indexProperty().get();
        robot.interact(() -> view.jumpTo(index.get(3).event()));
        robot.type(KeyCode.RIGHT);
        assertThat(view.timeline().getSelectedEvent()).isEqualTo(index.get(4).event());
        robot.type(KeyCode.LEFT, KeyCode.LEFT);
        assertThat(view.timeline().getSelectedEvent()).isEqualTo(index.get(2).event());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#details-scroll").query().isFocused()).isTrue();
        assertThat(robot.lookup(".details-title").queryLabeled().getText())
                .isEqualTo(index.get(2).event().title());
    }

    @Test
    void goToDateAndTodayCentreTheTimelineOnTheDay(FxRobot robot) throws Exception {
        settle();
        var day = java.time.LocalDate.of(2021, 3, 4);
        robot.interact(() -> view.timeline().goToDate(day));
        var s = view.timeline().getScale();
        assertThat(parley.timeline.TickUnit.dateTime(s.time(s.width() / 2)).toLocalDate()).isEqualTo(day);
        assertThat(s.end() - s.start()).isLessThanOrEqualTo(parley.timeline.TimelineView.REVEAL_SPAN + 1);
        robot.interact(view.timeline()::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        var t = view.timeline().getScale();
        assertThat(parley.timeline.TickUnit.dateTime(t.time(t.width() / 2)).toLocalDate())
                .isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }
}
