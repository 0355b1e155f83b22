package parley.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import parley.domain.Event;
import parley.domain.Role;
import parley.domain.Source;

/**
 * Events as CSV (RFC 4180, a header row, UTF-8 with CRLF line ends as spreadsheets expect): one row per event with its
 * date, participants, absentees, place, sources and the first supporting sentence. Lists within a cell are joined
 * with "; ".
 */
public final class CsvExport {
    public static final List<String> HEADER = List.of("id", "type", "status", "title", "date", "date_end", "time",
            "precision", "location", "participants", "absent", "sources", "evidence", "date_derivation",
            "disagreements");

    private CsvExport() {
    }

    public static String write(List<Source> sources, List<Event> events) {
        Map<Long, String> names = sources.stream().collect(Collectors.toMap(Source::id,
                s -> s.title() == null || s.title().isBlank() ? s.file() : s.title(), (a, b) -> a));
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Event e : events) {
                csv.printRecord(e.id(), e.type().name(), e.status().name(), e.title(), e.date().iso(),
                        e.date().isoEnd(), e.date().isoTime(), e.date().precision().name(), e.location(),
                        people(e, false), people(e, true),
                        e.mentions().stream().map(m -> names.getOrDefault(m.sourceId(), "source " + m.sourceId()))
                                .distinct().collect(Collectors.joining("; ")),
                        e.mentions().isEmpty() ? null : e.mentions().get(0).text().strip(),
                        e.derivation() == null ? null : e.derivation().explain(),
                        String.join("; ", e.disagreements()));
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static String people(Event e, boolean absent) {
        return e.participants().stream().filter(p -> (p.role() == Role.ABSENT) == absent)
                .map(p -> absent || p.role() == Role.ATTENDEE ? p.name()
                        : p.name() + " (" + p.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")")
                .collect(Collectors.joining("; "));
    }
}
