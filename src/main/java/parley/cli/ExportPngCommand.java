package parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import parley.core.Parley;
import parley.domain.Event;
import parley.export.ExportOptions;
import parley.export.PngExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code parley export-png --out FILE}: the timeline the window shows, as an image; needs no display. */
@Command(name = "export-png", mixinStandardHelpOptions = true,
        description = "Render the timeline to a PNG image (works with no display).")
final class ExportPngCommand implements Callable<Integer> {
    @ParentCommand
    ParleyCommand parent;
    @Mixin
    StoreOption store;
    @Spec
    CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "PNG file to write.")
    Path out;
    @Option(names = "--width", paramLabel = "PX", defaultValue = "1920", description = "Width (default ${DEFAULT-VALUE}).")
    int width;
    @Option(names = "--height", paramLabel = "PX", defaultValue = "1080", description = "Height (default ${DEFAULT-VALUE}).")
    int height;
    @Option(names = "--from", paramLabel = "DATE", description = "First day shown (YYYY-MM-DD); default: first event.")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE", description = "Last day shown (YYYY-MM-DD); default: last event.")
    LocalDate to;
    @Option(names = "--title", paramLabel = "TEXT", description = "Heading drawn on the image.")
    String title;

    @Override
    public Integer call() {
        if (width < 200 || height < 120 || width > 40_000 || height > 20_000) {
            throw new ParameterException(spec.commandLine(), "--width must be 200..40000 and --height 120..20000");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to is before --from");
        }
        PrintWriter pw = spec.commandLine().getOut();
        try (Parley parley = ParleyCommand.open(store, parent)) {
            List<Event> events = from != null || to != null
                    ? parley.store().eventsBetween(from == null ? LocalDate.of(1, 1, 1) : from,
                            to == null ? LocalDate.of(9999, 12, 31) : to)
                    : parley.store().timelineEvents(); // a picture needs no sentences: the light rows suffice
            PngExporter.export(events, parley.store().sources(), new ExportOptions(width, height, from, to, title), out);
            pw.println("wrote " + out + " (" + width + "×" + height + ", " + events.size() + " events)");
            return 0;
        }
    }
}
