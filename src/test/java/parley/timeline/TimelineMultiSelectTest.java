package parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import parley.domain.Event;
import parley.ui.SampleData;

/** Ctrl+click and Shift+click pick several events; a plain click or Esc goes back to one or none. */
@ExtendWith(ApplicationExtension.class)
class TimelineMultiSelectTest {
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setEvents(SampleData.store().events());
        stage.setScene(new Scene(new StackPane(view), 1000, 600));
        stage.show();
    }

    @BeforeEach
    void ready() throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> view.getScene().getWindow().isShowing() && view.getWidth() > 0
                        && view.lastFrameProperty().get() != Frame.EMPTY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D at(FxRobot robot, Marks.Placed p) {
        Frame frame = view.lastFrameProperty().get();
        double y = frame.rowsTop() + p.row() * frame.rowHeight() + frame.rowHeight() / 2;
        return robot.lookup(".timeline-canvas").queryAs(Canvas.class).localToScreen(p.markX(), y);
    }

    private List<Marks.Placed> placed() {
        return view.lastFrameProperty().get().marks().placed();
    }

    @Test
    void ctrlClickAddsAndRemovesShiftClickTakesTheRun(FxRobot robot) {
        List<Marks.Placed> marks = placed();
        assertThat(marks.size()).isGreaterThan(3);
        Marks.Placed a = marks.get(0);
        Marks.Placed b = marks.get(2);
        robot.clickOn(at(robot, a));
        robot.press(KeyCode.CONTROL).clickOn(at(robot, b)).release(KeyCode.CONTROL);
        assertThat(view.selectedIds()).containsExactly(a.item().event().id(), b.item().event().id());
        assertThat(view.getSelectedEvent()).isEqualTo(b.item().event());

        robot.press(KeyCode.CONTROL).clickOn(at(robot, b)).release(KeyCode.CONTROL);
        assertThat(view.selectedIds()).containsExactly(a.item().event().id());
        assertThat(view.getSelectedEvent()).isEqualTo(a.item().event());

        robot.press(KeyCode.SHIFT).clickOn(at(robot, b)).release(KeyCode.SHIFT);
        TimelineIndex idx = view.indexProperty().get();
        int from = Math.min(idx.positionOf(a.item().event()), idx.positionOf(b.item().event()));
        int to = Math.max(idx.positionOf(a.item().event()), idx.positionOf(b.item().event()));
        assertThat(view.selectedIds()).hasSize(to - from + 1).endsWith(b.item().event().id());

        robot.clickOn(at(robot, a));
        assertThat(view.selectedIds()).containsExactly(a.item().event().id());
        robot.type(KeyCode.ESCAPE);
        assertThat(view.selectedIds()).isEmpty();
        assertThat(view.getSelectedEvent()).isNull();
    }

    @Test
    void selectAllInViewTakesEveryDrawnEventAndNewEventsKeepIt(FxRobot robot) {
        robot.interact(view::selectAllInView);
        List<Long> drawn = placed().stream().map(p -> p.item().event().id()).distinct().toList();
        assertThat(view.selectedIds()).containsExactlyInAnyOrderElementsOf(drawn);
        // the events arrive again (a refresh after an edit): the ones still there stay selected
        List<Event> fewer = view.getEvents().stream().filter(e -> e.id() != drawn.get(0)).toList();
        robot.interact(() -> view.setEvents(fewer));
        assertThat(view.selectedIds()).hasSize(drawn.size() - 1).doesNotContain(drawn.get(0));
        assertThat(view.getSelectedEvent()).isNotNull();
    }
}
