package parley.timeline;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;

/**
 * Paints a timeline frame (axis, grid, marks, clusters and optionally the legend) onto any GraphicsContext: the
 * window's canvas and the PNG exporter use this same code. Work is bounded by the view's size: only the visible
 * window is laid out, and the number of marks is capped by {@link MarkLayout#maxMarks}.
 */
public final class TimelinePainter {
    public static final double AXIS_HEIGHT = 48;
    public static final double ROW_HEIGHT = 24;
    /** Height of one line of the legend; the legend wraps onto more lines in narrow views. */
    public static final double LEGEND_LINE = 22;
    /** Colour of the check mark on analyst-confirmed events (readable on light and dark backgrounds). */
    private static final javafx.scene.paint.Color REVIEWED = javafx.scene.paint.Color.web("#2e9d4f");

    private final TimelineTheme theme;
    private final Font font;
    private final Font small;
    private final Font bold;
    private final MarkLayout layout;
    private final LaneLayout laneLayout;
    private final TextMeasure legendMeasure;

    public TimelinePainter(TimelineTheme theme) {
        this(theme, null);
    }

    /** A painter with this label measure (null: the real font). */
    public TimelinePainter(TimelineTheme theme, TextMeasure measure) {
        this(theme, measure, Event::title);
    }

    /**
     * A painter with this label measure (null: the real font) that labels each event with {@code labels} (an export
     * appends source numbers to titles without copying the events).
     */
    public TimelinePainter(TimelineTheme theme, TextMeasure measure, java.util.function.Function<Event, String> labels) {
        this.theme = theme;
        this.font = Font.font(theme.fontFamily(), theme.fontSize());
        this.small = Font.font(theme.fontFamily(), theme.fontSize() - 1);
        this.bold = Font.font(theme.fontFamily(), FontWeight.BOLD, theme.fontSize());
        this.layout = new MarkLayout(measure == null ? new FxTextMeasure(font) : measure, labels);
        this.laneLayout = new LaneLayout(measure == null ? new FxTextMeasure(font) : measure, labels);
        this.legendMeasure = measure == null ? new FxTextMeasure(small) : measure;
    }

    public TimelineTheme theme() {
        return theme;
    }

    /** Rows that fit in a view of this height. */
    public int rows(double width, double height, boolean legend) {
        double area = height - AXIS_HEIGHT - (legend ? legendHeight(width) : 0) - 8;
        return Math.max(1, (int) Math.floor(area / ROW_HEIGHT));
    }

    /**
     * Paints the frame into (0, 0, width, height) of the context, width being the scale's width.
     *
     * @param selected event to highlight, or null
     * @param hovered  event under the pointer, or null
     */
    public Frame paint(DrawingContext g, TimelineIndex index, TimeScale scale, double height, Event selected,
                       Event hovered, boolean legend) {
        return paint(g, index, scale, height, selected, hovered, legend, true);
    }

    /** As {@link #paint(DrawingContext, TimelineIndex, TimeScale, double, Event, Event, boolean)} on a canvas. */
    public Frame paint(GraphicsContext g, TimelineIndex index, TimeScale scale, double height, Event selected,
                       Event hovered, boolean legend) {
        return paint(new FxDrawing(g), index, scale, height, selected, hovered, legend, true);
    }

    /**
     * As {@link #paint(GraphicsContext, TimelineIndex, TimeScale, double, Event, Event, boolean)}; with {@code clip}
     * false, labels and spans may run past the frame and the caller covers what lies outside. A canvas clip makes
     * the software pipeline compose every later drawing call through a mask the size of the canvas: an export,
     * which draws many large tiles, covers the margins instead.
     */
    public Frame paint(DrawingContext g, TimelineIndex index, TimeScale scale, double height, Event selected,
                       Event hovered, boolean legend, boolean clip) {
        double w = scale.width();
        g.save();
        if (clip) {
            g.beginPath();
            g.rect(0, 0, w, height);
            g.closePath();
            g.clip();
        }
        g.setFill(theme.background());
        g.fillRect(0, 0, w, height);
        double bottom = height - (legend ? legendHeight(w) : 0);
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(scale);
        drawGrid(g, ticks, bottom);
        Marks marks = layout.layout(index, scale, rows(w, height, legend));
        double rowsTop = AXIS_HEIGHT + 8;
        int drawn = 0;
        g.setLineCap(StrokeLineCap.ROUND);
        for (Marks.Placed p : marks.placed()) {
            drawSpan(g, p, rowsTop, scale);
        }
        for (Marks.Placed p : marks.placed()) {
            Event e = p.item().event();
            drawPlaced(g, p, rowsTop, isSelected(e, selected), e.equals(hovered));
            drawn++;
        }
        int most = 1;
        for (Marks.Cluster c : marks.clusters()) {
            most = Math.max(most, c.count());
        }
        for (Marks.Cluster c : marks.clusters()) {
            drawCluster(g, c, rowsTop, marks.detailed() ? 0 : most);
            drawn++;
        }
        if (!marks.detailed()) {
            drawLaneLabels(g, marks, rowsTop);
        }
        drawAxis(g, ticks, w);
        List<Frame.Hit> hits = new java.util.ArrayList<>();
        drawEdges(g, index, scale, 0, hits);
        if (legend) {
            drawLegend(g, 0, bottom, w, hits);
        }
        g.restore();
        return new Frame(marks, rowsTop, ROW_HEIGHT, drawn, List.of(), hits);
    }

