package parley.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * File → Export PNG… (and PDF…, SVG…): current view or whole range, 1×/2×/custom width (for a vector page, its
 * proportions and the size of its text), and a title.
 */
final class PngExportDialog extends Dialog<PngExportChoice> {
    final RadioButton view = new RadioButton("Current view");
    final RadioButton whole = new RadioButton("Fit all (the story; far-off events counted at the edges)");
    final RadioButton x1 = new RadioButton("1×");
    final RadioButton x2 = new RadioButton("2×");
    final RadioButton custom = new RadioButton("Width");
    final TextField width = new TextField("4000");
    final TextField title = new TextField("Parley timeline");

    PngExportDialog(double viewWidth, double viewHeight) {
        this(viewWidth, viewHeight, "PNG", "a PNG image");
    }

    /** The dialog for one format: "PDF", "a PDF document with real text". */
    PngExportDialog(double viewWidth, double viewHeight, String format, String what) {
        setTitle("Export " + format);
        setHeaderText("Export the timeline as " + what);
        ToggleGroup range = new ToggleGroup();
        view.setToggleGroup(range);
        whole.setToggleGroup(range);
        view.setSelected(true);
        ToggleGroup size = new ToggleGroup();
        x1.setToggleGroup(size);
        x2.setToggleGroup(size);
        custom.setToggleGroup(size);
        x2.setSelected(true);
        x1.setText("1× (" + (int) viewWidth + " × " + (int) viewHeight + ")");
        x2.setText("2× (" + (int) (2 * viewWidth) + " × " + (int) (2 * viewHeight) + ")");
        width.setPrefColumnCount(6);
        width.disableProperty().bind(custom.selectedProperty().not());
        width.setId("png-width");
        title.setId("png-title");
        title.setPrefColumnCount(28);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Show"), new HBox(14, view, whole));
        grid.addRow(1, new Label("Size"), new HBox(14, x1, x2, custom, width, new Label("px")));
        grid.addRow(2, new Label("Title"), title);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? choice() : null);
    }

    PngExportChoice choice() {
        int w = 0;
        if (custom.isSelected()) {
            try {
                w = Integer.parseInt(width.getText().strip());
            } catch (NumberFormatException e) {
                w = 4000;
            }
        }
        return new PngExportChoice(whole.isSelected(), x1.isSelected() ? 1 : 2, w, title.getText());
    }
}
