package parley.ui;

import java.util.Comparator;

import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The imported articles: title, author, publisher, date (or "undated") and how many events each supports, with any
 * note on how the file was read (date signals that disagree, attachments left out); the tooltip says which signal
 * dated it. A filter box narrows the list by title, publisher, author or file name; the list sorts by import, date
 * or publisher. Selecting one opens its text below with the sentences behind its events highlighted.
 */
final class SourcesPanel extends VBox {
    private final SourceText text;

    SourcesPanel(MainViewModel vm) {
        getStyleClass().addAll("side-panel", "sources-panel");
        setId("sources");
        Label title = new Label("Sources");
        title.getStyleClass().add("panel-title");
        TextField filter = new TextField();
        filter.setId("source-filter");
        filter.setPromptText("Filter by title, publisher, author");
        ChoiceBox<SourceOrder> order = new ChoiceBox<>(FXCollections.observableArrayList(SourceOrder.values()));
        order.setId("source-order");
        order.setValue(SourceOrder.IMPORTED);
        order.setTooltip(new Tooltip("Sort the sources"));
        HBox tools = new HBox(6, filter, order);
        HBox.setHgrow(filter, Priority.ALWAYS);
        FilteredList<SourceRow> shown = new FilteredList<>(vm.sources());
        filter.textProperty().addListener((o, a, text) -> shown.setPredicate(r -> r.matches(text)));
        SortedList<SourceRow> sorted = new SortedList<>(shown);
        order.valueProperty().addListener((o, a, by) -> sorted.setComparator(by.comparator()));
        ListView<SourceRow> list = new ListView<>(sorted);
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
        getChildren().addAll(title, tools, list, text);
    }

    /** The opened article's text, where the analyst selects sentences. */
    SourceText text() {
        return text;
    }

    /** The orders the list offers; ties keep the order of import. */
    enum SourceOrder {
        IMPORTED("Imported"), NEWEST("Newest first"), OLDEST("Oldest first"), PUBLISHER("Publisher");

        private final String label;

        SourceOrder(String label) {
            this.label = label;
        }

        /** Undated sources go last in either date order; sources without a publisher go last by publisher. */
        Comparator<SourceRow> comparator() {
            Comparator<SourceRow> byId = Comparator.comparingLong(r -> r.source().id());
            return switch (this) {
                case IMPORTED -> null;
                case NEWEST -> Comparator.comparing((SourceRow r) -> r.source().published(),
                        Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder())).thenComparing(byId);
                case OLDEST -> Comparator.comparing((SourceRow r) -> r.source().published(),
                        Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder())).thenComparing(byId);
                case PUBLISHER -> Comparator.comparing((SourceRow r) -> r.source().publisher() == null ? null
                        : r.source().publisher().replaceFirst("^(?i)the\\s+", "").toLowerCase(java.util.Locale.ROOT),
                        Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(byId);
            };
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final class Cell extends ListCell<SourceRow> {
        private final Label title = new Label();
        private final Label credit = new Label();
        private final Label details = new Label();
        private final Label notes = new Label();
        private final VBox root = new VBox(2, title, credit, details, notes);

        Cell() {
            title.getStyleClass().add("source-title");
            title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            details.getStyleClass().add("source-details");
            credit.getStyleClass().add("source-details");
            notes.getStyleClass().addAll("source-details", "source-notes");
            credit.managedProperty().bind(credit.visibleProperty());
            notes.managedProperty().bind(notes.visibleProperty());
            notes.setWrapText(true);
            notes.maxWidthProperty().bind(widthProperty().subtract(24));
            credit.maxWidthProperty().bind(widthProperty().subtract(24));
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
            String by = row.credit();
            credit.setText(by == null ? "" : by);
            credit.setVisible(by != null);
            setTooltip(new Tooltip(row.title() + (by == null ? "" : "\n" + by) + "\n" + row.details() + "\n"
                    + row.dating()));
            details.setText(row.details());
            // Disagreeing date signals and parts left out are shown, not hidden in the tooltip.
            notes.setText(String.join("\n", row.source().readingNotes()));
            notes.setVisible(!row.source().readingNotes().isEmpty());
            if (row.source().published() == null) {
                getStyleClass().add("undated");
            }
            setGraphic(root);
        }
    }
}
