package parley.ui;

import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens the main window on the sample store, for looking at it (screenshots under Xvfb). Arguments: "empty" for an
 * empty store, or a number of generated events to add.
 */
public final class UiDemo extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        var args = getParameters().getRaw();
        FakeEventStore store = args.contains("empty") ? new FakeEventStore() : SampleData.store();
        if (!args.isEmpty() && args.get(0).matches("\\d+")) {
            store.add(SampleData.source("Generated wire", "Generator", java.time.LocalDate.of(2025, 1, 1)),
                    SampleData.many(Integer.parseInt(args.get(0)), 2000, 25));
        }
        MainView view = new MainView(store, new FakeImporter(store), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "demo-worker");
            t.setDaemon(true);
            return t;
        }), stage::close);
        stage.setTitle("Parley — demo");
        stage.setScene(new Scene(view, 1360, 820));
        stage.show();
        if (args.contains("select")) {
            view.viewModel().selectedEventProperty().addListener((o, a, b) -> { });
            javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
            p.setOnFinished(e -> view.viewModel().selectedEventProperty()
                    .set(view.viewModel().events().stream().filter(ev -> ev.title().startsWith("Summit")).findFirst()
                            .orElse(null)));
            p.play();
        }
    }
}
