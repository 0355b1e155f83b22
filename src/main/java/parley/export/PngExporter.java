package parley.export;

import java.nio.file.Path;
import java.util.List;

import parley.domain.Event;
import parley.domain.Source;

/** Renders the timeline to a PNG, with or without a display. (Stub: the desk work fills it in.) */
public final class PngExporter {
    private PngExporter() {
    }

    public static void export(List<Event> events, List<Source> sources, ExportOptions options, Path out) {
        throw new UnsupportedOperationException("export not implemented yet");
    }
}
