package parley.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.css.Styleable;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;

import parley.domain.Event;
import parley.domain.EventType;

/**
 * A zoomable, pannable timeline of events. All events are drawn by {@link TimelineSkin} on one canvas; this class holds
 * the state (events, visible window, selection) and the colours, which come from CSS looked-up colours
 * ({@code timeline.css}), so a stylesheet can restyle what the canvas draws.
 */
public class TimelineView extends Control {
    public static final String STYLE_CLASS = "timeline-view";
    /** Margin around the events when fitting them, as a fraction of their span. */
    public static final double FIT_MARGIN = 0.04;
    /** Zoom step of the keyboard and of the zoom buttons. */
    public static final double ZOOM_STEP = 1.5;

    private static final StyleablePropertyFactory<TimelineView> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final ObjectProperty<List<Event>> events = new SimpleObjectProperty<>(this, "events", List.of());
    private final ReadOnlyObjectWrapper<TimelineIndex> index = new ReadOnlyObjectWrapper<>(this, "index",
            TimelineIndex.EMPTY);
    private final ObjectProperty<TimeScale> scale = new SimpleObjectProperty<>(this, "scale",
            TimeScale.fit(0, 365 * TimeScale.DAY, 800, FIT_MARGIN));
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    /** Ids of every selected event in the order they were picked; the selected event is the last picked. */
    private final javafx.collections.ObservableList<Long> selectedIds =
            javafx.collections.FXCollections.observableArrayList();
    /** True while the selection model itself sets {@link #selectedEvent}: the id list is then already right. */
    private boolean selecting;
    /** One read-only view of the ids, kept: a view made per call would drop its listeners when collected. */
    private final javafx.collections.ObservableList<Long> selectedIdsView =
            javafx.collections.FXCollections.unmodifiableObservableList(selectedIds);
    private final ObjectProperty<java.util.Set<Long>> freshEvents =
            new SimpleObjectProperty<>(this, "freshEvents", java.util.Set.of());
    final ReadOnlyObjectWrapper<Event> hovered = new ReadOnlyObjectWrapper<>(this, "hoveredEvent");
    final ReadOnlyObjectWrapper<Frame> lastFrame = new ReadOnlyObjectWrapper<>(this, "lastFrame", Frame.EMPTY);
    private final javafx.beans.property.BooleanProperty participantLanes =
            new javafx.beans.property.SimpleBooleanProperty(this, "participantLanes");
    private final ObjectProperty<LaneSettings> laneSettings = new SimpleObjectProperty<>(this, "laneSettings",
            LaneSettings.DEFAULT);
    private final javafx.beans.property.IntegerProperty laneOffset =
            new javafx.beans.property.SimpleIntegerProperty(this, "laneOffset");
    private final ObjectProperty<LegendFilter> legendFilter = new SimpleObjectProperty<>(this, "legendFilter",
            LegendFilter.NONE);
    /** True until the user zooms or pans: new events then re-fit the view. */
    boolean autoFit = true;

