package parley.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import parley.core.Parley;
import parley.domain.Importer;

/** The desktop window: opens the store in the background, then shows {@link MainView} on it. */
public final class ParleyApp extends Application {
    private static volatile Path storeDir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-worker");
        t.setDaemon(true);
        return t;
    });
    private volatile Parley parley;

    /** Opens the window on the store in this folder; returns when the window closes. */
    public static void launch(Path store, String... args) {
        storeDir = store;
        Application.launch(ParleyApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path dir = storeDir;
        stage.setTitle("Parley");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        VBox opening = new VBox(12, spinner, new Label("Opening " + dir + " …"));
        opening.setAlignment(javafx.geometry.Pos.CENTER);
        Scene scene = new Scene(opening, 1360, 820);
        scene.getStylesheets().add(ParleyApp.class.getResource(MainView.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();

        Task<Parley> open = new Task<>() {
            @Override
            protected Parley call() {
                return Parley.open(dir);
            }
        };
        open.setOnSucceeded(e -> {
            parley = open.getValue();
            stage.setTitle("Parley — " + dir);
            MainView view = new MainView(parley.store(), parley.importer(), worker, stage::close);
            Parley opened = parley;
            view.enableReview(opened.review(), () -> opened.reextractAll(Importer.Progress.NONE));
            scene.setRoot(view);
            Platform.runLater(() -> view.timeline().requestFocus());
        });
        open.setOnFailed(e -> {
            Throwable t = open.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Parley");
            alert.setHeaderText("Parley cannot open the store");
            alert.setContentText(dir + "\n\n" + (t.getMessage() == null ? t.toString() : t.getMessage())
                    + "\n\nIf another Parley window or command is using this store, close it and try again.");
            alert.showAndWait();
            Platform.exit();
        });
        worker.execute(open);
    }

    @Override
    public void stop() {
        worker.shutdownNow();
        Parley p = parley;
        if (p != null) {
            p.close();
        }
    }
}
