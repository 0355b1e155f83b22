package parley.ui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop window. (Stub: the desk work fills it in.) */
public final class ParleyApp extends Application {
    private static volatile Path storeDir;

    /** Opens the window on the store in this folder; returns when the window closes. */
    public static void launch(Path store, String... args) {
        storeDir = store;
        Application.launch(ParleyApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Parley — " + storeDir);
        stage.show();
    }
}
