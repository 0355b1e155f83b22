package parley.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import parley.core.Parley;
import parley.core.StoreLocation;
import parley.domain.StoreAddress;
import parley.domain.Importer;

/** The desktop window: opens the store in the background, then shows {@link MainView} on it. */
public final class ParleyApp extends Application {
    private static volatile StoreAddress storeAddress;
    private static volatile List<Path> openFiles = List.of();
    /** The store opening since before the toolkit started (null when the application was started otherwise). */
    private static volatile EarlyOpen storeOpening;
    /** Icon sizes shipped in the jar (assets/icons/png); JavaFX picks the best one for each place. */
    static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-worker");
        t.setDaemon(true);
        return t;
    });
    private volatile Parley parley;
    private MainView shown;
    private Stage window;

    /** Opens the window on the store at this address; returns when the window closes. */
    public static void launch(StoreAddress store, String... args) {
        launch(store, List.of(), args);
    }

    /** Opens the window on the store and imports these files and folders once it is open ("Open with Parley"). */
    public static void launch(StoreAddress store, List<Path> files, String... args) {
        storeAddress = store;
        openFiles = List.copyOf(files);
        storeOpening = EarlyOpen.start(store, Parley::open);
        Application.launch(ParleyApp.class, args);
    }

    /** The application icon in every shipped size. */
    static List<Image> icons() {
        List<Image> out = new ArrayList<>();
        for (int size : ICON_SIZES) {
            var url = ParleyApp.class.getResource("/parley/icons/parley-" + size + ".png");
            if (url != null) {
                out.add(new Image(url.toExternalForm()));
            }
        }
        return out;
    }

    @Override
    public void start(Stage stage) {
        StoreAddress address = storeAddress;
        // The window's layout is kept beside a folder store, and in the user's own folder for a team store.
        Path dir = StoreLocation.localFolder(address);
        stage.setTitle("Parley");
        stage.getIcons().setAll(icons());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        Label openingText = new Label("Opening " + address.display() + " …");
        VBox opening = new VBox(12, spinner, openingText);
        opening.setAlignment(javafx.geometry.Pos.CENTER);
        DeskState desk = DeskState.load(dir);
        Scene scene = new Scene(opening, desk.hasWindowBounds() ? desk.width() : 1360,
                desk.hasWindowBounds() ? desk.height() : 820);
        if (desk.hasWindowBounds() && onSomeScreen(desk)) {
            stage.setX(desk.x());
            stage.setY(desk.y());
        }
        stage.setMaximized(desk.maximized());
        scene.getStylesheets().setAll(desk.themeValue().stylesheetUrls());
        stage.setScene(scene);
        stage.show();

        // A first start on this store follows the system's light or dark preference (asked off the FX thread).
        boolean firstStart = !DeskState.savedIn(dir);
        Theme[] preferred = {null};
        EarlyOpen early = storeOpening;
        storeOpening = null;
        Task<Parley> open = new Task<>() {
            @Override
            protected Parley call() {
                if (firstStart) {
                    preferred[0] = OsTheme.detect();
                }
                if (early == null) {
                    return Parley.open(address, this::updateMessage);
                }
                early.listen(this::updateMessage);
                return early.await();
            }
        };
        // Says so when opening turns into an upgrade (a copy and the migrations), which takes a while.
        open.messageProperty().addListener((o, was, now) -> {
            if (now != null && !now.isBlank()) {
                openingText.setText(now);
            }
        });
        open.setOnSucceeded(e -> {
            MainView view = show(open.getValue(), address, stage, scene,
                    preferred[0] == null ? desk : desk.withTheme(preferred[0]));
            if (!openFiles.isEmpty()) {
                view.viewModel().importPaths(openFiles);
            }
        });
        open.setOnFailed(e -> {
            Throwable t = open.getException();
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(stage);
            alert.setTitle("Parley");
            alert.setHeaderText("Parley cannot open the store");
            String why = t.getMessage() == null ? t.toString() : t.getMessage();
            // The advice fits only the store being in use; a newer or half-upgraded store says what to do itself.
            alert.setContentText(address.display() + "\n\n" + why + (why.contains("already open")
                    ? "\n\nClose the other Parley window or command and try again." : ""));
            alert.showAndWait();
            Platform.exit();
        });
        worker.execute(open);
    }

    /** Shows the window on an opened store: its view, its layout, and other processes' changes as they come. */
    private MainView show(Parley opened, StoreAddress address, Stage stage, Scene scene, DeskState desk) {
        parley = opened;
        storeAddress = address;
        stage.setTitle("Parley — " + address.display());
        MainView view = new MainView(opened.store(), opened.importer(), worker, stage::close);
        view.enableReview(opened.review(), () -> opened.reextractAll(Importer.Progress.NONE));
        view.onOpenTeamStore(() -> askForTeamStore(stage, scene));
        scene.setRoot(view);
        view.restore(desk);
        shown = view;
        window = stage;
        // Other analysts' imports and edits on a team store show up without a restart.
        view.viewModel().followStoreChanges();
        Platform.runLater(() -> view.timeline().requestFocus());
        if (TrainingRun.requested()) {
            TrainingRun.exitWhenComplete(view);
        }
        return view;
    }

    /**
     * File → Open team store…: asks for the address (and a password for this session only), then shows that store in
     * this window; the store shown before is closed once its queued reads are done. Its layout is kept as usual.
     */
    private void askForTeamStore(Stage stage, Scene scene) {
        OpenTeamStoreModel model = new OpenTeamStoreModel(Parley::open, worker);
        String suggested = storeAddress instanceof StoreAddress.Server s ? s.display() : null;
        new OpenTeamStoreDialog(stage, model, suggested).showAndWait().ifPresent(opened -> {
            MainView before = shown;
            Parley was = parley;
            saveDesk(before, stage, StoreLocation.localFolder(storeAddress));
            before.viewModel().stopFollowing();
            StoreAddress at = opened.location();
            show(opened, at, stage, scene, DeskState.load(StoreLocation.localFolder(at)));
            worker.execute(was::close);
        });
    }

    /** A window saved on a screen that is gone (a detached monitor) opens at the default place instead. */
    private static boolean onSomeScreen(DeskState d) {
        return !javafx.stage.Screen.getScreensForRectangle(d.x(), d.y(), Math.min(d.width(), 200), 40).isEmpty();
    }

    private static void saveDesk(MainView view, Stage stage, Path dir) {
        try {
            view.capture(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                    .save(dir);
        } catch (java.io.IOException | RuntimeException e) {
            // The desk layout is a convenience: failing to save it must not stop Parley from closing.
            System.err.println("parley: could not save the window layout: " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        // However the window went (Quit, the close box, the system), the desk is saved as it was left.
        if (shown != null) {
            saveDesk(shown, window, StoreLocation.localFolder(storeAddress));
        }
        if (shown != null) {
            shown.viewModel().stopFollowing();
        }
        worker.shutdownNow();
        Parley p = parley;
        if (p != null) {
            p.close();
        }
    }
}
