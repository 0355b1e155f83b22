/**
 * The timeline control. {@link parley.timeline.TimelineView} (a Control) holds the state: events, the visible window
 * as an immutable {@link parley.timeline.TimeScale}, the selection (one selected event, plus the ids of every event
picked with Ctrl+click or Shift+click); {@link parley.timeline.TimelineSkin} draws it on
 * one Canvas, repainting once per pulse and only when something changed. The drawing is done by
 * {@link parley.timeline.TimelinePainter}, which the PNG export shares, from pure, unit-tested parts: adaptive axis
 * ticks ({@link parley.timeline.AxisTicks}), a time-sorted index queried for the visible window only
 * ({@link parley.timeline.TimelineIndex}) and a layout that stacks labelled events in rows or, zoomed out, folds them
 * into counted clusters per type ({@link parley.timeline.MarkLayout}). The second layout, lanes by participant
 * ({@link parley.timeline.LaneLayout}, arranged by {@link parley.timeline.LaneSettings}), draws each event in the
 * lane of every participant present, joined by a connector, on the same canvas and painter. Colours and font come
 * from CSS looked-up colours in {@code timeline.css}; a theme overrides them. The painter draws through
 * {@link parley.timeline.DrawingContext} ({@link parley.timeline.FxDrawing} on a canvas; the PDF and SVG exports
 * have their own). Fit all fits {@link parley.timeline.StoryRange}, the range the events crowd into; the painter
 * counts the events beyond each edge and draws the legend, both clickable through {@link parley.timeline.Frame}'s
 * hits; a legend entry toggles a type or status in the {@link parley.timeline.LegendFilter}.
 */
package parley.timeline;
