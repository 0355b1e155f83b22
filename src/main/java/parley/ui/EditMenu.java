package parley.ui;

import java.util.function.Consumer;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import parley.domain.Event;

/** The Edit menu: undo and redo with the edit's description, and the selected event's review actions. */
final class EditMenu {
    private EditMenu() {
    }

    static Menu build(ReviewModel review, Consumer<Event> editDialog, Runnable openQueue) {
        MainViewModel vm = review.main();
        MenuItem undo = new MenuItem();
        undo.setId("menu-undo");
        undo.textProperty().bind(review.undoLabelProperty());
        undo.disableProperty().bind(review.canUndoProperty().not());
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> review.undo());
        MenuItem redo = new MenuItem();
        redo.setId("menu-redo");
        redo.textProperty().bind(review.redoLabelProperty());
        redo.disableProperty().bind(review.canRedoProperty().not());
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> review.redo());

        var noSelection = vm.selectedEventProperty().isNull();
        MenuItem confirm = new MenuItem("Confirm event");
        confirm.setId("menu-confirm");
        confirm.setAccelerator(KeyCombination.keyCombination("Shortcut+Enter"));
        confirm.disableProperty().bind(noSelection);
        confirm.setOnAction(e -> withSelection(vm, review::confirm));
        MenuItem edit = new MenuItem("Edit event…");
        edit.setId("menu-edit-event");
        edit.setAccelerator(KeyCombination.keyCombination("F2"));
        edit.disableProperty().bind(noSelection);
        edit.setOnAction(e -> withSelection(vm, editDialog::accept));
        MenuItem delete = new MenuItem("Delete event");
        delete.setId("menu-delete-event");
        delete.setAccelerator(KeyCombination.keyCombination("Shortcut+Delete"));
        delete.disableProperty().bind(noSelection);
        delete.setOnAction(e -> withSelection(vm, review::delete));

        MenuItem queue = new MenuItem("Review queue…");
        queue.setId("menu-review-queue");
        queue.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        queue.setOnAction(e -> openQueue.run());
        MenuItem reextract = new MenuItem("Re-extract all");
        reextract.setId("menu-reextract");
        reextract.setOnAction(e -> review.reextractAll());

        Menu menu = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), confirm, edit, delete,
                new SeparatorMenuItem(), queue, reextract);
        menu.setId("menu-edit");
        return menu;
    }

    private static void withSelection(MainViewModel vm, Consumer<Event> action) {
        Event e = vm.selectedEventProperty().get();
        if (e != null) {
            action.accept(e);
        }
    }
}
