package parley.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The imported articles: title, publisher, date (or "undated") and how many events each supports. */
final class SourcesPanel extends VBox {
    SourcesPanel(MainViewModel vm) {
        getStyleClass().addAll("side-panel", "sources-panel");
        setId("sources");
        Label title = new Label("Sources");
        title.getStyleClass().add("panel-title");
        ListView<SourceRow> list = new ListView<>(vm.sources());
        list.setId("source-list");
        list.setCellFactory(l -> new Cell());
        list.setPlaceholder(new Label("No articles imported yet"));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
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
