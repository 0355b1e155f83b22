package parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import parley.domain.DateBasis;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;
import parley.domain.Source;

class EventExportsTest {
    private static final Source SOURCE = new Source(3, "a.txt", "txt", "Talks, \"at last\", in Oslo", "Ledger", null,
            LocalDate.of(2025, 9, 9), DateBasis.STATED, null, "00", null, Instant.EPOCH);

    private static Event event(long id, EventType type, String title, EventDate date, EventStatus status,
                               Participant... who) {
        return new Event(id, type, title, date, null, "Oslo", status, List.of(who),
                List.of(new Mention(3, 0, 10, "They met, and \"agreed\"\non terms. ", "trigger")), List.of());
    }

    private static Participant p(String name, Role role) {
        return new Participant(name, EntityKind.PERSON, null, role);
    }

    private final List<Event> events = List.of(
            event(1, EventType.MEETING, "Meeting: A, B", EventDate.day(LocalDate.of(2025, 9, 9)), EventStatus.HELD,
                    p("Anna A", Role.HOST), p("Ben B", Role.ATTENDEE), p("Cy C", Role.ABSENT)),
            event(2, EventType.CALL, "Call: A, B", EventDate.at(LocalDate.of(2025, 9, 10), LocalTime.of(14, 30)),
                    EventStatus.PLANNED, p("Anna A", Role.ATTENDEE)),
            event(3, EventType.SUMMIT, "Summit in October", EventDate.month(YearMonth.of(2025, 10)),
                    EventStatus.PROPOSED),
            event(4, EventType.TALKS, "Talks, undated", EventDate.UNKNOWN, EventStatus.CANCELLED));

    @Test
    void csvHasAHeaderAndOneQuotedRowPerEventThatReadsBack() throws Exception {
        String csv = CsvExport.write(List.of(SOURCE), events);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(4);
        CSVRecord first = rows.get(0);
        assertThat(first.get("title")).isEqualTo("Meeting: A, B");
        assertThat(first.get("date")).isEqualTo("2025-09-09");
        assertThat(first.get("participants")).isEqualTo("Anna A (host); Ben B");
        assertThat(first.get("absent")).isEqualTo("Cy C");
        assertThat(first.get("sources")).isEqualTo("Talks, \"at last\", in Oslo");
        assertThat(first.get("evidence")).isEqualTo("They met, and \"agreed\"\non terms.");
        assertThat(rows.get(1).get("time")).isEqualTo("14:30");
        assertThat(rows.get(2).get("precision")).isEqualTo("MONTH");
        assertThat(rows.get(3).get("date")).isEmpty();
        assertThat(csv).startsWith(String.join(",", CsvExport.HEADER) + "\r\n");
    }

    @Test
    void icsHasOneEntryPerDatedEventThatACalendarReadsBack() {
        String ics = IcsExport.write(List.of(SOURCE), events, Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("PRODID:-//Parley//Diplomatic events//EN");
        assertThat(ics.lines()).allSatisfy(l -> assertThat(l.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
        ICalendar back = Biweekly.parse(ics).first();
        List<VEvent> entries = back.getEvents();
        assertThat(entries).hasSize(3);
        VEvent meeting = entries.get(0);
        assertThat(meeting.getSummary().getValue()).isEqualTo("Meeting: A, B");
        assertThat(meeting.getUid().getValue()).isEqualTo("parley-event-1@parley.local");
        assertThat(meeting.getDateStart().getValue().hasTime()).isFalse();
        assertThat(meeting.getStatus().isConfirmed()).isTrue();
        assertThat(meeting.getDescription().getValue()).contains("Not present: Cy C", "— Talks, \"at last\", in Oslo");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20250909", "DTEND;VALUE=DATE:20250910");
        assertThat(ics).contains("DTSTART:20250910T143000\r\n");
        assertThat(entries.get(1).getStatus().isTentative()).isTrue();
        // A month-only date spans the month.
        assertThat(ics).contains("DTSTART;VALUE=DATE:20251001", "DTEND;VALUE=DATE:20251101");
        assertThat(ics).contains("DTSTAMP:20260102T030405Z");
        assertThat(IcsExport.write(List.of(SOURCE), events, Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo(ics);
    }
}
