package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import parley.core.Parley;
import parley.domain.Event;
import parley.domain.EventType;

/** The sources panel on the real store: the text with its event sentences, and dating an undated article. */
@ExtendWith(ApplicationExtension.class)
class SourceDateRealStoreTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Parley parley;
    private MainView view;

    @Start
    void start(Stage stage) {
        parley = Parley.open(dir.resolve("store-" + System.nanoTime()));
        view = new MainView(parley.store(), parley.importer(), worker, stage::close);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        Settle.shutdown(worker, parley);
    }

    private void settle() throws Exception {
        Settle.rounds(worker, 3);
    }

    private Path fixture(String name) throws Exception {
        Path article = dir.resolve(name);
        if (!Files.exists(article)) {
            try (var in = SourceDateRealStoreTest.class.getResourceAsStream("/parley/ui/" + name)) {
                Files.copy(in, article);
            }
        }
        return article;
    }

    @Test
    void settingAnUndatedArticlesDateMovesItsEventsOntoTheTimeline(FxRobot robot) throws Exception {
        Path article = fixture("undated-ferry-talks.txt");
        robot.interact(() -> view.importDropped(List.of(new File(article.toString()))));
        settle();
        SourceRow row = view.viewModel().sources().get(0);
        assertThat(row.source().published()).isNull();
        Event meeting = view.viewModel().events().stream().filter(e -> e.type() == EventType.MEETING)
                .findFirst().orElseThrow();
        assertThat(meeting.date().start()).isNull();
        assertThat(view.timeline().indexProperty().get().undated()).contains(meeting);

        robot.clickOn(".sources-panel .list-cell");
        settle();
        assertThat(robot.lookup("#source-date-row").query().isVisible()).isTrue();
        List<Text> lit = robot.lookup(".source-highlight").queryAllAs(Text.class).stream().toList();
        assertThat(lit).isNotEmpty();
        assertThat(lit.get(0).getText()).contains("Tallinn on Wednesday");

        // Friday 14 November 2025: "on Wednesday" is the 12th.
        robot.interact(() -> robot.lookup("#source-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2025, 11, 14)));
        robot.clickOn("#source-set-date");
        settle();
        Event moved = view.viewModel().events().stream().filter(e -> e.type() == EventType.MEETING)
                .findFirst().orElseThrow();
        assertThat(moved.date().start()).isEqualTo(LocalDate.of(2025, 11, 12));
        assertThat(view.timeline().indexProperty().get().undated()).doesNotContain(moved);
        assertThat(view.viewModel().sources().get(0).source().published()).isEqualTo(LocalDate.of(2025, 11, 14));
        assertThat(robot.lookup("#source-date-row").query().isVisible()).isFalse();
    }

    @Test
    void clickingAHighlightedSentenceSelectsItsEvent(FxRobot robot) throws Exception {
        Path article = fixture("harbour-call.txt");
        try (var in = SourceDateRealStoreTest.class.getResourceAsStream("/parley/ui/harbour-call.txt")) {
            Files.copy(in, article, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        robot.interact(() -> view.importDropped(List.of(new File(article.toString()))));
        settle();
        robot.clickOn(".sources-panel .list-cell");
        settle();
        Text call = robot.lookup(".source-highlight").queryAllAs(Text.class).stream()
                .filter(t -> t.getText().contains("by phone")).findFirst().orElseThrow();
        // The sentence is a paragraph of its own: its first line starts at the left of the text.
        var b = call.localToScreen(call.getBoundsInLocal());
        robot.clickOn(new javafx.geometry.Point2D(b.getMinX() + 30, b.getMinY() + 6));
        WaitForAsyncUtils.waitForFxEvents();
        Event sel = view.viewModel().selectedEventProperty().get();
        assertThat(sel).isNotNull();
        assertThat(sel.type()).isEqualTo(EventType.CALL);
        assertThat(view.timeline().getSelectedEvent()).isEqualTo(sel);
        assertThat(call.getStyleClass()).contains("source-highlight-selected");
    }
}
