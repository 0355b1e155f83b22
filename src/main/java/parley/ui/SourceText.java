package parley.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import parley.domain.Event;
import parley.domain.Source;

/**
 * The opened source's text with every sentence that produced an event highlighted; clicking one selects its event.
 * An undated source offers a date picker: setting the date re-resolves its events. The text is a TextFlow of one
 * Text node per run ({@link SourceHighlights}), rebuilt only when the source or the events change.
 */
final class SourceText extends VBox {
    private final MainViewModel vm;
    private final Label heading = new Label();
    private final HBox dateRow;
    private final DatePicker datePicker = new DatePicker();
    private final TextFlow flow = new TextFlow();
    private final ScrollPane scroll = new ScrollPane(flow);
    private final List<Text> highlights = new ArrayList<>();

    SourceText(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("source-text");
        setId("source-text");
        setSpacing(6);
        heading.getStyleClass().add("source-text-heading");
        heading.setWrapText(true);
        datePicker.setId("source-date");
        datePicker.setPromptText("Publication date");
        datePicker.setPrefWidth(150);
        Button set = new Button("Set date");
        set.setId("source-set-date");
        set.disableProperty().bind(datePicker.valueProperty().isNull());
        set.setOnAction(e -> setDate(datePicker.getValue()));
        Label undated = new Label("Undated:");
        undated.getStyleClass().add("source-undated-label");
        dateRow = new HBox(6, undated, datePicker, set);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        dateRow.setId("source-date-row");
        dateRow.getStyleClass().add("source-date-row");
        flow.getStyleClass().add("source-text-flow");
        flow.setId("source-text-flow");
        scroll.setFitToWidth(true);
        // A small preferred height: the text takes the room that is left, never the list's.
        scroll.setPrefViewportHeight(160);
        scroll.getStyleClass().add("source-text-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(heading, dateRow, scroll);
        vm.openedSourceProperty().addListener((o, a, b) -> rebuild());
        vm.events().addListener((javafx.collections.ListChangeListener<Event>) c -> rebuild());
        vm.selectedEventProperty().addListener((o, a, b) -> markSelected(b, true));
        rebuild();
    }

    private void setDate(LocalDate date) {
        Source s = vm.openedSourceProperty().get();
        if (s != null && date != null) {
            vm.setPublicationDate(s.id(), date);
        }
    }

    private void rebuild() {
        Source s = vm.openedSourceProperty().get();
        highlights.clear();
        boolean open = s != null && s.text() != null;
        setVisible(open);
        setManaged(open);
        if (!open) {
            flow.getChildren().clear();
            return;
        }
        heading.setText(new SourceRow(s, 0).title());
        boolean undated = s.published() == null;
        dateRow.setVisible(undated);
        dateRow.setManaged(undated);
        String text = s.text();
        List<Text> nodes = new ArrayList<>();
        for (SourceHighlights.Run run : SourceHighlights.runs(text.length(), s.id(), vm.events())) {
            Text t = new Text(text.substring(run.start(), run.end()));
            t.getStyleClass().add("source-run");
            if (run.highlighted()) {
                t.getStyleClass().add("source-highlight");
                t.setCursor(Cursor.HAND);
                t.setUserData(run.events());
                Tooltip.install(t, new Tooltip(run.events().stream().map(Event::title)
                        .collect(Collectors.joining("\n"))));
                t.setOnMouseClicked(e -> vm.selectedEventProperty().set(cycle(run.events())));
                highlights.add(t);
            }
            nodes.add(t);
        }
        flow.getChildren().setAll(nodes);
        markSelected(vm.selectedEventProperty().get(), false);
    }

    /** A sentence of several events selects the next one on each click. */
    private Event cycle(List<Event> events) {
        Event sel = vm.selectedEventProperty().get();
        int i = sel == null ? -1 : indexOfId(events, sel.id());
        return events.get((i + 1) % events.size());
    }

    private static int indexOfId(List<Event> events, long id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private void markSelected(Event sel, boolean reveal) {
        Text first = null;
        for (Text t : highlights) {
            boolean on = sel != null && indexOfId((List<Event>) t.getUserData(), sel.id()) >= 0;
            t.getStyleClass().remove("source-highlight-selected");
            if (on) {
                t.getStyleClass().add("source-highlight-selected");
                first = first == null ? t : first;
            }
        }
        if (reveal && first != null) {
            Text target = first;
            javafx.application.Platform.runLater(() -> {
                double h = flow.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (h > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (target.getBoundsInParent().getMinY() - 20) / h)));
                }
            });
        }
    }

    /** The highlighted sentences as shown (for tests). */
    List<Text> highlights() {
        return List.copyOf(highlights);
    }
}
