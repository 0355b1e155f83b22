package parley.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The imported articles: title, publisher, date (or "undated") and how many events each supports. Selecting one opens
 * its text below with the sentences behind its events highlighted.
 */
final class SourcesPanel extends VBox {
    private final SourceText text;

    SourcesPanel(MainViewModel vm) {
        getStyleClass().addAll("side-panel", "sources-panel");
        setId("sources");
        Label title = new Label("Sources");
        title.getStyleClass().add("panel-title");
        ListView<SourceRow> list = new ListView<>(vm.sources());
        list.setId("source-list");
        list.setCellFactory(l -> new Cell());
        Label empty = new Label();
        // While the first frame shows the outline, the list is empty because it is still being read.
        empty.textProperty().bind(javafx.beans.binding.Bindings.when(vm.outlineShownProperty())
                .then("Reading the store…").otherwise("No articles imported yet"));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.SOMETIMES);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null || !vm.sources().isEmpty()) {
                vm.selectedSourceProperty().set(b);
            }
        });
        vm.selectedSourceProperty().addListener((o, a, b) -> {
            if (b != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(b);
            }
        });
        text = new SourceText(vm);
        VBox.setVgrow(text, Priority.ALWAYS);
        // With an article open, the list gives most of the room to its text.
        text.visibleProperty().addListener((o, a, open) -> {
            list.setPrefHeight(open ? 150 : USE_COMPUTED_SIZE);
            list.setMinHeight(open ? 110 : USE_COMPUTED_SIZE);
        });
        getChildren().addAll(title, list, text);
    }

    /** The opened article's text, where the analyst selects sentences. */
    SourceText text() {
        return text;
    }

    private static final class Cell extends ListCell<SourceRow> {
        private final Label title = new Label();
        private final Label details = new Label();
        private final VBox root = new VBox(2, title, details);

        Cell() {
            title.getStyleClass().add("source-title");
            title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            details.getStyleClass().add("source-details");
            root.setMaxWidth(Double.MAX_VALUE);
            title.maxWidthProperty().bind(widthProperty().subtract(24));
            details.maxWidthProperty().bind(widthProperty().subtract(24));
        }

        @Override
        protected void updateItem(SourceRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("undated");
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.title());
            setTooltip(new javafx.scene.control.Tooltip(row.title() + "\n" + row.details()));
            details.setText(row.details());
            if (row.source().published() == null) {
                getStyleClass().add("undated");
            }
            setGraphic(root);
        }
    }
}
