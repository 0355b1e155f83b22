package parley.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;

import javafx.scene.Scene;
import javafx.stage.Stage;

import parley.core.Parley;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Importer;

/**
 * A shown main window with review on, over a real store holding one article of our own
 * (src/test/resources/parley/review/talks.txt: a call reported by two sentences, a summit in Berlin).
 */
abstract class ReviewWindowTest extends SampleWindowTest {
    Parley parley;
    ReviewModel review;

    ReviewWindowTest() {
        super(1280, 800);
    }

    @Override
    void show(Stage stage) {
        try {
            Path dir = Files.createTempDirectory("parley-review-window");
            parley = Parley.open(dir.resolve("store"));
            Path article = Files.copy(Path.of(getClass().getResource("/parley/review/talks.txt").toURI()),
                    dir.resolve("talks.txt"));
            parley.importer().importPaths(List.of(article), Importer.Progress.NONE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        view = new MainView(parley.store(), parley.importer(), worker, stage::close);
        review = view.enableReview(parley.review(), () -> parley.reextractAll(Importer.Progress.NONE));
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeStore() throws Exception {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
        parley.close();
    }

    /** Lets the worker finish what is queued and the FX thread apply it (a few rounds: tasks queue tasks). */
    void settle() throws Exception {
        Settle.rounds(worker, 4);
    }

    Event stored(EventType type) {
        return parley.store().events().stream().filter(e -> e.type() == type).findFirst().orElseThrow();
    }
}
