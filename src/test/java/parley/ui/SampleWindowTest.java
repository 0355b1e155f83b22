package parley.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.scene.Scene;
import javafx.stage.Stage;

/** A shown main window over the sample store and a fake importer, with its own background worker. */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowTest {
    final ExecutorService worker = Executors.newSingleThreadExecutor();
    MainView view;
    private final double width;
    private final double height;

    SampleWindowTest(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Call from the subclass's {@code @Start} method (TestFX looks for it on the test class itself). */
    void show(Stage stage) {
        var store = SampleData.store();
        view = new MainView(store, new FakeImporter(store), worker, stage::close);
        stage.setScene(new Scene(view, width, height));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
