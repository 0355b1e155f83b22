package parley.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.Participant;

/** What an edit changed, in words for the edit log: "date 2025-08-13 → 2025-08-14; location none → Kyiv". */
final class Diff {
    private Diff() {
    }

    static String of(Event before, Event after) {
        List<String> parts = new ArrayList<>();
        field(parts, "type", before.type().name(), after.type().name());
        field(parts, "status", before.status().name(), after.status().name());
        field(parts, "date", date(before.date()), date(after.date()));
        field(parts, "location", before.location(), after.location());
        field(parts, "title", before.title(), after.title());
        field(parts, "participants", people(before.participants()), people(after.participants()));
        if (before.confirmed() != after.confirmed()) {
            parts.add(after.confirmed() ? "confirmed" : "not confirmed");
        }
        return parts.isEmpty() ? "no change" : String.join("; ", parts);
    }

    /** One line describing a whole event (for adds and deletes). */
    static String summary(Event e) {
        return e.type().name() + " '" + e.title() + "' " + date(e.date())
                + (e.location() == null ? "" : " in " + e.location()) + ", " + people(e.participants());
    }

    static String date(EventDate d) {
        if (!d.known()) {
            return "undated";
        }
        return d.iso() + (d.isoTime() == null ? "" : " " + d.isoTime())
                + (d.isoEnd() == null ? "" : " to " + d.isoEnd()) + " (" + d.precision().name().toLowerCase() + ")";
    }

    private static String people(List<Participant> ps) {
        return ps.isEmpty() ? "no participants" : ps.stream().map(p -> p.name() + " (" + p.role().name() + ")")
                .collect(Collectors.joining(", "));
    }

    private static void field(List<String> parts, String name, String a, String b) {
        if (!Objects.equals(a, b)) {
            parts.add(name + " " + (a == null ? "none" : a) + " → " + (b == null ? "none" : b));
        }
    }
}
