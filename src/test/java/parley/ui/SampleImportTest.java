package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import javafx.stage.Stage;

import parley.core.Parley;

/** The empty state's "Import sample articles" imports the samples packed with Parley into the real store. */
@ExtendWith(ApplicationExtension.class)
class SampleImportTest {
    @TempDir
    static Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private Parley parley;
    private MainView view;

    @Start
    void start(Stage stage) {
        parley = Parley.open(dir.resolve("store"));
        view = new MainView(parley.store(), parley.importer(), worker, stage::close);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        worker.shutdown();
        worker.awaitTermination(20, TimeUnit.SECONDS);
        parley.close();
    }

    @Test
    void theSamplesAreInTheBuildWithoutTheirReadme() throws Exception {
        var copies = SampleArticles.copyTo(dir.resolve("copies"));
        assertThat(copies).extracting(p -> p.getFileName().toString()).hasSizeGreaterThanOrEqualTo(3)
                .doesNotContain("README.md");
    }

    @Test
    void theEmptyStatesButtonImportsTheSamples(FxRobot robot) throws Exception {
        worker.submit(() -> { }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#empty-state").query().isVisible()).isTrue();
        robot.clickOn("#import-samples");
        for (int i = 0; i < 3; i++) {
            worker.submit(() -> { }).get(60, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(view.viewModel().sources()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(view.viewModel().events()).isNotEmpty();
        assertThat(robot.lookup("#empty-state").query().isVisible()).isFalse();
        assertThat(robot.lookup("#import-message").queryLabeled().getText()).startsWith("3 imported");
    }
}
