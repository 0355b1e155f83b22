package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desk (range, layout, lanes, theme, window) is saved in the store folder and comes back on the next start. */
@ExtendWith(ApplicationExtension.class)
class DeskStateTest {
    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private StackPane holder;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        holder = new StackPane();
        stage.setScene(new Scene(holder, 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

    private MainView fresh(FxRobot robot) throws Exception {
        var store = SampleData.store();
        var ref = new java.util.concurrent.atomic.AtomicReference<MainView>();
        robot.interact(() -> {
            MainView v = new MainView(store, new FakeImporter(store), worker, () -> { });
            holder.getChildren().setAll(v);
            ref.set(v);
        });
        worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return ref.get();
    }

    @Test
    void whatTheAnalystLeftComesBackInANewWindow(FxRobot robot) throws Exception {
        MainView first = fresh(robot);
        robot.interact(() -> {
            first.timeline().goToDate(java.time.LocalDate.of(2025, 8, 1));
            first.timeline().participantLanesProperty().set(true);
            first.timeline().togglePinLane("Vladimir Putin");
            first.timeline().hideLane("Donald Trump");
            first.themeProperty().set(Theme.DARK);
        });
        var before = first.timeline().getScale();
        first.capture(120, 80, 1300, 850, false).save(dir);
        assertThat(dir.resolve(DeskState.FILE)).exists();

        MainView second = fresh(robot);
        robot.interact(() -> second.restore(DeskState.load(dir)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(second.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(second.timeline().participantLanesProperty().get()).isTrue();
        assertThat(second.timeline().shownLanes().get(0)).isEqualTo("Vladimir Putin");
        assertThat(second.timeline().shownLanes()).doesNotContain("Donald Trump");
        assertThat(second.timeline().getScale().start()).isEqualTo(before.start(), within(1.0));
        assertThat(second.timeline().getScale().secondsPerPx()).isEqualTo(before.secondsPerPx(), within(1e-6));
        DeskState saved = DeskState.load(dir);
        assertThat(saved.hasWindowBounds()).isTrue();
        assertThat(saved.width()).isEqualTo(1300);
    }

    @Test
    void aFittedViewIsSavedAsFitAllSoNewEventsStillFit(FxRobot robot) throws Exception {
        MainView v = fresh(robot);
        DeskState s = v.capture(0, 0, 1000, 700, true);
        assertThat(s.hasView()).isFalse();
        s.save(dir);
        assertThat(DeskState.load(dir).maximized()).isTrue();
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaults() throws Exception {
        assertThat(DeskState.load(dir)).isEqualTo(DeskState.DEFAULT);
        Files.writeString(dir.resolve(DeskState.FILE), "{ not json");
        assertThat(DeskState.load(dir)).isEqualTo(DeskState.DEFAULT);
        Files.writeString(dir.resolve(DeskState.FILE), "{\"theme\":\"PURPLE\",\"lanes\":true}");
        DeskState odd = DeskState.load(dir);
        assertThat(odd.themeValue()).isEqualTo(Theme.LIGHT);
        assertThat(odd.lanes()).isTrue();
        assertThat(odd.laneOrder()).isEqualTo(List.of());
        assertThat(odd.pinnedLanes()).isEqualTo(Set.of());
    }
}
