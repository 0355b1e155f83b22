package parley.cli;

import java.nio.file.Path;
import java.util.List;

import parley.domain.Event;
import parley.domain.Source;
import parley.export.ExportOptions;
import parley.export.VectorExporter;
import picocli.CommandLine.Command;

/**
 * {@code parley export-pdf --out FILE}: the PNG export's page as a vector PDF with real, searchable text; needs no
 * display.
 */
@Command(name = "export-pdf", mixinStandardHelpOptions = true,
        description = "Render the timeline to a PDF page with real text (works with no display).")
final class ExportPdfCommand extends TimelineExportCommand {
    @Override
    void write(List<Event> events, List<Source> sources, ExportOptions options, Path file) {
        VectorExporter.export(events, sources, options, file, VectorExporter.Format.PDF);
    }
}
