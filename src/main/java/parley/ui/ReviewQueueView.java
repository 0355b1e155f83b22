package parley.ui;

import java.util.function.Consumer;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import parley.domain.Event;
import parley.timeline.DateText;

/**
 * The events nobody has confirmed yet, newest first, for checking at speed: C confirms, E edits, Delete deletes,
 * N or ↓ goes to the next. The selection follows into the main window, which shows the evidence.
 */
final class ReviewQueueView extends BorderPane {
    private final ListView<Event> list;

    ReviewQueueView(ReviewModel review, Consumer<Event> editDialog) {
        list = new ListView<>(review.queue());
        list.setId("review-queue");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : DateText.of(e.date()) + "  ·  " + e.title() + (e.edited() ? "  (edited)" : ""));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                review.main().selectedEventProperty().set(e);
            }
        });
        // After a confirm or delete the event leaves the queue; the next one takes its place.
        review.queue().addListener((javafx.collections.ListChangeListener<Event>) c -> {
            if (list.getSelectionModel().isEmpty() && !review.queue().isEmpty()) {
                list.getSelectionModel().select(Math.min(lastIndex, review.queue().size() - 1));
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            Event e = list.getSelectionModel().getSelectedItem();
            lastIndex = Math.max(0, list.getSelectionModel().getSelectedIndex());
            if (k.getCode() == KeyCode.N) {
                list.getSelectionModel().selectNext();
            } else if (e == null) {
                return;
            } else if (k.getCode() == KeyCode.C) {
                review.confirm(e);
            } else if (k.getCode() == KeyCode.E) {
                editDialog.accept(e);
            } else if (k.getCode() == KeyCode.DELETE || k.getCode() == KeyCode.BACK_SPACE) {
                review.delete(e);
            } else {
                return;
            }
            k.consume();
        });
        Label help = new Label("C confirm · E edit · Delete delete · N or ↓ next");
        help.getStyleClass().add("review-help");
        setCenter(list);
        setBottom(help);
        list.getSelectionModel().selectFirst();
    }

    private int lastIndex;

    ListView<Event> list() {
        return list;
    }

    /** Opens the queue in a window of its own beside the main one. */
    static Stage open(Window owner, ReviewModel review, Consumer<Event> editDialog) {
        ReviewQueueView view = new ReviewQueueView(review, editDialog);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Review queue");
        Scene scene = new Scene(view, 520, 600);
        // A stage of our own, unlike a dialog, does not take its owner's stylesheets (the theme) by itself.
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        view.list.requestFocus();
        return stage;
    }
}
