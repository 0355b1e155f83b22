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

import javafx.scene.Scene;
import javafx.stage.Stage;

import parley.core.Parley;
import parley.domain.EventType;

/** The window on the real store and importer: a dropped article becomes a source and events on the timeline. */
@ExtendWith(ApplicationExtension.class)
class MainViewRealStoreTest {
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
        Settle.shutdown(worker, parley);
    }

    private void settle() throws Exception {
        Settle.rounds(worker, 1);
    }

    @Test
    void aDroppedArticleShowsUpAsSourceAndEvents(FxRobot robot) throws Exception {
        Path article = dir.resolve("harbour-call.txt");
        try (var in = MainViewRealStoreTest.class.getResourceAsStream("/parley/ui/harbour-call.txt")) {
            Files.copy(in, article);
        }
        settle();
        assertThat(view.viewModel().emptyProperty().get()).isTrue();
        robot.interact(() -> view.importDropped(List.of(new File(article.toString()))));
        settle();
        settle();
        assertThat(view.viewModel().sources()).extracting(SourceRow::title)
                .containsExactly("Ministers speak before the harbour conference");
        assertThat(view.timeline().getEvents()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.CALL);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2025, 9, 9));
        });
        assertThat(robot.lookup("#import-message").queryLabeled().getText()).startsWith("1 imported");
        assertThat(view.timeline().freshEventsProperty().get()).as("the new events are highlighted")
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(view.timeline().getEvents().stream().map(e -> e.id()).toList());
        robot.interact(() -> view.importDropped(List.of(new File(article.toString()))));
        settle();
        settle();
        assertThat(robot.lookup("#import-message").queryLabeled().getText()).startsWith("0 imported, 1 duplicate");
        assertThat(view.timeline().freshEventsProperty().get()).as("a duplicate brings nothing new").isEmpty();
    }
}
