package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import parley.core.Parley;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Importer;

/** Confirm, undo and redo through the window on a real store, and the review queue's keyboard flow. */
@ExtendWith(ApplicationExtension.class)
class ReviewInWindowTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Parley parley;
    private MainView view;
    private ReviewModel review;

    @Start
    void start(Stage stage) throws Exception {
        Path store = Files.createTempDirectory(dir, "store");
        parley = Parley.open(store);
        Path article = Files.copy(Path.of(getClass().getResource("/parley/review/talks.txt").toURI()),
                store.resolveSibling(store.getFileName() + "-talks.txt"));
        parley.importer().importPaths(List.of(article), Importer.Progress.NONE);
        view = new MainView(parley.store(), parley.importer(), worker, stage::close);
        review = view.enableReview(parley.review(), () -> parley.reextractAll(Importer.Progress.NONE));
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        Settle.shutdown(worker, parley);
    }

    private void settle() throws Exception {
        Settle.rounds(worker, 3);
    }

    private MenuItem editItem(String id) {
        MenuBar bar = view.menuBar();
        Menu edit = bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
        return edit.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Event selectCall(FxRobot robot) throws Exception {
        settle();
        Event call = view.viewModel().events().stream().filter(e -> e.type() == EventType.CALL).findFirst()
                .orElseThrow();
        robot.interact(() -> view.viewModel().selectedEventProperty().set(call));
        return call;
    }

    @Test
    void confirmInThePanelThenUndoAndRedoFromTheEditMenu(FxRobot robot) throws Exception {
        Event call = selectCall(robot);
        assertThat(robot.lookup("#review-state").queryLabeled().getText()).isEqualTo("Machine-made, not checked");
        assertThat(editItem("menu-undo").isDisable()).isTrue();
        robot.clickOn("#review-confirm");
        settle();
        assertThat(parley.store().event(call.id()).orElseThrow().confirmed()).isTrue();
        assertThat(robot.lookup("#review-state").queryLabeled().getText()).isEqualTo("✓ Confirmed");
        MenuItem undo = editItem("menu-undo");
        assertThat(undo.getText()).isEqualTo("Undo Confirm 'Call: Starmer, Zelensky'");
        assertThat(undo.isDisable()).isFalse();

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        settle();
        assertThat(parley.store().event(call.id()).orElseThrow().confirmed()).isFalse();
        assertThat(robot.lookup("#review-state").queryLabeled().getText()).isEqualTo("Machine-made, not checked");
        assertThat(editItem("menu-redo").getText()).isEqualTo("Redo Confirm 'Call: Starmer, Zelensky'");

        robot.interact(() -> editItem("menu-redo").fire());
        settle();
        assertThat(parley.store().event(call.id()).orElseThrow().confirmed()).isTrue();
        assertThat(view.viewModel().statusProperty().get()).isEqualTo("Redone: Confirm 'Call: Starmer, Zelensky'");
    }

    @Test
    void theQueueConfirmsNewestFirstAndMovesOn(FxRobot robot) throws Exception {
        settle();
        assertThat(review.queue()).extracting(Event::type).containsExactly(EventType.SUMMIT, EventType.CALL);
        robot.interact(() -> ReviewQueueView.open(view.getScene().getWindow(), review, e -> { }));
        settle();
        robot.clickOn("#review-queue");
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.C);
        settle();
        assertThat(review.queue()).extracting(Event::type).containsExactly(EventType.CALL);
        assertThat(parley.store().events()).filteredOn(Event::confirmed).extracting(Event::type)
                .containsExactly(EventType.SUMMIT);
        robot.type(KeyCode.DELETE);
        settle();
        assertThat(review.queue()).isEmpty();
        assertThat(parley.store().events()).extracting(Event::type).containsExactly(EventType.SUMMIT);
    }

    @Test
    void theQueueOpenedInTheDarkThemeIsDark(FxRobot robot) throws Exception {
        robot.interact(() -> view.themeProperty().set(Theme.DARK));
        javafx.stage.Stage[] queue = new javafx.stage.Stage[1];
        robot.interact(() -> queue[0] = ReviewQueueView.open(view.getScene().getWindow(), review, e -> { }));
        settle();
        javafx.scene.layout.Region root = (javafx.scene.layout.Region) queue[0].getScene().getRoot();
        javafx.scene.paint.Color fill = (javafx.scene.paint.Color) root.getBackground().getFills().get(0).getFill();
        try {
            assertThat(fill.getBrightness()).isLessThan(0.25);
        } finally {
            robot.interact(queue[0]::close);
        }
    }
}
