/**
 * Getting the timeline out of Parley: the JSON contract of {@code events --json}, events as CSV
 * ({@link parley.export.CsvExport}) and iCalendar ({@link parley.export.IcsExport}), and the PNG, PDF and SVG
 * renderers that the window's File → Export … and the command line's {@code export-png}, {@code export-pdf} and
 * {@code export-svg} share. {@link parley.export.VectorExporter} draws the same page through a PDF or SVG
 * {@link parley.timeline.DrawingContext}, with real text. {@link parley.export.PngExporter}
 * draws with the timeline's own painter and stylesheet, in bands of tiles on one reused canvas, and streams each band
 * into the file ({@code PngStreamWriter}), so a 20,000-pixel image is never whole in memory; {@link parley.export.FxRuntime}
 * starts JavaFX headless (Monocle) when there is no display, or uses the running toolkit inside the app.
 */
package parley.export;
