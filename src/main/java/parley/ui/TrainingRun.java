package parley.ui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.util.Duration;

/**
 * A launch that closes itself once the window is complete: the installer runs one at build time with the JVM
 * recording the classes it loads, and the class-data archive made from that list lets a real launch map those
 * classes instead of loading and verifying them (issue 17; installer/README.md). Asked for with the system property
 * {@value #PROPERTY}. The window closes after its first complete frame (every event with lanes, participants and
 * sources) was rendered and the search over sentences is in place, so the list holds what every launch needs.
 */
final class TrainingRun {
    static final String PROPERTY = "parley.exitAfterFirstFrame";
    /** A store that never completes (an error dialog, a slow disk) must not hang the installer's build. */
    private static final Duration GIVE_UP = Duration.seconds(60);

    private TrainingRun() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Closes the application once this view shows its complete frame and can search sentences. */
    static void exitWhenComplete(MainView view) {
        whenComplete(view, Platform::exit);
    }

    /**
     * Runs {@code then} once, on the FX thread, after this view's first complete frame was rendered and its search
     * covers the sentences, or after {@link #GIVE_UP} (saying so on standard error).
     */
    static void whenComplete(MainView view, Runnable then) {
        MainViewModel model = view.viewModel();
        // Complete rows arrived: the timeline got a new index that is not the launch outline. The view model drops
        // the outline flag just before it sets the complete index, so the index's change is the signal, not the flag.
        boolean[] indexed = {false};
        boolean[] done = {false};
        PauseTransition giveUp = new PauseTransition(GIVE_UP);
        Runnable check = () -> {
            if (indexed[0] && model.sentencesSearchableProperty().get() && !done[0]) {
                done[0] = true;
                giveUp.stop();
                // Rendered as a launch renders it (the snapshot paints the scene as a pulse would), then closed.
                Platform.runLater(() -> {
                    view.getScene().snapshot(null);
                    then.run();
                });
            }
        };
        model.timelineIndexProperty().addListener((o, was, now) -> {
            if (now != null && !model.outlineShownProperty().get()) {
                indexed[0] = true;
                // Checked after the rest of the read is applied: the sentence search starts right after the rows.
                Platform.runLater(check);
            }
        });
        model.sentencesSearchableProperty().addListener((Observable o) -> check.run());
        giveUp.setOnFinished(e -> {
            if (!done[0]) {
                done[0] = true;
                System.err.println("parley: the training run gave up waiting for a complete window");
                then.run();
            }
        });
        giveUp.play();
    }
}