    private final StyleableProperty<Color> background = CSS.createStyleableColorProperty(this, "background",
            "-timeline-background", s -> s.background, TimelineTheme.light().background());
    private final StyleableProperty<Color> grid = CSS.createStyleableColorProperty(this, "grid",
            "-timeline-grid", s -> s.grid, TimelineTheme.light().grid());
    private final StyleableProperty<Color> gridStrong = CSS.createStyleableColorProperty(this, "gridStrong",
            "-timeline-grid-strong", s -> s.gridStrong, TimelineTheme.light().gridStrong());
    private final StyleableProperty<Color> axisText = CSS.createStyleableColorProperty(this, "axisText",
            "-timeline-axis-text", s -> s.axisText, TimelineTheme.light().axisText());
    private final StyleableProperty<Color> axisContext = CSS.createStyleableColorProperty(this, "axisContext",
            "-timeline-axis-context", s -> s.axisContext, TimelineTheme.light().axisContext());
    private final StyleableProperty<Color> text = CSS.createStyleableColorProperty(this, "text",
            "-timeline-text", s -> s.text, TimelineTheme.light().text());
    private final StyleableProperty<Color> mutedText = CSS.createStyleableColorProperty(this, "mutedText",
            "-timeline-muted-text", s -> s.mutedText, TimelineTheme.light().mutedText());
    private final StyleableProperty<Color> cluster = CSS.createStyleableColorProperty(this, "cluster",
            "-timeline-cluster", s -> s.cluster, TimelineTheme.light().cluster());
    private final StyleableProperty<Color> clusterText = CSS.createStyleableColorProperty(this, "clusterText",
            "-timeline-cluster-text", s -> s.clusterText, TimelineTheme.light().clusterText());
    private final StyleableProperty<Color> selection = CSS.createStyleableColorProperty(this, "selection",
            "-timeline-selection", s -> s.selection, TimelineTheme.light().selection());
    private final StyleableProperty<Color> band = CSS.createStyleableColorProperty(this, "band",
            "-timeline-band", s -> s.band, TimelineTheme.light().band());
    private final StyleableProperty<String> fontFamily = CSS.createStyleableStringProperty(this, "fontFamily",
            "-timeline-font-family", s -> s.fontFamily, TimelineTheme.light().fontFamily());
    private final StyleableProperty<Number> fontSize = CSS.createStyleableNumberProperty(this, "fontSize",
            "-timeline-font-size", s -> s.fontSize, TimelineTheme.light().fontSize());
    private final Map<EventType, StyleableProperty<Color>> typeColours = new EnumMap<>(EventType.class);

