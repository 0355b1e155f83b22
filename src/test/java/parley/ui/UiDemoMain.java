package parley.ui;

import javafx.application.Application;

/** Starts {@link UiDemo} from the class path (a main class that extends Application cannot). */
public final class UiDemoMain {
    private UiDemoMain() {
    }

    public static void main(String[] args) {
        Application.launch(UiDemo.class, args);
    }
}
