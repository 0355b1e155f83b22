package parley.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Every keyboard shortcut of the window, as Help → Keyboard shortcuts lists them ("Ctrl" is ⌘ on macOS). */
final class Shortcuts {
    private Shortcuts() {
    }

    /** One shortcut: the keys and what they do. */
    record Shortcut(String keys, String action) {
    }

    static final List<Shortcut> ALL = List.of(
            new Shortcut("Ctrl+O", "Import articles…"),
            new Shortcut("Ctrl+E", "Export PNG…"),
            new Shortcut("Ctrl+Shift+P", "Export PDF… (File → Export SVG… for SVG)"),
            new Shortcut("Ctrl+Shift+J", "Export events as JSON…"),
            new Shortcut("Ctrl+Shift+C", "Export events as CSV…"),
            new Shortcut("Ctrl+Shift+I", "Export events as iCalendar (.ics)…"),
            new Shortcut("Ctrl+Q", "Quit"),
            new Shortcut("Ctrl+F", "Find events by participant, place or words"),
            new Shortcut("↓ / ↑, Enter, Esc", "In the search field: move through the results, jump, close"),
            new Shortcut("Ctrl+L", "Lanes by participant / stacked layout"),
            new Shortcut("Ctrl+G", "Go to date…"),
            new Shortcut("Ctrl+T or T", "Today"),
            new Shortcut("Ctrl+0, 0 or Home", "Fit all events"),
            new Shortcut("Ctrl++, + or =", "Zoom in"),
            new Shortcut("Ctrl+-, -", "Zoom out"),
            new Shortcut("Click a legend entry", "Hide or show that type or status of event"),
            new Shortcut("Click « n earlier / n later »", "Widen the view to the events beyond that edge"),
            new Shortcut("Mouse wheel / pinch", "Zoom at the pointer (over lane names: scroll the lanes)"),
            new Shortcut("Drag, Shift+wheel", "Pan"),
            new Shortcut("← / →", "Pan; with an event selected, previous / next event"),
            new Shortcut("Enter", "Show the selected event's details"),
            new Shortcut("Esc", "Clear the selection"),
            new Shortcut("Page Up / Page Down", "Scroll the participant lanes"),
            new Shortcut("Ctrl+click, Shift+click", "Pick several events on the timeline (Shift: the run between)"),
            new Shortcut("Ctrl+A", "Select all events in view"),
            new Shortcut("Ctrl+Z", "Undo the last edit (the Edit menu names it)"),
            new Shortcut("Ctrl+Shift+Z", "Redo"),
            new Shortcut("Ctrl+Enter", "Confirm the selected event"),
            new Shortcut("F2", "Edit the selected event…"),
            new Shortcut("Ctrl+Delete", "Delete the selected event"),
            new Shortcut("Ctrl+Shift+A", "Add event from the text selected in a source…"),
            new Shortcut("Ctrl+M", "Merge the picked events into the first picked"),
            new Shortcut("Ctrl+Shift+S", "Split the selected event's sentences…"),
            new Shortcut("Ctrl+H", "The selected event's edit history"),
            new Shortcut("Ctrl+R", "Review queue (C confirm, E edit, Delete delete, N next)"),
            new Shortcut("Ctrl+Shift+D", "Light / dark theme"),
            new Shortcut("F1", "This list"));

    static void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(5);
        grid.setPadding(new Insets(6, 4, 6, 4));
        grid.setId("shortcut-grid");
        for (int i = 0; i < ALL.size(); i++) {
            Label keys = new Label(ALL.get(i).keys());
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(i, keys, new Label(ALL.get(i).action()));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        alert.getDialogPane().setContent(grid);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
