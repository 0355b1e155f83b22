package parley.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import parley.domain.FileOutcome;
import parley.domain.ImportSummary;

/** The bottom bar: what the store holds, and the running import (progress, cancel) or the last import's summary. */
final class StatusBar extends HBox {
    StatusBar(MainViewModel vm) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Label message = new Label();
        message.setId("import-message");
        message.getStyleClass().add("import-message");
        message.textProperty().bind(vm.importMessageProperty());
        message.setMaxWidth(520);
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(vm.importProgressProperty());
        progress.visibleProperty().bind(vm.importingProperty());
        progress.managedProperty().bind(vm.importingProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("import-cancel");
        cancel.visibleProperty().bind(vm.importingProperty());
        cancel.managedProperty().bind(vm.importingProperty());
        cancel.setOnAction(e -> vm.cancelImport());
        Hyperlink details = new Hyperlink("Details…");
        details.setId("import-details");
        details.visibleProperty().bind(Bindings.isNotNull(vm.lastSummaryProperty()).and(vm.importingProperty().not()));
        details.managedProperty().bind(details.visibleProperty());
        details.setOnAction(e -> showDetails(vm.lastSummaryProperty().get()));
        getChildren().addAll(status, gap, message, progress, cancel, details);
    }

    private void showDetails(ImportSummary summary) {
        if (summary == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Import");
        alert.setHeaderText(summary.describe());
        TextArea lines = new TextArea(String.join("\n", summary.outcomes().stream()
                .map(FileOutcome::describe).toList()));
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefRowCount(Math.min(16, summary.outcomes().size() + 1));
        alert.getDialogPane().setContent(lines);
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }
}
