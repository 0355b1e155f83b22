package parley.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** People, organisations and countries with their event counts; ticking some filters the timeline to them. */
final class ParticipantsPanel extends VBox {
    static final double MIN_WIDTH = 150;

    ParticipantsPanel(MainViewModel vm) {
        getStyleClass().addAll("side-panel", "participants-panel");
        setId("participants");
        // Narrower than this a row could not show its tick box and kind beside even one letter of the name.
        setMinWidth(MIN_WIDTH);
        Label title = new Label("Participants");
        title.getStyleClass().add("panel-title");
        Button clear = new Button("Clear");
        clear.getStyleClass().add("link-button");
        clear.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.checkedParticipants()));
        clear.setOnAction(e -> vm.checkedParticipants().clear());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(title, gap, clear);
        header.setAlignment(Pos.CENTER_LEFT);

        TextField filter = new TextField();
        filter.setId("participant-filter");
        filter.setPromptText("Filter participants");
        filter.textProperty().bindBidirectional(vm.participantFilterProperty());

        ListView<ParticipantRow> list = new ListView<>(vm.participants());
        list.setId("participant-list");
        list.setCellFactory(l -> new Cell(vm));
        Label empty = new Label();
        // While the first frame shows the outline, the list is empty because it is still being read.
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.outlineShownProperty())
                .then("Reading the store…").otherwise("No participants yet"));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(header, filter, list);
    }

    private static final class Cell extends ListCell<ParticipantRow> {
        private final MainViewModel vm;
        private final CheckBox box = new CheckBox();
        private final Label name = new Label();
        private final Label kind = new Label();
        private final Label counts = new Label();
        private final HBox root;

        Cell(MainViewModel vm) {
            this.vm = vm;
            name.getStyleClass().add("participant-name");
            kind.getStyleClass().add("participant-kind");
            counts.getStyleClass().add("participant-counts");
            // The kind ("person", "org", "country") is a few letters and always shown whole; the name and counts
            // give way (an ellipsis) when the panel is narrow.
            kind.setMinWidth(Region.USE_PREF_SIZE);
            box.setMinWidth(Region.USE_PREF_SIZE);
            name.setMinWidth(0);
            counts.setMinWidth(0);
            VBox text = new VBox(name, counts);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            root = new HBox(8, box, text, kind);
            root.setAlignment(Pos.CENTER_LEFT);
            root.setMinWidth(0);
            // Cells as wide as the list, never wider: a wider cell would scroll its kind out of sight.
            setPrefWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            box.setOnAction(e -> {
                ParticipantRow row = getItem();
                if (row == null) {
                    return;
                }
                if (box.isSelected()) {
                    vm.checkedParticipants().add(row.name());
                } else {
                    vm.checkedParticipants().remove(row.name());
                }
            });
        }

        @Override
        protected void updateItem(ParticipantRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("only-absent");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            name.setText(row.name());
            counts.setText(row.counts());
            kind.setText(switch (row.kind()) {
                case PERSON -> "person";
                case ORGANISATION -> "org";
                case COUNTRY -> "country";
            });
            box.setSelected(vm.checkedParticipants().contains(row.name()));
            if (row.onlyAbsent()) {
                getStyleClass().add("only-absent");
            }
            counts.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("absent"), row.absent() > 0);
            setGraphic(root);
        }
    }
}