    /**
     * Paints the lanes-by-participant layout: a row per participant (from {@code offset} on), each event in every
     * lane of its participants, joined by a vertical connector; lane names at the left.
     */
    public Frame paintLanes(DrawingContext g, TimelineIndex index, TimeScale scale, double height, Event selected,
                            Event hovered, boolean legend, List<String> lanes, int offset) {
        double w = scale.width();
        g.save();
        g.beginPath();
        g.rect(0, 0, w, height);
        g.closePath();
        g.clip();
        g.setFill(theme.background());
        g.fillRect(0, 0, w, height);
        double bottom = height - (legend ? legendHeight(w) : 0);
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(scale);
        double rowsTop = AXIS_HEIGHT + 8;
        LaneLayout.Result r = laneLayout.layout(index, scale, lanes, offset, rows(w, height, legend));
        for (int row = 0; row < r.lanes().size(); row++) {
            if (row % 2 == 1) {
                g.setFill(theme.band().deriveColor(0, 1, 1, 0.5));
                g.fillRect(0, rowsTop + row * ROW_HEIGHT, w, ROW_HEIGHT);
            }
        }
        drawGrid(g, ticks, bottom);
        g.setLineCap(StrokeLineCap.ROUND);
        for (LaneLayout.Connector c : r.connectors()) {
            boolean on = isSelected(c.event(), selected) || c.event().equals(hovered);
            g.setStroke(on ? theme.selection() : colourOf(c.event()).deriveColor(0, 1, 1, 0.55));
            g.setLineWidth(on ? 2.5 : 1.5);
            double x = Math.round(c.x()) + 0.5;
            g.strokeLine(x, rowsTop + c.top() * ROW_HEIGHT + ROW_HEIGHT / 2,
                    x, rowsTop + c.bottom() * ROW_HEIGHT + ROW_HEIGHT / 2);
        }
        for (Marks.Placed p : r.marks().placed()) {
            drawSpan(g, p, rowsTop, scale);
        }
        int drawn = 0;
        for (Marks.Placed p : r.marks().placed()) {
            Event e = p.item().event();
            drawPlaced(g, p, rowsTop, isSelected(e, selected), e.equals(hovered));
            drawn++;
        }
        for (Marks.Cluster c : r.marks().clusters()) {
            drawCluster(g, c, rowsTop, 0);
            drawn++;
        }
        drawLaneHeaders(g, r, rowsTop, bottom);
        drawAxis(g, ticks, w);
        List<Frame.Hit> hits = new java.util.ArrayList<>();
        drawEdges(g, index, scale, LaneLayout.HEADER_PX, hits);
        if (legend) {
            drawLegend(g, 0, bottom, w, hits);
        }
        g.restore();
        return new Frame(r.marks(), rowsTop, ROW_HEIGHT, drawn, r.lanes(), hits);
    }

