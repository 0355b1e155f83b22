package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import parley.domain.Event;
import parley.domain.FileOutcome;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private FakeEventStore store;
    private FakeImporter importer;
    private MainView view;
    private Path dropped;

    @Start
    void start(Stage stage) throws Exception {
        store = SampleData.store();
        importer = new FakeImporter(store);
        view = new MainView(store, importer, worker, stage::close);
        dropped = Files.createTempFile("dropped-article", ".txt");
        // A test-only drag source: the real DRAG_OVER/DRAG_DROPPED handlers then run with files on the dragboard.
        Label source = new Label("drag me");
        source.setId("fake-source");
        source.setOnDragDetected(e -> {
            Dragboard db = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(dropped.toFile()));
            db.setContent(content);
            e.consume();
        });
        stage.setScene(new Scene(new VBox(source, view), 1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
        Files.deleteIfExists(dropped);
    }

    private void settle() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                var f = worker.submit(() -> { });
                f.get();
                return true;
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> timelineTitles() {
        return view.timeline().getEvents().stream().map(Event::title).toList();
    }

    @Test
    void showsParticipantsTimelineAndSources(FxRobot robot) {
        settle();
        for (String id : List.of("#participants", "#timeline", "#sources")) {
            Node n = robot.lookup(id).query();
            assertThat(n.isVisible()).as(id).isTrue();
            assertThat(n.getLayoutBounds().getWidth()).as(id).isGreaterThan(150);
        }
        assertThat(robot.lookup("#source-list").queryListView().getItems()).hasSize(3);
        assertThat(view.timeline().getEvents()).hasSize(17);
        assertThat(robot.lookup("#empty-state").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("17 events from 3 sources");
    }

    @Test
    void droppedFilesAreImportedAndAppear(FxRobot robot) {
        settle();
        robot.interact(() -> view.importDropped(List.of(new File("new-report.txt"), new File("bad-scan.pdf"))));
        settle();
        assertThat(importer.calls).containsExactly(List.of(Path.of("new-report.txt"), Path.of("bad-scan.pdf")));
        assertThat(robot.lookup("#source-list").queryListView().getItems()).hasSize(4);
        assertThat(timelineTitles()).contains("Call from new-report.txt");
        var summary = view.viewModel().lastSummaryProperty().get();
        assertThat(summary.count(FileOutcome.Kind.FAILED)).isEqualTo(1);
        assertThat(summary.outcomes()).anySatisfy(o -> assertThat(o.reason()).isEqualTo("not an article"));
        assertThat(robot.lookup("#import-message").queryLabeled().getText())
                .isEqualTo("1 imported, 0 duplicate, 1 failed");
    }

    @Test
    void aRealDragGestureOntoTheWindowImports(FxRobot robot) {
        settle();
        robot.drag("#fake-source").dropTo("#timeline");
        settle();
        assertThat(importer.calls).hasSize(1);
        assertThat(importer.calls.get(0)).containsExactly(dropped);
        assertThat(timelineTitles()).contains("Call from " + dropped.getFileName());
    }

    @Test
    void tickingAParticipantFiltersTheTimeline(FxRobot robot) {
        settle();
        robot.clickOn("#participant-filter").write("putin");
        assertThat(robot.lookup("#participant-list").queryListView().getItems()).hasSize(1);
        robot.clickOn(robot.lookup("#participant-list .check-box").queryAs(CheckBox.class));
        settle();
        assertThat(view.viewModel().checkedParticipants()).containsExactly("Vladimir Putin");
        assertThat(timelineTitles()).containsExactlyInAnyOrder("Summit: Trump, Putin in Alaska",
                "Putin visit to Moscow by Witkoff", "Trilateral meeting proposed");
        robot.interact(() -> view.viewModel().checkedParticipants().clear());
        settle();
        assertThat(view.timeline().getEvents()).hasSize(17);
    }

    @Test
    void selectingOnTheTimelineShowsTheEvidence(FxRobot robot) {
        settle();
        Event summit = view.timeline().getEvents().stream().filter(e -> e.title().startsWith("Summit: Trump"))
                .findFirst().orElseThrow();
        robot.interact(() -> view.timeline().setSelectedEvent(summit));
        assertThat(view.viewModel().selectedEventProperty().get()).isEqualTo(summit);
        assertThat(robot.lookup(".details-title").queryLabeled().getText()).isEqualTo(summit.title());
        assertThat(robot.lookup(".details-absent").queryLabeled().getText()).contains("Volodymyr Zelensky");
        assertThat(robot.lookup(".details-quote-source").queryLabeled().getText())
                .contains("Leaders line up calls before the Alaska summit");
    }

    @Test
    void anEmptyStoreInvitesTheUserToDropArticles(FxRobot robot) {
        settle();
        FakeEventStore empty = new FakeEventStore();
        var fresh = new java.util.concurrent.atomic.AtomicReference<MainView>();
        robot.interact(() -> {
            MainView v = new MainView(empty, new FakeImporter(empty), worker, () -> { });
            fresh.set(v);
            view.getScene().setRoot(v);
        });
        settle();
        Node hint = robot.lookup("#empty-state").query();
        assertThat(hint.isVisible()).isTrue();
        assertThat(robot.lookup(".empty-title").queryLabeled().getText()).isEqualTo("Drop news articles here");
        robot.interact(() -> fresh.get().importDropped(List.of(new File("first.txt"))));
        settle();
        assertThat(hint.isVisible()).isFalse();
    }

    @Test
    void exportWritesTheVisibleTimeline(FxRobot robot) throws Exception {
        settle();
        Path out = Files.createTempFile("parley-export", ".png");
        try {
            var export = new java.util.concurrent.atomic.AtomicReference<javafx.concurrent.Task<Path>>();
            robot.interact(() -> export.set(view.exportTo(out, 900, 500)));
            settle();
            assertThat(export.get().get(20, TimeUnit.SECONDS)).isEqualTo(out);
            var img = javax.imageio.ImageIO.read(out.toFile());
            assertThat(img.getWidth()).isEqualTo(900);
            assertThat(img.getHeight()).isEqualTo(500);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
