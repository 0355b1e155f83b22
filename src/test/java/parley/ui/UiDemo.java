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
        FakeImporter fake = new FakeImporter(store);
        parley.domain.Importer importer = !args.contains("slow") ? fake : new parley.domain.Importer() {
            @Override
            public parley.domain.ImportSummary importPaths(java.util.List<java.nio.file.Path> paths,
                                                           Progress progress) {
                return fake.importPaths(paths, new Progress() {
                    @Override
                    public void started(int total) {
                        progress.started(total);
                    }

                    @Override
                    public void fileDone(int done, int total, parley.domain.FileOutcome outcome) {
                        progress.fileDone(done, total, outcome);
                        try {
                            Thread.sleep(400);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                });
            }

            @Override
            public void setPublicationDate(long sourceId, java.time.LocalDate date) {
            }
        };
        MainView view = new MainView(store, importer, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "demo-worker");
            t.setDaemon(true);
            return t;
        }), stage::close);
        stage.setTitle("Parley — demo");
        stage.setScene(new Scene(view, 1360, 820));
        stage.show();
        if (args.contains("slow")) {
            java.util.List<java.io.File> files = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                files.add(new java.io.File(i == 3 ? "bad-scan.pdf" : "wire-report-" + i + ".txt"));
            }
            view.importDropped(files);
        }
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