    /** The lane names on an opaque column at the left, with a note of the lanes that did not fit. */
    private void drawLaneHeaders(DrawingContext g, LaneLayout.Result r, double rowsTop, double bottom) {
        double hw = LaneLayout.HEADER_PX;
        g.setFill(theme.background());
        g.fillRect(0, AXIS_HEIGHT, hw, bottom - AXIS_HEIGHT);
        g.setStroke(theme.gridStrong());
        g.setLineWidth(1);
        g.strokeLine(hw + 0.5, AXIS_HEIGHT, hw + 0.5, bottom);
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int row = 0; row < r.lanes().size(); row++) {
            double y = rowsTop + row * ROW_HEIGHT;
            g.setStroke(theme.grid());
            g.strokeLine(0, Math.round(y + ROW_HEIGHT) + 0.5, hw, Math.round(y + ROW_HEIGHT) + 0.5);
            String name = r.lanes().get(row);
            g.setFill(name.equals(LaneLayout.NO_PARTICIPANT) ? theme.mutedText() : theme.text());
            g.fillText(clip(name, hw - 22), 10, y + ROW_HEIGHT / 2);
        }
        if (r.more() > 0) {
            g.setFill(theme.mutedText());
            g.setFont(small);
            g.fillText("+" + r.more() + " more lanes (scroll here)", 10,
                    Math.min(bottom - 10, rowsTop + r.lanes().size() * ROW_HEIGHT + 10));
        }
    }

    private String clip(String text, double room) {
        if (legendMeasure.width(text) <= room) {
            return text;
        }
        String t = text;
        while (t.length() > 2 && legendMeasure.width(t + "…") > room) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + "…";
    }

    private void drawGrid(DrawingContext g, List<AxisTicks.Tick> ticks, double bottom) {
        g.setLineWidth(1);
        for (AxisTicks.Tick t : ticks) {
            g.setStroke(t.context() ? theme.gridStrong() : theme.grid());
            double x = Math.round(t.x()) + 0.5;
            g.strokeLine(x, t.context() ? 0 : AXIS_HEIGHT - 16, x, bottom);
        }
    }

    private void drawAxis(DrawingContext g, List<AxisTicks.Tick> ticks, double w) {
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(theme.axisText());
        g.setFont(small);
        for (AxisTicks.Tick t : ticks) {
            if (!t.context()) {
                g.fillText(t.label(), Math.round(t.x()) + 4, AXIS_HEIGHT - 9);
            }
        }
        g.setFill(theme.axisContext());
        g.setFont(bold);
        for (int i = 0; i < ticks.size(); i++) {
            AxisTicks.Tick t = ticks.get(i);
            if (!t.context()) {
                continue;
            }
            double next = i + 1 < ticks.size() ? ticks.get(i + 1).x() : w;
            // A context label sticks to the left edge while its period is still in view.
            double x = Math.max(t.x(), 0) + 5;
            double labelWidth = legendMeasure.width(t.label()) * 1.1 + 8;
            if (x + labelWidth < next || i + 1 == ticks.size()) {
                g.fillText(t.label(), x, 14);
            }
        }
        g.setStroke(theme.gridStrong());
        g.strokeLine(0, AXIS_HEIGHT + 0.5, w, AXIS_HEIGHT + 0.5);
    }

    private void drawSpan(DrawingContext g, Marks.Placed p, double rowsTop, TimeScale scale) {
        TimelineItem it = p.item();
        if (it.kind() == TimelineItem.Extent.POINT) {
            return;
        }
        double cy = rowsTop + p.row() * ROW_HEIGHT + ROW_HEIGHT / 2;
        double x0 = Math.max(-4, scale.x(it.from()));
        double x1 = Math.min(scale.width() + 4, scale.x(it.to()));
        if (x1 - x0 < 3) {
            return;
        }
        Color c = colourOf(it.event());
        if (it.kind() == TimelineItem.Extent.UNCERTAIN) {
            // Soft edges say "somewhere in here": strongest in the middle, fading towards the ends.
            Color edge = c.deriveColor(0, 1, 1, 0.04);
            Color mid = c.deriveColor(0, 1, 1, 0.24);
            g.setFill(new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                    new Stop(0, edge), new Stop(0.5, mid), new Stop(1, edge)));
            g.fillRoundRect(x0, cy - 7, x1 - x0, 14, 14, 14);
        } else {
            boolean solid = it.event().status() == EventStatus.HELD;
            g.setFill(c.deriveColor(0, 1, 1, solid ? 0.55 : 0.12));
            g.fillRoundRect(x0, cy - 4, x1 - x0, 8, 8, 8);
            if (!solid) {
                g.setStroke(c);
                g.setLineWidth(1.2);
                dashFor(g, it.event().status());
                g.strokeRoundRect(x0, cy - 4, x1 - x0, 8, 8, 8);
                g.setLineDashes();
            }
        }
    }

    /** Events to draw with a halo (just imported); empty for exports. */
    private java.util.Set<Long> fresh = java.util.Set.of();

    public void setFresh(java.util.Set<Long> ids) {
        fresh = ids == null ? java.util.Set.of() : ids;
    }

    /** Events selected besides the selected one (Ctrl+click): drawn as selected too; empty for exports. */
    private java.util.Set<Long> alsoSelected = java.util.Set.of();

    public void setAlsoSelected(java.util.Set<Long> ids) {
        alsoSelected = ids == null ? java.util.Set.of() : ids;
    }

    private boolean isSelected(Event e, Event selected) {
        return e.equals(selected) || alsoSelected.contains(e.id());
    }

    private void drawPlaced(DrawingContext g, Marks.Placed p, double rowsTop, boolean selected, boolean hovered) {
        Event e = p.item().event();
        double cy = rowsTop + p.row() * ROW_HEIGHT + ROW_HEIGHT / 2;
        double x = p.markX();
        if (selected || hovered) {
            g.setFill(selected ? theme.selection().deriveColor(0, 1, 1, 0.22) : theme.band());
            g.fillRoundRect(p.left() - 4, cy - ROW_HEIGHT / 2 + 1, p.right() - p.left() + 8, ROW_HEIGHT - 2, 8, 8);
        }
        if (fresh.contains(e.id())) {
            g.setFill(theme.selection().deriveColor(0, 1, 1, 0.28));
            g.fillOval(x - 11, cy - 11, 22, 22);
        }
        drawGlyph(g, e.type(), e.status(), x, cy, MarkLayout.MARK_RADIUS - 0.5);
        drawReviewMark(g, e, x, cy);
        if (selected) {
            g.setStroke(theme.selection());
            g.setLineWidth(2);
            g.strokeOval(x - 9, cy - 9, 18, 18);
        }
        if (p.label() == null) {
            return;
        }
        double lx = p.labelX();
        boolean cancelled = e.status() == EventStatus.CANCELLED;
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(cancelled || e.status() == EventStatus.PROPOSED ? theme.mutedText() : theme.text());
        g.fillText(p.label(), lx, cy);
        if (cancelled) {
            g.setStroke(theme.mutedText());
            g.setLineWidth(1);
            g.strokeLine(lx, cy + 0.5, p.right(), cy + 0.5);
        }
    }

    /**
     * Analysts' events look different from machine-made ones: a small check mark above right of a confirmed
     * event's glyph, a small dot there for one edited but not yet confirmed.
     */
    void drawReviewMark(DrawingContext g, Event e, double x, double cy) {
        if (!e.analystOwned()) {
            return;
        }
        double bx = x + MarkLayout.MARK_RADIUS - 1;
        double by = cy - MarkLayout.MARK_RADIUS + 1;
        g.setStroke(REVIEWED);
        g.setFill(REVIEWED);
        if (e.confirmed()) {
            g.setLineWidth(2);
            g.strokePolyline(new double[] {bx - 3, bx - 0.5, bx + 4}, new double[] {by, by + 2.5, by - 3.5}, 3);
        } else {
            g.fillOval(bx - 2, by - 2, 4, 4);
        }
    }

    /** Draws the mark of a type in the way its status demands: filled, hollow, dashed or struck through. */
    public void drawGlyph(DrawingContext g, EventType type, EventStatus status, double x, double y, double r) {
        Color c = status == EventStatus.CANCELLED ? theme.mutedText() : theme.colour(type);
        EventGlyphs.trace(g, type, x, y, r);
        if (status == EventStatus.HELD) {
            g.setFill(c);
            g.fill();
            return;
        }
        g.setFill(theme.background());
        g.fill();
        g.setStroke(c);
        g.setLineWidth(1.6);
        dashFor(g, status);
        g.stroke();
        g.setLineDashes();
        if (status == EventStatus.CANCELLED) {
            g.setLineWidth(1.6);
            g.strokeLine(x - r - 2, y + r + 1, x + r + 2, y - r - 1);
        }
    }

    private static void dashFor(DrawingContext g, EventStatus status) {
        if (status == EventStatus.PROPOSED) {
            g.setLineDashes(2.5, 2.5);
        } else {
            g.setLineDashes();
        }
    }

    /**
     * A cluster: in the overview a pill in its type's colour whose strength grows with the count (a heat strip per
     * type); among labelled rows a neutral "+n" pill for the events that found no row.
     */
    private void drawCluster(DrawingContext g, Marks.Cluster c, double rowsTop, int most) {
        double cy = rowsTop + c.row() * ROW_HEIGHT + ROW_HEIGHT / 2;
        String text = c.count() >= 10_000 ? (c.count() / 1000) + "k" : String.valueOf(c.count());
        if (most == 0) {
            text = "+" + text;
        }
        double w = Math.max(22, text.length() * 7 + 10);
        w = Math.min(w, MarkLayout.BIN_PX - 3);
        Color fill;
        Color ink;
        if (most == 0) {
            fill = theme.cluster();
            ink = theme.clusterText();
        } else {
            double strength = 0.22 + 0.78 * Math.log1p(c.count()) / Math.log1p(most);
            fill = theme.colour(c.dominant()).deriveColor(0, 1, 1, strength);
            ink = strength > 0.55 ? Color.WHITE : theme.text();
        }
        g.setFill(fill);
        g.fillRoundRect(c.x() - w / 2, cy - 9, w, 18, 18, 18);
        g.setFill(ink);
        g.setFont(text.length() > 3 ? Font.font(theme.fontFamily(), theme.fontSize() - 3) : small);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, c.x(), cy - 0.5);
    }

    /** The width of an overview lane's name on its backing, from the left edge. */
    static double laneLabelWidth(String name) {
        return name.length() * 6.6 + 22;
    }

    /** The widest overview lane name: a fit of many events starts its data to the right of it. */
    static double widestLaneLabel() {
        double widest = 0;
        for (EventType t : EventType.values()) {
            widest = Math.max(widest, 2 + laneLabelWidth(EventGlyphs.label(t)));
        }
        return widest;
    }

    /** Names the type lanes of the overview at the left edge, over a soft backing so marks stay readable. */
    private void drawLaneLabels(DrawingContext g, Marks marks, double rowsTop) {
        java.util.Map<Integer, EventType> lanes = new java.util.TreeMap<>();
        marks.clusters().forEach(c -> lanes.putIfAbsent(c.row(), c.dominant()));
        marks.placed().forEach(p -> lanes.putIfAbsent(p.row(), p.item().event().type()));
        if (lanes.size() < 2) {
            return;
        }
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (var lane : lanes.entrySet()) {
            double cy = rowsTop + lane.getKey() * ROW_HEIGHT + ROW_HEIGHT / 2;
            String name = EventGlyphs.label(lane.getValue());
            g.setFill(theme.background().deriveColor(0, 1, 1, 0.93));
            g.fillRoundRect(2, cy - 8, laneLabelWidth(name), 16, 6, 6);
            drawGlyph(g, lane.getValue(), EventStatus.HELD, 11, cy, 4);
            g.setFill(theme.axisText());
            g.fillText(name, 19, cy);
        }
    }

    /** One entry of the legend: a type's mark, a status's mark, or the soft span of an uncertain date. */
    private record LegendEntry(EventType type, EventStatus status, String label, boolean span) {
        double width(TextMeasure m) {
            return (span ? 34 : 14) + m.width(label) + 18;
        }
    }

    private static List<LegendEntry> legendEntries() {
        List<LegendEntry> out = new java.util.ArrayList<>();
        for (EventType t : EventType.values()) {
            out.add(new LegendEntry(t, EventStatus.HELD, EventGlyphs.label(t), false));
        }
        for (EventStatus s : new EventStatus[] {EventStatus.PLANNED, EventStatus.PROPOSED, EventStatus.CANCELLED}) {
            String label = s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            out.add(new LegendEntry(EventType.CALL, s, label, false));
        }
        out.add(new LegendEntry(EventType.MEETING, EventStatus.HELD, "Month or year only", true));
        return out;
    }

    /** Height the legend needs at this width (it wraps). */
    public double legendHeight(double width) {
        return legendLines(width) * LEGEND_LINE + 12;
    }

    private int legendLines(double width) {
        int lines = 1;
        double x = 14;
        for (LegendEntry e : legendEntries()) {
            double ew = e.width(legendMeasure);
            if (x + ew > width - 8 && x > 14) {
                lines++;
                x = 14;
            }
            x += ew;
        }
        return lines;
    }

    /** Types and statuses the analyst switched off in the legend: drawn faded and struck through there. */
    private LegendFilter legendFilter = LegendFilter.NONE;

    public void setLegendFilter(LegendFilter filter) {
        legendFilter = filter == null ? LegendFilter.NONE : filter;
    }

    /**
     * How many dated events lie wholly before and wholly after the view: [earlier, later]. Two binary searches, then
     * only the events whose interval may reach into the view from outside are looked at.
     */
    public static int[] beyond(TimelineIndex index, TimeScale scale) {
        double start = scale.start();
        double end = scale.end();
        int before = index.firstAtOrAfter(start);
        int earlier = before;
        for (int i = index.firstVisible(start); i < before; i++) {
            if (index.get(i).to() > start) {
                earlier--;
            }
        }
        int after = index.firstAtOrAfter(end);
        int later = index.size() - after;
        for (int i = after; i < index.endVisible(end) && i < index.size(); i++) {
            if (index.get(i).from() < end) {
                later--;
            }
        }
        return new int[] {earlier, later};
    }

    /**
     * At each edge with events beyond it, a pill saying how many ("« 3 earlier", "12 later »"), just under the axis;
     * the window makes it a button that widens the view to them.
     */
    private void drawEdges(DrawingContext g, TimelineIndex index, TimeScale scale, double left, List<Frame.Hit> hits) {
        int[] counts = beyond(index, scale);
        double y = AXIS_HEIGHT + 5;
        double h = 18;
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (Frame.Edge edge : Frame.Edge.values()) {
            int n = counts[edge.ordinal()];
            if (n == 0) {
                continue;
            }
            String text = edge == Frame.Edge.EARLIER ? "« " + n + " earlier" : n + " later »";
            double tw = legendMeasure.width(text) + 16;
            double x = edge == Frame.Edge.EARLIER ? left + 6 : scale.width() - 6 - tw;
            g.setFill(theme.cluster());
            g.fillRoundRect(x, y, tw, h, h, h);
            g.setFill(theme.clusterText());
            g.fillText(text, x + 8, y + h / 2);
            hits.add(new Frame.Hit(edge, x, y, tw, h, n));
        }
    }

    /** Draws the legend of types and statuses in a strip of this width whose top is at y, wrapping as needed. */
    public void drawLegend(DrawingContext g, double x0, double y, double w) {
        drawLegend(g, x0, y, w, new java.util.ArrayList<>());
    }

    /** As {@link #drawLegend(DrawingContext, double, double, double)}, adding each type's and status's box to hits. */
    private void drawLegend(DrawingContext g, double x0, double y, double w, List<Frame.Hit> hits) {
        g.setStroke(theme.gridStrong());
        g.setLineWidth(1);
        g.strokeLine(x0, y + 0.5, x0 + w, y + 0.5);
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double cy = y + 6 + LEGEND_LINE / 2;
        double x = x0 + 14;
        for (LegendEntry e : legendEntries()) {
            double ew = e.width(legendMeasure);
            if (x + ew > x0 + w - 8 && x > x0 + 14) {
                x = x0 + 14;
                cy += LEGEND_LINE;
            }
            if (e.span()) {
                Color c = theme.colour(e.type());
                g.setFill(new LinearGradient(x - 6, 0, x + 22, 0, false, CycleMethod.NO_CYCLE,
                        new Stop(0, c.deriveColor(0, 1, 1, 0.04)), new Stop(0.5, c.deriveColor(0, 1, 1, 0.3)),
                        new Stop(1, c.deriveColor(0, 1, 1, 0.04))));
                g.fillRoundRect(x - 6, cy - 6, 28, 12, 12, 12);
                g.setFill(theme.mutedText());
                g.fillText(e.label(), x + 28, cy);
            } else {
                Object key = e.status() == EventStatus.HELD ? e.type() : e.status();
                boolean off = key instanceof EventType t ? legendFilter.hides(t) : legendFilter.hides(e.status());
                if (off) {
                    drawGlyph(g, e.type(), EventStatus.CANCELLED, x, cy, 5);
                } else {
                    drawGlyph(g, e.type(), e.status(), x, cy, 5);
                }
                g.setFill(e.status() == EventStatus.HELD && !off ? theme.text() : theme.mutedText());
                g.fillText(e.label(), x + 10, cy);
                if (off) {
                    g.setStroke(theme.mutedText());
                    g.setLineWidth(1);
                    g.strokeLine(x + 10, cy + 0.5, x + 10 + legendMeasure.width(e.label()), cy + 0.5);
                }
                hits.add(new Frame.Hit(key, x - 7, cy - LEGEND_LINE / 2, ew - 4, LEGEND_LINE, 0));
            }
            x += ew;
        }
    }

    private Color colourOf(Event e) {
        return e.status() == EventStatus.CANCELLED ? theme.mutedText() : theme.colour(e.type());
    }
}
