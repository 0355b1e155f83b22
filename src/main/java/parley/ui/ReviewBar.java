package parley.ui;

import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import parley.domain.Event;

/**
 * Above the selected event's evidence: whether a person checked it, and Confirm, Edit…, Split… and Delete; with
 * several events picked on the timeline, Merge N.
 */
final class ReviewBar extends javafx.scene.layout.VBox {
    private final Label state = new Label();

    ReviewBar(ReviewModel review, Consumer<Event> editDialog, EventActions actions) {
        super(4);
        getStyleClass().add("review-bar");
        setId("review-bar");
        MainViewModel vm = review.main();
        Button confirm = new Button("Confirm");
        confirm.setId("review-confirm");
        confirm.setOnAction(e -> act(vm, review::confirm));
        Button edit = new Button("Edit…");
        edit.setId("review-edit");
        edit.setOnAction(e -> act(vm, editDialog));
        Button delete = new Button("Delete");
        delete.setId("review-delete");
        delete.setOnAction(e -> act(vm, review::delete));
        Button split = new Button("Split…");
        split.setId("review-split");
        split.setOnAction(e -> actions.splitSelected());
        Button merge = new Button();
        merge.setId("review-merge");
        var picked = javafx.beans.binding.Bindings.size(review.selection());
        merge.textProperty().bind(javafx.beans.binding.Bindings.concat("Merge ", picked.asString()));
        merge.visibleProperty().bind(picked.greaterThan(1));
        merge.managedProperty().bind(merge.visibleProperty());
        merge.setOnAction(e -> actions.mergeSelected());
        state.setId("review-state");
        // The state on its own line: the buttons keep their words however narrow the panel is.
        HBox buttons = new HBox(6, confirm, edit, split, delete, merge);
        buttons.getChildren().forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        getChildren().addAll(state, buttons);
        vm.selectedEventProperty().addListener((o, a, b) -> show(b, confirm));
        show(vm.selectedEventProperty().get(), confirm);
    }

    private void show(Event e, Button confirm) {
        setVisible(e != null);
        setManaged(e != null);
        if (e != null) {
            state.setText(stateOf(e));
            confirm.setDisable(e.confirmed());
        }
    }

    /**
     * Puts the bar under the title of the selected-event panel. Split panes hold their items outside the scene graph
     * until shown, so the panel is found by walking items as well as children.
     */
    static void installIn(javafx.scene.Parent root, ReviewBar bar) {
        EventDetails details = find(root);
        if (details != null) {
            details.getChildren().add(Math.min(1, details.getChildren().size()), bar);
        }
    }

    private static EventDetails find(javafx.scene.Node node) {
        if (node instanceof EventDetails d) {
            return d;
        }
        java.util.List<javafx.scene.Node> inside = node instanceof javafx.scene.control.SplitPane split
                ? split.getItems() : node instanceof javafx.scene.layout.BorderPane border
                ? java.util.Arrays.asList(border.getTop(), border.getCenter(), border.getRight(), border.getBottom(),
                border.getLeft()) : node instanceof javafx.scene.Parent p ? p.getChildrenUnmodifiable()
                : java.util.List.of();
        for (javafx.scene.Node n : inside) {
            EventDetails found = n == null ? null : find(n);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "Confirmed by an analyst", "Edited, not confirmed" or "Machine-made, not checked". */
    static String stateOf(Event e) {
        if (e.confirmed()) {
            return e.edited() ? "✓ Edited and confirmed" : "✓ Confirmed";
        }
        return e.edited() ? "Edited, not confirmed" : "Machine-made, not checked";
    }

    private static void act(MainViewModel vm, Consumer<Event> action) {
        Event e = vm.selectedEventProperty().get();
        if (e != null) {
            action.accept(e);
        }
    }
}
