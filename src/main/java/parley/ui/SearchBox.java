package parley.ui;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import parley.domain.Event;
import parley.timeline.DateText;

/**
 * The search field: as the analyst types, a list of matching events drops down under it; ↓/↑ move through it, Enter
 * or a click jumps to the event, Escape closes it. The popup never takes the focus, so typing goes on in the field.
 */
final class SearchBox extends TextField {
    static final int MAX_RESULTS = 30;

    private final MainViewModel vm;
    private final Consumer<Event> jump;
    private final Runnable leave;
    private final ListView<Event> results = new ListView<>();
    private final Popup popup = new Popup();
    private final VBox box = new VBox(results);

    SearchBox(MainViewModel vm, Consumer<Event> jump, Runnable leave) {
        this.vm = vm;
        this.jump = jump;
        this.leave = leave;
        setId("search");
        getStyleClass().add("search-box");
        setPromptText("Search events, people, places  (Ctrl+F)");
        setPrefColumnCount(26);
        // Reached with Ctrl+F; the timeline keeps the first focus and Tab order.
        setFocusTraversable(false);
        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setCellFactory(l -> new ResultCell());
        results.setPrefSize(420, 260);
        results.setFocusTraversable(false);
        results.setPlaceholder(new Label("No event matches"));
        results.setOnMouseClicked(e -> choose(results.getSelectionModel().getSelectedItem()));
        box.getStyleClass().addAll("main-view", "search-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        textProperty().addListener((o, a, text) -> update(text));
        setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> move(1);
                case UP -> move(-1);
                case ENTER -> {
                    Event sel = results.getSelectionModel().getSelectedItem();
                    choose(sel != null ? sel : results.getItems().isEmpty() ? null : results.getItems().get(0));
                }
                case ESCAPE -> {
                    popup.hide();
                    clear();
                    leave.run();
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
    }

    /** Events matching the current text (what the popup lists). */
    List<Event> results() {
        return List.copyOf(results.getItems());
    }

    private void update(String text) {
        List<Event> found = vm.search(text, MAX_RESULTS);
        results.getItems().setAll(found);
        if (!found.isEmpty()) {
            results.getSelectionModel().select(0);
        }
        if (text == null || text.isBlank()) {
            popup.hide();
        } else if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            // The popup is a scene of its own: it takes the window's stylesheets (and so its theme) along.
            box.getStylesheets().setAll(stylesheets());
            Bounds b = localToScreen(getBoundsInLocal());
            popup.show(this, b.getMinX(), b.getMaxY() + 2);
        }
    }

    private List<String> stylesheets() {
        List<String> out = new java.util.ArrayList<>(getScene().getStylesheets());
        for (javafx.scene.Parent p = getParent(); p != null; p = p.getParent()) {
            out.addAll(p.getStylesheets());
        }
        return out;
    }

    private void move(int by) {
        int n = results.getItems().size();
        if (n == 0) {
            return;
        }
        int i = Math.floorMod(results.getSelectionModel().getSelectedIndex() + by, n);
        results.getSelectionModel().select(i);
        results.scrollTo(i);
    }

    private void choose(Event e) {
        if (e != null) {
            popup.hide();
            jump.accept(e);
        }
    }

    private static final class ResultCell extends ListCell<Event> {
        @Override
        protected void updateItem(Event e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : e.title() + "  ·  " + DateText.of(e.date()));
        }
    }
}
