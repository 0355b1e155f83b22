package parley.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a new user sees on an empty store: where to drop articles and what Parley will do with them. */
final class EmptyState extends VBox {
    EmptyState(Runnable importAction, Runnable samplesAction, javafx.beans.binding.IntegerExpression sources) {
        getStyleClass().add("empty-state");
        setId("empty-state");
        setAlignment(Pos.CENTER);
        setPickOnBounds(false);
        Label title = new Label("Drop news articles here");
        title.getStyleClass().add("empty-title");
        Label text = new Label("Plain text, saved web pages, PDFs or e-mail bulletins — single files or whole folders. Parley finds the "
                + "calls, meetings, summits, talks, visits and statements they report, with dates, participants and "
                + "the sentences that support them, and puts them on this timeline.");
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.setMaxWidth(460);
        Label none = new Label();
        none.getStyleClass().add("empty-note");
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> sources.get() == 0 ? ""
                : "The " + (sources.get() == 1 ? "article" : sources.get() + " articles")
                        + " imported so far report no event Parley recognises.", sources));
        none.visibleProperty().bind(sources.greaterThan(0));
        none.managedProperty().bind(none.visibleProperty());
        Button choose = new Button("Choose files…");
        choose.getStyleClass().add("accent-button");
        choose.setOnAction(e -> importAction.run());
        Button samples = new Button("Import sample articles");
        samples.setId("import-samples");
        samples.getStyleClass().add("quiet-button");
        samples.setOnAction(e -> samplesAction.run());
        javafx.scene.layout.HBox buttons = new javafx.scene.layout.HBox(10, choose, samples);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, text, none, buttons);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }
}
