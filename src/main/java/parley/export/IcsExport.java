package parley.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Status;

import parley.domain.Event;
import parley.domain.Precision;
import parley.domain.Role;
import parley.domain.Source;

/**
 * Events as an iCalendar file (RFC 5545, written by biweekly) for calendar programs. Days become all-day events, a
 * known time becomes a floating local time (the article's zone is not known), a range or a month- or year-only date
 * spans all its days (the description says how precise it is). Undated events cannot be placed and are left out.
 * UIDs derive from the store id, so exporting again updates the same calendar entries.
 */
public final class IcsExport {
    private IcsExport() {
    }

    /**
     * @param stamp the DTSTAMP of every entry (when the export was made); passed in so output is reproducible
     */
    public static String write(List<Source> sources, List<Event> events, Instant stamp) {
        Map<Long, String> names = sources.stream().collect(Collectors.toMap(Source::id,
                s -> s.title() == null || s.title().isBlank() ? s.file() : s.title(), (a, b) -> a));
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Parley//Diplomatic events//EN");
        ical.setName("Parley events");
        for (Event e : events) {
            if (!placeable(e)) {
                continue;
            }
            VEvent v = new VEvent();
            v.setUid("parley-event-" + e.id() + "@parley.local");
            v.setDateTimeStamp(Date.from(stamp));
            v.setSummary(e.title());
            v.addCategories(e.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            if (e.location() != null) {
                v.setLocation(e.location());
            }
            v.setStatus(switch (e.status()) {
                case HELD -> Status.confirmed();
                case CANCELLED -> Status.cancelled();
                case PLANNED, PROPOSED -> Status.tentative();
            });
            if (e.date().time() != null && e.date().end() == null) {
                DateStart start = new DateStart(local(LocalDateTime.of(e.date().start(), e.date().time())), true);
                v.setDateStart(start);
                ical.getTimezoneInfo().setFloating(start, true);
            } else {
                v.setDateStart(new DateStart(local(e.date().start().atStartOfDay()), false));
                LocalDate after = e.date().lastDay().plusDays(1);
                v.setDateEnd(new DateEnd(local(after.atStartOfDay()), false));
            }
            v.setDescription(description(e, names));
            ical.addEvent(v);
        }
        return foldByOctets(unfolded(ical));
    }

    private static String unfolded(ICalendar ical) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (biweekly.io.text.ICalWriter w = new biweekly.io.text.ICalWriter(out, biweekly.ICalVersion.V2_0)) {
            // biweekly folds by characters; RFC 5545 counts octets, so folding is done below instead.
            w.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
            w.write(ical);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Folds each content line so no physical line exceeds 75 octets of UTF-8, never inside a character. */
    static String foldByOctets(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 60);
        for (String line : text.split("\r\n")) {
            int octets = 0;
            int i = 0;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + n > 75) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += n;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** biweekly renders dates in the default zone, so local values go through it unchanged. */
    private static Date local(LocalDateTime t) {
        return Date.from(t.atZone(ZoneId.systemDefault()).toInstant());
    }

    private static String description(Event e, Map<Long, String> names) {
        StringBuilder sb = new StringBuilder();
        sb.append(e.type().name().charAt(0)).append(e.type().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ')).append(", ").append(e.status().name().toLowerCase(java.util.Locale.ROOT));
        if (e.date().precision() == Precision.MONTH || e.date().precision() == Precision.YEAR) {
            sb.append(" (date known to the ").append(e.date().precision().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" only)");
        }
        sb.append('\n');
        String present = e.participants().stream().filter(p -> p.role() != Role.ABSENT)
                .map(p -> p.name()).collect(Collectors.joining(", "));
        if (!present.isEmpty()) {
            sb.append("Participants: ").append(present).append('\n');
        }
        String absent = e.participants().stream().filter(p -> p.role() == Role.ABSENT)
                .map(p -> p.name()).collect(Collectors.joining(", "));
        if (!absent.isEmpty()) {
            sb.append("Not present: ").append(absent).append('\n');
        }
        if (e.derivation() != null) {
            sb.append("Date: ").append(e.derivation().explain()).append('\n');
        }
        e.mentions().forEach(m -> sb.append("“").append(m.text().strip()).append("” — ")
                .append(names.getOrDefault(m.sourceId(), "source " + m.sourceId())).append('\n'));
        return sb.toString().strip();
    }

    /** Whether an event can go into a calendar (it has a date). */
    public static boolean placeable(Event e) {
        return e.date().start() != null;
    }
}
