package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The installer's training run closes the window only once it is complete: the class list it records must hold what
 * the complete frame and the sentence search load, not just the outline's classes.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingRunTest {
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final AtomicInteger closed = new AtomicInteger();
    private OutlineFirstTest.SlowRowsStore store;
    private MainView view;
    private volatile boolean completeWhenClosed;

    @Start
    void start(Stage stage) {
        store = SampleData.fill(new OutlineFirstTest.SlowRowsStore());
        view = new MainView(store, new FakeImporter(store), worker, stage::close);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        TrainingRun.whenComplete(view, () -> {
            MainViewModel vm = view.viewModel();
            completeWhenClosed = !vm.outlineShownProperty().get() && vm.sentencesSearchableProperty().get()
                    && vm.timelineIndexProperty().get().events().size() == 17;
            closed.incrementAndGet();
        });
    }

    @AfterEach
    void stop() {
        store.release.countDown();
        worker.shutdownNow();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void closesOnceAfterTheCompleteFrameNotAtTheOutline() throws Exception {
        waitFor(() -> view.viewModel().outlineShownProperty().get());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(closed).hasValue(0);

        store.release.countDown();
        waitFor(() -> closed.get() > 0);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(closed).hasValue(1);
        assertThat(completeWhenClosed).isTrue();
    }
}
