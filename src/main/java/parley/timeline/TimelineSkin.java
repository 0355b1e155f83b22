package parley.timeline;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.geometry.Orientation;
import javafx.scene.layout.Priority;

import parley.domain.Event;

/**
 * Draws a {@link TimelineView} on one canvas. Any change marks the canvas dirty and requests a layout; the pulse's
 * layout pass repaints once, however many changes came in. Undated events sit in a tray below the canvas.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    static final double TRAY_HEIGHT = 40;
    /** Wheel delta (pixels) that zooms by a factor of e. */
    private static final double WHEEL_PER_E = 250;

    private final Canvas canvas = new Canvas();
    private final EventCard card = new EventCard();
    private final HBox tray = new HBox();
    private final Label trayTitle = new Label();
    private final ListView<Event> undated = new ListView<>();
    private final HBox zoomBar = new HBox();
    private boolean dirty = true;
    private TimelinePainter painter;
    private double dragX = Double.NaN;
    private boolean dragged;
    private int paints;

    public TimelineSkin(TimelineView view) {
        super(view);
        canvas.getStyleClass().add("timeline-canvas");
        tray.getStyleClass().add("timeline-undated");
        trayTitle.getStyleClass().add("timeline-undated-title");
        trayTitle.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        undated.setOrientation(Orientation.HORIZONTAL);
        undated.getStyleClass().add("timeline-undated-list");
        undated.setCellFactory(l -> new UndatedCell());
        HBox.setHgrow(undated, Priority.ALWAYS);
        tray.getChildren().addAll(trayTitle, undated);
        zoomBar.getStyleClass().add("timeline-zoom-bar");
        zoomBar.getChildren().addAll(button("−", "Zoom out (−)", view::zoomOut),
                button("+", "Zoom in (+)", view::zoomIn), button("Fit all", "Show every event (0)", view::fitAll));
        zoomBar.setManaged(false);
        getChildren().addAll(canvas, tray, zoomBar, card);
        for (Observable o : view.paintInputs()) {
            registerInvalidationListener(o, x -> markDirty());
        }
        registerChangeListener(view.indexProperty(), x -> updateTray());
        // The card describes what was under the pointer; once the content moves it may no longer be.
        registerChangeListener(view.scaleProperty(), x -> hideCard());
        registerChangeListener(view.freshEventsProperty(), x -> markDirty());
        registerChangeListener(view.selectedEventProperty(), x -> {
            Event sel = view.getSelectedEvent();
            if (sel != null && undated.getItems().contains(sel)) {
                undated.getSelectionModel().select(sel);
            } else {
                undated.getSelectionModel().clearSelection();
            }
        });
        undated.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                view.setSelectedEvent(b);
            }
        });
        updateTray();
        installInput(view);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("timeline-zoom-button");
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** How many times the canvas was repainted (to check that changes are coalesced per pulse). */
    public int paintCount() {
        return paints;
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            getSkinnable().requestLayout();
        }
    }

    private void updateTray() {
        var list = getSkinnable().indexProperty().get().undated();
        undated.getItems().setAll(list);
        trayTitle.setText("Undated · " + list.size());
        tray.setVisible(!list.isEmpty());
        tray.setManaged(!list.isEmpty());
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double trayH = tray.isVisible() ? TRAY_HEIGHT : 0;
        double ch = Math.max(1, h - trayH);
        if (canvas.getWidth() != w || canvas.getHeight() != ch) {
            canvas.setWidth(w);
            canvas.setHeight(ch);
            dirty = true;
        }
        canvas.relocate(x, y);
        if (trayH > 0) {
            tray.resizeRelocate(x, y + ch, w, trayH);
        }
        zoomBar.autosize();
        double legend = painter().legendHeight(w);
        zoomBar.relocate(x + w - zoomBar.getWidth() - 10, y + ch - legend - zoomBar.getHeight() - 10);
        TimelineView view = getSkinnable();
        if (view.getScale().width() != w && w > 0) {
            // Resizing keeps the zoom; while the view still follows the data it re-fits instead.
            view.setScale(view.getScale().withWidth(w));
            if (view.autoFit) {
                view.fitAll();
            }
        }
        if (dirty && w > 0) {
            paint(ch);
        }
        if (card.isVisible()) {
            card.autosize();
        }
    }

    private void paint(double height) {
        dirty = false;
        paints++;
        TimelineView view = getSkinnable();
        painter().setFresh(view.freshEventsProperty().get());
        painter().setAlsoSelected(java.util.Set.copyOf(view.selectedIds()));
        painter().setLegendFilter(view.legendFilterProperty().get());
        Frame frame = view.participantLanesProperty().get()
                ? painter().paintLanes(new FxDrawing(canvas.getGraphicsContext2D()), view.indexProperty().get(),
                        view.getScale(), height, view.getSelectedEvent(), view.hoveredEventProperty().get(), true,
                        view.shownLanes(), view.laneOffsetProperty().get())
                : painter().paint(new FxDrawing(canvas.getGraphicsContext2D()), view.indexProperty().get(),
                        view.getScale(), height, view.getSelectedEvent(), view.hoveredEventProperty().get(), true);
        view.lastFrame.set(frame);
    }

    /** The painter for the current styling; a new one when CSS changed a colour or the font. */
    private TimelinePainter painter() {
        TimelineTheme theme = getSkinnable().theme();
        if (painter == null || !painter.theme().equals(theme)) {
            painter = new TimelinePainter(theme);
        }
        return painter;
    }

    private void installInput(TimelineView view) {
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (view.participantLanesProperty().get() && e.getX() <= LaneLayout.HEADER_PX && e.getDeltaY() != 0) {
                // Over the lane names the wheel scrolls the lanes, elsewhere it zooms.
                view.scrollLanes(e.getDeltaY() < 0 ? 1 : -1);
                e.consume();
                return;
            }
            double dx = e.getDeltaX();
            double dy = e.getDeltaY();
            if (e.isShiftDown() && dx == 0) {
                view.panBy(dy);
            } else if (Math.abs(dx) > Math.abs(dy)) {
                view.panBy(dx);
            } else if (dy != 0) {
                view.zoomAt(e.getX(), Math.exp(dy / WHEEL_PER_E));
            }
            e.consume();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            view.requestFocus();
            dragX = e.getX();
            dragged = false;
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!Double.isNaN(dragX)) {
                double dx = e.getX() - dragX;
                if (dragged || Math.abs(dx) > 3) {
                    dragged = true;
                    view.panBy(dx);
                    dragX = e.getX();
                    hideCard();
                }
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragX = Double.NaN);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (dragged || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            clickAt(e.getX(), e.getY(), e.isShortcutDown(), e.isShiftDown());
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hoverAt(e.getX(), e.getY()));
        canvas.addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            String lane = view.lastFrameProperty().get().laneAt(e.getX(), e.getY());
            if (lane != null) {
                laneMenu(lane).show(canvas, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideCard());
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(view, e)) {
                e.consume();
            }
        });
    }

    /** Move up/down, pin and hide for one lane, and bringing back the hidden ones. */
    javafx.scene.control.ContextMenu laneMenu(String lane) {
        TimelineView view = getSkinnable();
        boolean pinned = view.laneSettingsProperty().get().pinned().contains(lane);
        javafx.scene.control.MenuItem up = item("Move up", () -> view.moveLane(lane, -1));
        javafx.scene.control.MenuItem down = item("Move down", () -> view.moveLane(lane, 1));
        javafx.scene.control.MenuItem pin = item(pinned ? "Unpin" : "Pin to top", () -> view.togglePinLane(lane));
        javafx.scene.control.MenuItem hide = item("Hide lane", () -> view.hideLane(lane));
        int hidden = view.laneSettingsProperty().get().hidden().size();
        javafx.scene.control.MenuItem all = item("Show hidden lanes (" + hidden + ")", view::showAllLanes);
        all.setDisable(hidden == 0);
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(up, down, pin, hide,
                new javafx.scene.control.SeparatorMenuItem(), all);
        menu.getStyleClass().add("lane-menu");
        return menu;
    }

    private static javafx.scene.control.MenuItem item(String text, Runnable action) {
        javafx.scene.control.MenuItem i = new javafx.scene.control.MenuItem(text);
        i.setOnAction(e -> action.run());
        return i;
    }

    void clickAt(double x, double y) {
        clickAt(x, y, false, false);
    }

    /**
     * Selects the event at (x, y); with {@code add} (Ctrl, ⌘ on macOS) adds it to the selection or takes it out, with
     * {@code range} (Shift) selects the run from the selected event to it. A click on a cluster zooms into it; a
     * plain click on nothing clears the selection.
     */
    void clickAt(double x, double y, boolean add, boolean range) {
        TimelineView view = getSkinnable();
        Frame frame = view.lastFrameProperty().get();
        Frame.Hit button = frame.hitAt(x, y);
        if (button != null) {
            // A legend entry switches its type or status off (or on); a count at an edge widens the view to it.
            if (button.key() instanceof Frame.Edge edge) {
                view.showBeyond(edge);
            } else {
                view.toggleLegend(button.key());
            }
            return;
        }
        String lane = frame.laneAt(x, y);
        if (lane != null) {
            // A click on a lane's name opens its menu (as does the context-menu gesture).
            var at = canvas.localToScreen(x, y);
            laneMenu(lane).show(canvas, at.getX(), at.getY());
            return;
        }
        Event hit = frame.eventAt(x, y);
        if (hit != null) {
            if (range) {
                view.extendSelectionTo(hit);
            } else if (add) {
                view.toggleSelected(hit);
            } else {
                view.setSelectedEvent(hit);
            }
            return;
        }
        Marks.Cluster c = frame.clusterAt(x, y);
        if (c != null) {
            view.showRange(c.from(), Math.max(c.to(), c.from() + TimeScale.DAY));
        } else if (!add && !range) {
            view.setSelectedEvent(null);
        }
    }

    private void hoverAt(double x, double y) {
        TimelineView view = getSkinnable();
        // Legend entries and edge counts are buttons drawn on the canvas: the pointer says so.
        canvas.setCursor(view.lastFrameProperty().get().hitAt(x, y) != null ? javafx.scene.Cursor.HAND : null);
        Event hit = view.lastFrameProperty().get().eventAt(x, y);
        view.hovered.set(hit);
        if (hit == null) {
            card.setVisible(false);
            return;
        }
        card.show(hit);
        card.autosize();
        double cx = x + 16;
        if (cx + card.getWidth() > canvas.getWidth()) {
            cx = Math.max(0, x - card.getWidth() - 12);
        }
        double cy = y + 18;
        if (cy + card.getHeight() > canvas.getHeight()) {
            cy = Math.max(0, y - card.getHeight() - 10);
        }
        card.relocate(cx, cy);
    }

    private void hideCard() {
        card.setVisible(false);
        getSkinnable().hovered.set(null);
    }

    private static boolean handleKey(TimelineView view, KeyEvent e) {
        double step = view.getScale().width() / 8;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view.zoomIn();
            case MINUS, SUBTRACT -> view.zoomOut();
            // With an event selected the arrows step through events; otherwise they pan.
            case LEFT -> {
                if (view.getSelectedEvent() == null) {
                    view.panBy(step);
                } else {
                    view.step(-1);
                }
            }
            case RIGHT -> {
                if (view.getSelectedEvent() == null) {
                    view.panBy(-step);
                } else {
                    view.step(1);
                }
            }
            case ENTER -> {
                if (view.getSelectedEvent() == null || view.onOpenProperty().get() == null) {
                    return false;
                }
                view.onOpenProperty().get().accept(view.getSelectedEvent());
            }
            case T -> view.goToToday();
            case PAGE_DOWN -> view.scrollLanes(5);
            case PAGE_UP -> view.scrollLanes(-5);
            case HOME, DIGIT0, NUMPAD0 -> view.fitAll();
            case ESCAPE -> view.setSelectedEvent(null);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** A chip in the undated tray: the type's name and the title. */
    private static final class UndatedCell extends ListCell<Event> {
        @Override
        protected void updateItem(Event e, boolean empty) {
            super.updateItem(e, empty);
            setText(empty || e == null ? null : e.title());
            getStyleClass().removeIf(s -> s.startsWith("status-"));
            if (!empty && e != null) {
                getStyleClass().add("status-" + e.status().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }
}
