package parley.cli;

import java.nio.file.Path;
import java.util.List;

import parley.domain.Event;
import parley.domain.Source;
import parley.export.ExportOptions;
import parley.export.PngExporter;
import picocli.CommandLine.Command;

/** {@code parley export-png --out FILE}: the timeline the window shows, as an image; needs no display. */
@Command(name = "export-png", mixinStandardHelpOptions = true,
        description = "Render the timeline to a PNG image (works with no display).")
final class ExportPngCommand extends TimelineExportCommand {
    @Override
    void write(List<Event> events, List<Source> sources, ExportOptions options, Path file) {
        PngExporter.export(events, sources, options, file);
    }
}
