package parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import parley.core.Parley;
import parley.domain.Event;
import parley.domain.Source;
import parley.export.ExportOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What {@code export-png}, {@code export-pdf} and {@code export-svg} share: the options (file, size, range, title),
 * their checks, and the events read for the picture. Without --from/--to the picture fits the story, as the window's
 * Fit all does, and counts the far-off events at its edges.
 */
abstract class TimelineExportCommand implements Callable<Integer> {
    @ParentCommand
    ParleyCommand parent;
    @Mixin
    StoreOption store;
    @Spec
    CommandSpec spec;
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write.")
    Path out;
    @Option(names = "--width", paramLabel = "PX", defaultValue = "1920", description = "Width (default ${DEFAULT-VALUE}).")
    int width;
    @Option(names = "--height", paramLabel = "PX", defaultValue = "1080", description = "Height (default ${DEFAULT-VALUE}).")
    int height;
    @Option(names = "--from", paramLabel = "DATE",
            description = "First day shown (YYYY-MM-DD); default: where the story starts "
                    + "(far-off events counted at the edge).")
    LocalDate from;
    @Option(names = "--to", paramLabel = "DATE",
            description = "Last day shown (YYYY-MM-DD); default: where the story ends.")
    LocalDate to;
    @Option(names = "--title", paramLabel = "TEXT", description = "Heading drawn on the page.")
    String title;

    /** Writes the picture in this command's format. */
    abstract void write(List<Event> events, List<Source> sources, ExportOptions options, Path file);

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
            write(events, parley.store().sources(), new ExportOptions(width, height, from, to, title), out);
            pw.println("wrote " + out + " (" + width + "×" + height + ", " + events.size() + " events)");
            return 0;
        }
    }
}
