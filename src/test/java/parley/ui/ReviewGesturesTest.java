package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Source;
import parley.timeline.Frame;
import parley.timeline.Marks;

/** The analyst's gestures in the window: select text → add, Ctrl+click → merge → undo, split, the history list. */
class ReviewGesturesTest extends ReviewWindowTest {
    private static final String VILNIUS = "Foreign ministers of Poland and Lithuania compared notes in Vilnius on "
            + "Tuesday about the border.";

    @Start
    void start(Stage s) {
        show(s);
    }

    private void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.SHORTCUT;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        for (int i = all.length - 1; i >= 0; i--) {
            robot.release(all[i]);
        }
    }

    /**
     * Drags the mouse over the text from one character to another. The events are fired at the text, not moved by
     * the robot: a robot drag inside the window leaves Monocle's drag-and-drop state broken for later tests in the
     * same JVM (the file-drop test then fails), whatever the dragged node does.
     */
    private void dragAcross(FxRobot robot, SourceText text, int from, int to) {
        javafx.scene.Node flow = robot.lookup("#source-text-flow").query();
        Point2D a = flow.screenToLocal(text.screenPointOf(from));
        Point2D b = flow.screenToLocal(text.screenPointOf(to));
        robot.interact(() -> {
            javafx.event.Event.fireEvent(flow, mouse(flow, javafx.scene.input.MouseEvent.MOUSE_PRESSED, a, true));
            Point2D mid = a.midpoint(b);
            javafx.event.Event.fireEvent(flow, mouse(flow, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, mid, true));
            javafx.event.Event.fireEvent(flow, mouse(flow, javafx.scene.input.MouseEvent.MOUSE_DRAGGED, b, true));
            javafx.event.Event.fireEvent(flow, mouse(flow, javafx.scene.input.MouseEvent.MOUSE_RELEASED, b, false));
        });
    }

    private static javafx.scene.input.MouseEvent mouse(javafx.scene.Node node,
                                                       javafx.event.EventType<javafx.scene.input.MouseEvent> type,
                                                       Point2D local, boolean down) {
        // The event's own coordinates are the scene's: dispatch turns them into the node's.
        Point2D scene = node.localToScene(local);
        Point2D screen = node.localToScreen(local);
        return new javafx.scene.input.MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, down, false, false, true,
                false, false, new javafx.scene.input.PickResult(node, scene.getX(), scene.getY()));
    }

    private Point2D onTimeline(FxRobot robot, Event e) {
        Frame frame = view.timeline().lastFrameProperty().get();
        Marks.Placed p = frame.marks().placed().stream().filter(m -> m.item().event().id() == e.id()).findFirst()
                .orElseThrow();
        double y = frame.rowsTop() + p.row() * frame.rowHeight() + frame.rowHeight() / 2;
        return robot.lookup(".timeline-canvas").queryAs(Canvas.class).localToScreen(p.markX(), y);
    }

    private List<String> historyLines(FxRobot robot) {
        return robot.lookup("#event-history").queryAs(EventHistoryView.class).shownLines();
    }

    @Test
    void selectingASentenceInTheSourceAddsAnEventThatTheSourceHighlights(FxRobot robot) throws Exception {
        settle();
        robot.interact(() -> view.viewModel().selectedSourceProperty().set(view.viewModel().sources().get(0)));
        settle();
        Source source = view.viewModel().openedSourceProperty().get();
        int at = source.text().indexOf("compared notes");
        SourceText text = view.sourceText();
        robot.interact(() -> text.scrollToOffset(at));
        WaitForAsyncUtils.waitForFxEvents();
        dragAcross(robot, text, at, at + "compared notes".length());
        assertThat(text.selectionProperty().get()).isNotNull();

        // the text's context menu offers the same action (shown and closed here: the key must still act once)
        javafx.scene.Node flow = robot.lookup("#source-text-flow").query();
        Point2D screen = text.screenPointOf(at + 3);
        Point2D scene = flow.localToScene(flow.screenToLocal(screen));
        robot.interact(() -> javafx.event.Event.fireEvent(flow, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(), screen.getX(),
                screen.getY(), false, new javafx.scene.input.PickResult(flow, scene.getX(), scene.getY()))));
        assertThat(robot.lookup(".context-menu").queryAll()).isNotEmpty();
        robot.type(KeyCode.ESCAPE);
        int eventsBefore = parley.store().events().size();
        shortcut(robot, KeyCode.SHIFT, KeyCode.A);
        settle();
        assertThat(robot.lookup("#add-sentence").queryLabeled().getText()).startsWith("“" + VILNIUS + "”");
        robot.clickOn("OK");
        settle();

        assertThat(parley.store().events()).hasSize(eventsBefore + 1);
        Event added = parley.store().events().stream().filter(e -> e.confirmed() && e.edited()).findFirst()
                .orElseThrow();
        Mention m = added.mentions().get(0);
        assertThat(m.sourceId()).isEqualTo(source.id());
        assertThat(m.text()).isEqualTo(VILNIUS);
        assertThat(view.viewModel().selectedEventProperty().get().id()).isEqualTo(added.id());
        assertThat(review.undoLabelProperty().get()).startsWith("Undo Add '");
        Text highlight = text.highlights().stream().filter(t -> t.getText().equals(VILNIUS)).findFirst()
                .orElseThrow();
        robot.interact(() -> view.viewModel().selectedEventProperty().set(null));
        assertThat(highlight.getStyleClass()).contains("source-highlight");
        robot.interact(() -> text.scrollToOffset(m.start()));
        robot.clickOn(text.screenPointOf(m.start() + 4));
        assertThat(view.viewModel().selectedEventProperty().get().id()).isEqualTo(added.id());

        shortcut(robot, KeyCode.Z);
        settle();
        assertThat(parley.store().event(added.id())).isEmpty();
    }

    @Test
    void everyEditMenuShortcutIsListedInHelp(FxRobot robot) {
        javafx.scene.control.Menu edit = view.menuBar().getMenus().stream()
                .filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
        List<String> listed = Shortcuts.ALL.stream().map(Shortcuts.Shortcut::keys).toList();
        for (javafx.scene.control.MenuItem i : edit.getItems()) {
            if (i.getAccelerator() != null) {
                String keys = i.getAccelerator().getName().replace("Shortcut", "Ctrl")
                        .replace("Shift+Ctrl+", "Ctrl+Shift+");
                assertThat(listed).as(keys).anySatisfy(k -> assertThat(k).contains(keys));
            }
        }
    }

    @Test
    void ctrlClickingTwoEventsMergesThemAndUndoSplitsThemAgain(FxRobot robot) throws Exception {
        settle();
        Event call = stored(EventType.CALL);
        Event summit = stored(EventType.SUMMIT);
        robot.clickOn(onTimeline(robot, call));
        robot.press(KeyCode.CONTROL).clickOn(onTimeline(robot, summit)).release(KeyCode.CONTROL);
        assertThat(review.selection()).containsExactly(call.id(), summit.id());
        assertThat(robot.lookup("#review-merge").queryAs(Labeled.class).getText()).isEqualTo("Merge 2");

        shortcut(robot, KeyCode.M);
        settle();
        assertThat(parley.store().events()).hasSize(1);
        Event merged = parley.store().events().get(0);
        assertThat(merged.id()).isEqualTo(call.id());
        assertThat(merged.mentions()).hasSize(3);
        assertThat(view.viewModel().selectedEventProperty().get().id()).isEqualTo(call.id());
        assertThat(review.undoLabelProperty().get()).isEqualTo("Undo Merge 2 events into 'Call: Starmer, Zelensky'");

        shortcut(robot, KeyCode.Z);
        settle();
        assertThat(parley.store().events()).extracting(Event::id).containsExactlyInAnyOrder(call.id(), summit.id());
        assertThat(parley.store().event(call.id()).orElseThrow()).isEqualTo(call);
    }

    @Test
    void theSplitDialogMovesTheTickedSentenceToANewEvent(FxRobot robot) throws Exception {
        settle();
        Event call = stored(EventType.CALL);
        assertThat(call.mentions()).hasSize(2);
        robot.clickOn(onTimeline(robot, call));
        shortcut(robot, KeyCode.SHIFT, KeyCode.S);
        settle();
        List<CheckBox> boxes = List.copyOf(robot.lookup(".split-mention").queryAllAs(CheckBox.class));
        assertThat(boxes).hasSize(2);
        assertThat(boxes.get(1).getText()).contains("During Monday's call");
        assertThat(robot.lookup("OK").queryButton().isDisabled()).isTrue();
        robot.clickOn(boxes.get(1));
        assertThat(robot.lookup("#split-count").queryLabeled().getText()).isEqualTo(
                "1 of 2 sentences move to a new event.");
        robot.clickOn("OK");
        settle();

        assertThat(parley.store().event(call.id()).orElseThrow().mentions()).containsExactly(call.mentions().get(0));
        Event moved = parley.store().events().stream().filter(e -> e.id() > call.id() && e.type() == EventType.CALL)
                .findFirst().orElseThrow();
        assertThat(moved.mentions()).containsExactly(call.mentions().get(1));
        assertThat(view.viewModel().selectedEventProperty().get().id()).isEqualTo(moved.id());
        assertThat(review.undoLabelProperty().get()).isEqualTo("Undo Split 'Call: Starmer, Zelensky'");
    }

    @Test
    void theHistoryListShowsTheEditAndItsUndo(FxRobot robot) throws Exception {
        settle();
        Event call = stored(EventType.CALL);
        robot.clickOn(onTimeline(robot, call));
        settle();
        assertThat(historyLines(robot)).containsExactly("Not edited: as extraction made it.");
        robot.clickOn("#review-confirm");
        settle();
        String user = System.getProperty("user.name");
        assertThat(historyLines(robot)).hasSize(2);
        assertThat(historyLines(robot).get(0)).startsWith(user + " · ");
        assertThat(historyLines(robot).get(1)).isEqualTo("Confirmed");
        assertThat(robot.lookup(".details-history-title").queryLabeled().getText()).isEqualTo("History · 1 edit");

        shortcut(robot, KeyCode.Z);
        settle();
        assertThat(historyLines(robot)).hasSize(4);
        assertThat(historyLines(robot).get(1)).isEqualTo("Undid: Confirm 'Call: Starmer, Zelensky'");
        shortcut(robot, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#details-scroll").query().isFocused()).isTrue();
    }
}
