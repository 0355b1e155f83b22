package parley.ui;

import java.util.function.Consumer;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import parley.domain.Event;

/**
 * The Edit menu: undo and redo with the edit's description, the selected event's review actions, adding an event from
 * the text selected in a source, merging the events picked on the timeline, splitting one, its history.
 */
final class EditMenu {
    private EditMenu() {
    }

    static Menu build(ReviewModel review, EventActions actions, parley.timeline.TimelineView timeline,
                      SourceText sourceText, Consumer<Event> editDialog, Runnable openQueue) {
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

        MenuItem add = new MenuItem("Add event from selection…");
        add.setId("menu-add-from-selection");
        add.setAccelerator(KeyCombination.keyCombination(SourceText.ADD_FROM_SELECTION));
        add.disableProperty().bind(sourceText.selectionProperty().isNull());
        add.setOnAction(e -> actions.addFromSelection());
        MenuItem merge = new MenuItem();
        merge.setId("menu-merge");
        merge.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        var picked = javafx.beans.binding.Bindings.size(review.selection());
        merge.textProperty().bind(javafx.beans.binding.Bindings.when(picked.greaterThan(1))
                .then(javafx.beans.binding.Bindings.concat("Merge ", picked.asString(), " events"))
                .otherwise("Merge events (Ctrl+click to pick)"));
        merge.disableProperty().bind(picked.lessThan(2));
        merge.setOnAction(e -> actions.mergeSelected());
        MenuItem split = new MenuItem("Split event…");
        split.setId("menu-split");
        split.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        split.disableProperty().bind(noSelection);
        split.setOnAction(e -> actions.splitSelected());
        MenuItem history = new MenuItem("Event history");
        history.setId("menu-history");
        history.setAccelerator(KeyCombination.keyCombination("Shortcut+H"));
        history.disableProperty().bind(noSelection);
        history.setOnAction(e -> actions.showHistory());
        MenuItem selectAll = new MenuItem("Select all events in view");
        selectAll.setId("menu-select-all");
        selectAll.setAccelerator(KeyCombination.keyCombination("Shortcut+A"));
        selectAll.setOnAction(e -> timeline.selectAllInView());

        MenuItem queue = new MenuItem("Review queue…");
        queue.setId("menu-review-queue");
        queue.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        queue.setOnAction(e -> openQueue.run());
        MenuItem reextract = new MenuItem("Re-extract all");
        reextract.setId("menu-reextract");
        reextract.setOnAction(e -> review.reextractAll());

        Menu menu = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), confirm, edit, delete,
                new SeparatorMenuItem(), add, merge, split, history, selectAll, new SeparatorMenuItem(), queue,
                reextract);
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
