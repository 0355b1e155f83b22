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
    /** The analyst's selection, drawn behind the text (a TextFlow cannot select by itself). */
    private final javafx.scene.shape.Path selectionShape = new javafx.scene.shape.Path();
    private final javafx.scene.layout.StackPane page = new javafx.scene.layout.StackPane(selectionShape, flow);
    private final ScrollPane scroll = new ScrollPane(page);
    private final List<Text> highlights = new ArrayList<>();
    private final javafx.beans.property.ObjectProperty<Selection> selection =
            new javafx.beans.property.SimpleObjectProperty<>(this, "selection");
    private final javafx.beans.property.ObjectProperty<Runnable> onAddFromSelection =
            new javafx.beans.property.SimpleObjectProperty<>(this, "onAddFromSelection");
    private int anchor = -1;
    private long keptPlaceOf = -1;
    private long shownSource = -1;

    /**
     * A span [start, end) of the opened source's text that the analyst selected.
     *
     * @param sourceId the source
     * @param start    first character
     * @param end      just past the last
     */
    record Selection(long sourceId, int start, int end) {
    }

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
        installSelection();
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
        if (!open || s.id() != shownSource) {
            selection.set(null);
        }
        shownSource = open ? s.id() : -1;
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
                t.setOnMouseClicked(e -> {
                    // a drag that starts on a highlight selects text, not the event
                    if (e.isStillSincePress() && e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                        vm.selectedEventProperty().set(cycle(run.events()));
                    }
                });
                highlights.add(t);
            }
            nodes.add(t);
        }
        // The same article re-read after an edit keeps its place; a selected event revealed afterwards moves it.
        double keep = s.id() == keptPlaceOf ? scroll.getVvalue() : 0;
        keptPlaceOf = s.id();
        flow.getChildren().setAll(nodes);
        markSelected(vm.selectedEventProperty().get(), false);
        if (keep > 0) {
            scroll.setVvalue(keep);
            javafx.application.Platform.runLater(() -> scroll.setVvalue(keep));
        }
    }

    /**
     * Dragging over the text selects it (offsets into the source's text: the runs cover it exactly); a right click
     * offers "Add event from selection…" and Copy.
     */
    private void installSelection() {
        selectionShape.setManaged(false);
        selectionShape.getStyleClass().add("source-selection");
        selectionShape.setMouseTransparent(true);
        page.setAlignment(Pos.TOP_LEFT);
        page.getStyleClass().add("source-text-page");
        flow.setCursor(Cursor.TEXT);
        flow.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY) {
                anchor = offsetAt(e.getX(), e.getY());
                selection.set(null);
            }
        });
        flow.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            Source s = vm.openedSourceProperty().get();
            if (anchor >= 0 && s != null && e.isPrimaryButtonDown()) {
                int at = offsetAt(e.getX(), e.getY());
                selection.set(at == anchor ? null : new Selection(s.id(), Math.min(at, anchor), Math.max(at, anchor)));
            }
        });
        selection.addListener((o, a, b) -> drawSelection());
        flow.layoutBoundsProperty().addListener((o, a, b) -> drawSelection());
        javafx.scene.control.MenuItem add = new javafx.scene.control.MenuItem("Add event from selection…");
        add.setId("source-add-from-selection");
        add.setAccelerator(javafx.scene.input.KeyCombination.keyCombination(ADD_FROM_SELECTION));
        add.disableProperty().bind(selection.isNull().or(onAddFromSelection.isNull()));
        add.setOnAction(e -> {
            if (onAddFromSelection.get() != null) {
                onAddFromSelection.get().run();
            }
        });
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy");
        copy.disableProperty().bind(selection.isNull());
        copy.setOnAction(e -> copySelection());
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(add, copy);
        menu.setId("source-text-menu");
        flow.setOnContextMenuRequested(e -> menu.show(flow, e.getScreenX(), e.getScreenY()));
    }

    /** The key of "Add event from selection…" (the Edit menu and the text's context menu). */
    static final String ADD_FROM_SELECTION = "Shortcut+Shift+A";

    private int offsetAt(double x, double y) {
        Source s = vm.openedSourceProperty().get();
        int length = s == null || s.text() == null ? 0 : s.text().length();
        int at = flow.hitTest(new javafx.geometry.Point2D(x, y)).getInsertionIndex();
        return Math.max(0, Math.min(length, at));
    }

    private void drawSelection() {
        Selection sel = selection.get();
        if (sel == null) {
            selectionShape.getElements().clear();
            return;
        }
        selectionShape.getElements().setAll(flow.rangeShape(sel.start(), sel.end()));
        selectionShape.setLayoutX(flow.getLayoutX());
        selectionShape.setLayoutY(flow.getLayoutY());
    }

    private void copySelection() {
        Selection sel = selection.get();
        Source s = vm.openedSourceProperty().get();
        if (sel != null && s != null && s.id() == sel.sourceId()) {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(s.text().substring(sel.start(), sel.end()));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        }
    }

    /** What the analyst selected in the opened text, or null. */
    javafx.beans.property.ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    /** Selects [start, end) of the opened source's text, as a drag would. */
    void select(int start, int end) {
        Source s = vm.openedSourceProperty().get();
        if (s != null && start < end && end <= s.text().length()) {
            selection.set(new Selection(s.id(), start, end));
        }
    }

    void clearSelection() {
        selection.set(null);
    }

    /** What "Add event from selection…" does (the window sets it when review is on). */
    javafx.beans.property.ObjectProperty<Runnable> onAddFromSelectionProperty() {
        return onAddFromSelection;
    }

    /** Scrolls the text so that character {@code offset} shows near the top. */
    void scrollToOffset(int offset) {
        flow.applyCss();
        flow.layout();
        double y = flow.caretShape(offset, true).length == 0 ? 0 : caretY(offset);
        double h = flow.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (h > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - 20) / h)));
        }
        scroll.layout();
    }

    private double caretY(int offset) {
        for (javafx.scene.shape.PathElement p : flow.caretShape(offset, true)) {
            if (p instanceof javafx.scene.shape.MoveTo m) {
                return m.getY();
            }
        }
        return 0;
    }

    /** Where character {@code offset} of the opened text is drawn, in screen coordinates (for tests). */
    javafx.geometry.Point2D screenPointOf(int offset) {
        javafx.scene.shape.PathElement[] shape = flow.caretShape(offset, true);
        double x = 0;
        double y = 0;
        for (javafx.scene.shape.PathElement p : shape) {
            if (p instanceof javafx.scene.shape.MoveTo m) {
                x = m.getX();
                y = m.getY();
                break;
            }
        }
        return flow.localToScreen(x + 1, y + 6);
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