    public TimelineView() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        for (EventType t : EventType.values()) {
            String name = t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            typeColours.put(t, CSS.createStyleableColorProperty(this, "colour" + t.name(), "-timeline-" + name,
                    s -> s.typeColours.get(t), TimelineTheme.light().colour(t)));
        }
        participantLanes.addListener((o, a, b) -> {
            if (autoFit) {
                fitAll();
            }
        });
        // Whoever sets the selected event directly (a panel, the search, a click) selects that one event alone.
        selectedEvent.addListener((o, was, now) -> {
            if (!selecting) {
                if (now == null) {
                    selectedIds.clear();
                } else {
                    selectedIds.setAll(List.of(now.id()));
                }
            }
        });
        events.addListener((obs, old, now) -> {
            if (!settingIndex) {
                useIndex(new TimelineIndex(now == null ? List.of() : now));
            }
        });
    }

    private boolean settingIndex;

    /** Shows the events of an index built elsewhere (off the FX thread for large sets); events follow. */
    public final void setIndex(TimelineIndex value) {
        settingIndex = true;
        try {
            events.set(value.events());
        } finally {
            settingIndex = false;
        }
        useIndex(value);
    }

    private void useIndex(TimelineIndex value) {
        index.set(value);
        Event sel = getSelectedEvent();
        if (sel != null && !value.events().contains(sel) || selectedIds.size() > 1) {
            keepSelectionIn(value.events());
        }
        if (autoFit) {
            fitAll();
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return TimelineView.class.getResource("/parley/timeline/timeline.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The colours and font currently styled on this control. */
    public TimelineTheme theme() {
        Map<EventType, Color> colours = new EnumMap<>(EventType.class);
        typeColours.forEach((t, p) -> colours.put(t, p.getValue()));
        return new TimelineTheme(background.getValue(), grid.getValue(), gridStrong.getValue(), axisText.getValue(),
                axisContext.getValue(), text.getValue(), mutedText.getValue(), cluster.getValue(),
                clusterText.getValue(), selection.getValue(), band.getValue(), colours, fontFamily.getValue(),
                fontSize.getValue().doubleValue());
    }

    /** Properties whose change must repaint the canvas (styling included). */
    List<javafx.beans.Observable> paintInputs() {
        List<javafx.beans.Observable> out = new ArrayList<>(List.of(index, scale, selectedEvent, selectedIds, hovered,
                participantLanes, laneSettings, laneOffset, legendFilter,
                (javafx.beans.Observable) background, (javafx.beans.Observable) grid,
                (javafx.beans.Observable) gridStrong, (javafx.beans.Observable) axisText,
                (javafx.beans.Observable) axisContext, (javafx.beans.Observable) text,
                (javafx.beans.Observable) mutedText, (javafx.beans.Observable) cluster,
                (javafx.beans.Observable) clusterText, (javafx.beans.Observable) selection,
                (javafx.beans.Observable) band, (javafx.beans.Observable) fontFamily,
                (javafx.beans.Observable) fontSize));
        typeColours.values().forEach(p -> out.add((javafx.beans.Observable) p));
        return out;
    }

    public final ObjectProperty<List<Event>> eventsProperty() {
        return events;
    }

    public final List<Event> getEvents() {
        return events.get();
    }

    public final void setEvents(List<Event> value) {
        events.set(value == null ? List.of() : List.copyOf(value));
    }

    public final ReadOnlyObjectProperty<TimelineIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public final ObjectProperty<TimeScale> scaleProperty() {
        return scale;
    }

    public final TimeScale getScale() {
        return scale.get();
    }

    public final void setScale(TimeScale value) {
        scale.set(value);
    }

    /** Ids of events the last import brought in: drawn with a halo so they are easy to find. */
    public final ObjectProperty<java.util.Set<Long>> freshEventsProperty() {
        return freshEvents;
    }

    public final ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /**
     * Ids of the selected events in the order they were picked (Ctrl+click adds or removes one, Shift+click a run in
     * time order); the {@link #selectedEventProperty() selected event} is the last one picked. Read only: change it
     * through the selection methods.
     */
    public final javafx.collections.ObservableList<Long> selectedIds() {
        return selectedIdsView;
    }

    /** Adds the event to the selection (it becomes the selected event), or removes it when it is selected. */
    public void toggleSelected(Event e) {
        if (e == null) {
            return;
        }
        if (selectedIds.contains(e.id())) {
            List<Long> rest = new ArrayList<>(selectedIds);
            rest.remove(e.id());
            Event last = rest.isEmpty() ? null : byId(rest.get(rest.size() - 1));
            select(rest, last);
        } else {
            List<Long> more = new ArrayList<>(selectedIds);
            more.add(e.id());
            select(more, e);
        }
    }

    /** Selects every event from the selected one to this one, in time order (this one becomes the selected event). */
    public void extendSelectionTo(Event e) {
        Event from = getSelectedEvent();
        TimelineIndex idx = index.get();
        int a = from == null ? -1 : idx.positionOf(from);
        int b = idx.positionOf(e);
        if (a < 0 || b < 0) {
            toggleSelected(e);
            return;
        }
        List<Long> ids = new ArrayList<>(selectedIds);
        for (int i = Math.min(a, b); i <= Math.max(a, b); i++) {
            long id = idx.get(i).event().id();
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        ids.remove(e.id());
        ids.add(e.id());
        select(ids, e);
    }

    /** Selects the events drawn in the current view (not those inside clusters); returns how many. */
    public int selectAllInView() {
        List<Event> drawn = new ArrayList<>();
        for (Marks.Placed p : lastFrame.get().marks().placed()) {
            if (!drawn.contains(p.item().event())) {
                drawn.add(p.item().event());
            }
        }
        select(drawn.stream().map(Event::id).toList(), drawn.isEmpty() ? null : drawn.get(drawn.size() - 1));
        return drawn.size();
    }

    /** Selects exactly these events, the last one becoming the selected event. */
    public void selectAll(List<Event> picked) {
        select(picked.stream().map(Event::id).distinct().toList(), picked.isEmpty() ? null
                : picked.get(picked.size() - 1));
    }

    private void select(List<Long> ids, Event primary) {
        selecting = true;
        try {
            selectedIds.setAll(ids);
            selectedEvent.set(primary);
        } finally {
            selecting = false;
        }
    }

    /** After new events arrive: selected ids still shown stay selected, each with its event as it is now. */
    private void keepSelectionIn(List<Event> now) {
        java.util.Map<Long, Event> byId = new java.util.HashMap<>();
        for (Event e : now) {
            byId.put(e.id(), e);
        }
        List<Long> kept = selectedIds.stream().filter(byId::containsKey).toList();
        Event sel = getSelectedEvent();
        Event primary = sel != null && byId.containsKey(sel.id()) ? byId.get(sel.id())
                : kept.isEmpty() ? null : byId.get(kept.get(kept.size() - 1));
        select(kept, primary);
    }

    private Event byId(long id) {
        return index.get().events().stream().filter(e -> e.id() == id).findFirst().orElse(null);
    }

    public final Event getSelectedEvent() {
        return selectedEvent.get();
    }

    /** Selects this event alone (null: nothing). */
    public final void setSelectedEvent(Event value) {
        select(value == null ? List.of() : List.of(value.id()), value);
    }

    public final ReadOnlyObjectProperty<Event> hoveredEventProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** The last painted frame: its marks, for hit tests, and how many it drew. */
    public final ReadOnlyObjectProperty<Frame> lastFrameProperty() {
        return lastFrame.getReadOnlyProperty();
    }

    /** Zooms by the factor (&gt;1 zooms in) keeping the time under pixel x where it is. */
    public void zoomAt(double x, double factor) {
        autoFit = false;
        setScale(getScale().zoomAt(x, factor));
    }

    public void zoomIn() {
        zoomAt(getScale().width() / 2, ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAt(getScale().width() / 2, 1 / ZOOM_STEP);
    }

    /** Moves the content by dx pixels (positive: towards the right, showing earlier times). */
    public void panBy(double dx) {
        autoFit = false;
        setScale(getScale().panBy(dx));
    }

    /** Shows every dated event with a small margin; the view re-fits as events arrive until the user navigates. */
    public void fitAll() {
        double width = getScale().width();
        double[] extent = index.get().extent();
        if (extent == null) {
            double today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay() * TimeScale.DAY;
            setScale(TimeScale.fit(today - 180 * TimeScale.DAY, today + 30 * TimeScale.DAY, width, FIT_MARGIN));
        } else {
            double header = participantLanes.get() ? LaneLayout.HEADER_PX : 0;
            TimeScale fit = Fit.all(index.get(), Math.max(100, width - header), FIT_MARGIN,
                    TextMeasure.approximate(fontSize.getValue().doubleValue()));
            // In lanes the names cover the left edge: the events fit in the room beside them.
            setScale(new TimeScale(fit.start() - header * fit.secondsPerPx(), fit.secondsPerPx(), width));
        }
        autoFit = true;
    }

    /**
     * The types and statuses switched off by clicking their legend entries. The view only draws the legend so; the
     * owner of the events (the window's view model) leaves the hidden ones out of the index it hands over.
     */
    public final ObjectProperty<LegendFilter> legendFilterProperty() {
        return legendFilter;
    }

    /** Switches a legend entry (an event type or status) off, or on again. */
    public void toggleLegend(Object key) {
        LegendFilter now = legendFilter.get() == null ? LegendFilter.NONE : legendFilter.get();
        legendFilter.set(now.toggle(key));
    }

    /**
     * Widens the view to take in every event beyond this edge, keeping the other edge where it is (the markers that
     * count them at each edge call this).
     */
    public void showBeyond(Frame.Edge edge) {
        double[] all = index.get().extent();
        if (all == null) {
            return;
        }
        TimeScale s = getScale();
        double header = participantLanes.get() ? LaneLayout.HEADER_PX : 0;
        double from = s.time(header);
        double to = s.end();
        if (edge == Frame.Edge.EARLIER) {
            from = Math.min(from, all[0]);
        } else {
            to = Math.max(to, all[1]);
        }
        double room = Math.max(100, s.width() - header);
        TimeScale fit = TimeScale.fit(from, to, room, FIT_MARGIN);
        autoFit = false;
        setScale(new TimeScale(fit.start() - header * fit.secondsPerPx(), fit.secondsPerPx(), s.width()));
    }

    /** True: one lane per participant; false: all events stacked in rows. */
    public final javafx.beans.property.BooleanProperty participantLanesProperty() {
        return participantLanes;
    }

    /** The analyst's order, pins and hidden lanes. */
    public final ObjectProperty<LaneSettings> laneSettingsProperty() {
        return laneSettings;
    }

    /** Index of the first lane on screen (lanes scroll vertically when they do not all fit). */
    public final javafx.beans.property.IntegerProperty laneOffsetProperty() {
        return laneOffset;
    }

    /** The lanes shown, in order: pinned first, hidden ones left out. */
    public List<String> shownLanes() {
        return laneSettings.get().arrange(index.get().lanes());
    }

    public void moveLane(String name, int delta) {
        laneSettings.set(laneSettings.get().move(name, delta, index.get().lanes()));
    }

    public void togglePinLane(String name) {
        laneSettings.set(laneSettings.get().togglePin(name));
    }

    public void hideLane(String name) {
        laneSettings.set(laneSettings.get().hide(name));
    }

    public void showAllLanes() {
        laneSettings.set(laneSettings.get().showAll());
    }

    /** Scrolls the lanes by this many rows, within bounds. */
    public void scrollLanes(int rows) {
        laneOffset.set(Math.max(0, Math.min(shownLanes().size() - 1, laneOffset.get() + rows)));
    }

    /** True while the view fits all events and follows new ones (the user has not zoomed or panned). */
    public boolean isFollowingData() {
        return autoFit;
    }

    /** Shows exactly this range (left edge and zoom), as restored from a previous session; keeps it on resize. */
    public void showExactly(double start, double secondsPerPx) {
        autoFit = false;
        setScale(new TimeScale(start, secondsPerPx, getScale().width()));
    }

    /** Widest view {@link #reveal} and {@link #goToDate} keep: wider views show clusters, not labelled events. */
    public static final double REVEAL_SPAN = 90 * TimeScale.DAY;

    /** Centres the view on this time, zooming in first if the view is wider than {@link #REVEAL_SPAN}. */
    public void centreOn(double time) {
        autoFit = false;
        TimeScale s = getScale();
        double spp = Math.min(s.secondsPerPx(), REVEAL_SPAN / Math.max(1, s.width()));
        double centre = participantLanes.get() ? (LaneLayout.HEADER_PX + s.width()) / 2 : s.width() / 2;
        setScale(new TimeScale(time - centre * spp, spp, s.width()));
    }

    /** Centres the view on midday of this day. */
    public void goToDate(java.time.LocalDate day) {
        centreOn(day.toEpochDay() * TimeScale.DAY + TimeScale.DAY / 2);
    }

    /** Centres the view on today (UTC, like the axis). */
    public void goToToday() {
        goToDate(java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** Selects the event and, when it is dated and out of view (or hidden in a cluster), brings it to the centre. */
    public void reveal(Event e) {
        setSelectedEvent(e);
        TimelineItem it = e == null ? null : TimelineItem.of(e);
        if (it == null) {
            return;
        }
        TimeScale s = getScale();
        double x = s.x(it.anchor());
        boolean inView = x >= 40 && x <= s.width() - 40;
        boolean drawn = lastFrame.get().marks().placed().stream().anyMatch(p -> p.item().event().equals(e));
        if (!inView || !drawn) {
            centreOn(it.anchor());
        }
    }

    /**
     * Selects the dated event after (+1) or before (-1) the selected one in time order and brings it into view; with
     * nothing selected, the first event in view (or the first at all). Returns false when there is none.
     */
    public boolean step(int direction) {
        TimelineIndex idx = index.get();
        if (idx.size() == 0) {
            return false;
        }
        Event sel = getSelectedEvent();
        int at = sel == null ? -1 : idx.positionOf(sel);
        int next;
        if (at < 0) {
            next = Math.min(idx.size() - 1, idx.firstAtOrAfter(getScale().start()));
        } else {
            next = at + (direction >= 0 ? 1 : -1);
        }
        if (next < 0 || next >= idx.size()) {
            return false;
        }
        reveal(idx.get(next).event());
        return true;
    }

    private final ObjectProperty<java.util.function.Consumer<Event>> onOpen = new SimpleObjectProperty<>(this,
            "onOpen");

    /** What Enter does with the selected event (the window shows and focuses its details). */
    public final ObjectProperty<java.util.function.Consumer<Event>> onOpenProperty() {
        return onOpen;
    }

    /** Zooms to show the time range [from, to] with a margin. */
    public void showRange(double from, double to) {
        autoFit = false;
        setScale(TimeScale.fit(from, to, getScale().width(), 0.15));
    }
}
