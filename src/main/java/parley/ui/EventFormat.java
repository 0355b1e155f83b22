package parley.ui;

import java.time.Instant;
import java.util.List;

import parley.domain.Event;
import parley.domain.Source;
import parley.export.CsvExport;
import parley.export.IcsExport;
import parley.export.JsonExport;

/** The event export formats of the File menu: the JSON contract, CSV for spreadsheets, iCalendar for calendars. */
public enum EventFormat {
    JSON("JSON", "json", "Shortcut+Shift+J"),
    CSV("CSV", "csv", "Shortcut+Shift+C"),
    ICS("iCalendar (.ics)", "ics", "Shortcut+Shift+I");

    private final String label;
    private final String extension;
    private final String accelerator;

    EventFormat(String label, String extension, String accelerator) {
        this.label = label;
        this.extension = extension;
        this.accelerator = accelerator;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    String accelerator() {
        return accelerator;
    }

    /** The file's content for these events and the sources they cite. */
    public String write(List<Source> sources, List<Event> events) {
        return switch (this) {
            case JSON -> JsonExport.write(sources, events);
            case CSV -> CsvExport.write(sources, events);
            case ICS -> IcsExport.write(sources, events, Instant.now());
        };
    }
}
