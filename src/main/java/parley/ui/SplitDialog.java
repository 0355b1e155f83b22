package parley.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import parley.domain.Event;
import parley.domain.Mention;

/**
 * Splits an event: its sentences with a tick box each (the sentence and its source); the ticked ones move to a new
 * event with the same fields. OK needs at least one ticked and one left.
 */
final class SplitDialog {
    private SplitDialog() {
    }

    /** The positions (in the event's order) of the sentences to move, or nothing when cancelled. */
    static Optional<Set<Integer>> show(Window owner, Event e, LongFunction<String> sourceTitle) {
        Dialog<Set<Integer>> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Split event");
        dialog.setHeaderText("Split '" + e.title() + "'");
        Form form = new Form(e, sourceTitle);
        dialog.getDialogPane().setContent(form.root);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.invalid);
        dialog.setResultConverter(b -> b == ButtonType.OK ? form.ticked() : null);
        return dialog.showAndWait();
    }

    /** The tick boxes, and which are ticked. */
    static final class Form {
        final VBox root = new VBox(8);
        final List<CheckBox> boxes = new ArrayList<>();
        final javafx.beans.binding.BooleanBinding invalid;

        Form(Event e, LongFunction<String> sourceTitle) {
            Label how = new Label("Tick the sentences that report another event. They move to a new event with the "
                    + "same fields, which you then correct; the rest stay.");
            how.setWrapText(true);
            how.setMaxWidth(560);
            VBox list = new VBox(6);
            list.setId("split-mentions");
            for (Mention m : e.mentions()) {
                CheckBox box = new CheckBox("“" + m.text().strip() + "”\n— " + sourceTitle.apply(m.sourceId()));
                box.setWrapText(true);
                box.setMaxWidth(540);
                box.getStyleClass().add("split-mention");
                boxes.add(box);
                list.getChildren().add(box);
            }
            ScrollPane scroll = new ScrollPane(list);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(Math.min(360, 70.0 * boxes.size()));
            scroll.setPrefViewportWidth(560);
            Label count = new Label();
            count.setId("split-count");
            javafx.beans.Observable[] deps = boxes.stream().map(CheckBox::selectedProperty)
                    .toArray(javafx.beans.Observable[]::new);
            var tickedCount = Bindings.createIntegerBinding(() -> ticked().size(), deps);
            invalid = Bindings.createBooleanBinding(() -> tickedCount.get() == 0
                    || tickedCount.get() >= boxes.size(), tickedCount);
            count.textProperty().bind(Bindings.createStringBinding(() -> tickedCount.get() == 0
                    ? "Tick the sentences to move."
                    : tickedCount.get() >= boxes.size() ? "Leave at least one sentence with this event."
                    : tickedCount.get() + " of " + boxes.size() + " sentences move to a new event.", tickedCount));
            root.getChildren().addAll(how, scroll, count);
        }

        Set<Integer> ticked() {
            Set<Integer> out = new LinkedHashSet<>();
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).isSelected()) {
                    out.add(i);
                }
            }
            return out;
        }
    }
}
