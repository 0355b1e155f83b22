package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

/** View → Theme restyles the window and the timeline's canvas; Help lists every menu shortcut. */
class ThemeAndShortcutsTest extends SampleWindowTest {
    ThemeAndShortcutsTest() {
        super(1200, 760);
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private static double brightness(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }

    @Test
    void theDarkThemeDarkensTheWindowAndTheCanvasAndLightBringsThemBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(brightness(view.timeline().theme().background())).isGreaterThan(0.8);
        robot.interact(() -> view.themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(brightness(view.timeline().theme().background())).isLessThan(0.2);
        assertThat(brightness(view.timeline().theme().text())).isGreaterThan(0.7);
        var panel = robot.lookup("#participants").queryAs(javafx.scene.layout.Region.class);
        Color panelFill = (Color) panel.getBackground().getFills().get(0).getFill();
        assertThat(brightness(panelFill)).isLessThan(0.2);
        robot.interact(() -> view.themeProperty().set(Theme.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(brightness(view.timeline().theme().background())).isGreaterThan(0.8);
    }

    @Test
    void aDialogOpenedInTheDarkThemeIsDarkToo(FxRobot robot) {
        robot.interact(() -> view.themeProperty().set(Theme.DARK));
        MenuItem keys = view.menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-shortcuts".equals(i.getId())).findFirst().orElseThrow();
        // Fired later: the dialog waits for its answer on the FX thread.
        javafx.application.Platform.runLater(keys::fire);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.listTargetWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).findFirst().orElseThrow();
        try {
            Color fill = (Color) pane.getBackground().getFills().get(0).getFill();
            assertThat(brightness(fill)).isLessThan(0.25);
        } finally {
            robot.interact(() -> pane.getScene().getWindow().hide());
        }
    }

    @Test
    void helpListsEveryMenuShortcut(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> accelerators = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, accelerators);
        }
        assertThat(accelerators).hasSizeGreaterThan(8);
        List<String> listed = Shortcuts.ALL.stream().map(Shortcuts.Shortcut::keys).toList();
        for (String a : accelerators) {
            assertThat(listed).as(a).anySatisfy(k -> assertThat(normalise(k)).contains(normalise(a)));
        }
    }

    private static String normalise(String keys) {
        return keys.replace("Shortcut", "Ctrl").replace("Plus", "+").replace("Minus", "-").replace("Digit", "")
                .replace("Shift+Ctrl+", "Ctrl+Shift+");
    }

    private static void collect(Menu menu, List<String> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, out);
            } else if (i.getAccelerator() != null) {
                out.add(i.getAccelerator().getName());
            }
        }
    }
}
