package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * Across articles, a report dated only to its year ("met in 2025", "this year") is not known to be another outlet's
 * event of one day; inside one article the story may still tie them.
 */
class YearBesideDayTest {
    private static final LocalDate D = LocalDate.of(2025, 1, 14);

    private static Event ev(EventDate date, long source) {
        Mention m = new Mention(source, 0, 5, "xxxxx", "trigger");
        return new Event(0, EventType.MEETING, null, date, null, null, EventStatus.HELD,
                List.of(new Participant("Ana Ruiz", EntityKind.PERSON, null, Role.ATTENDEE),
                        new Participant("Bo Lind", EntityKind.PERSON, null, Role.ATTENDEE)), List.of(m), List.of());
    }

    @Test
    void aYearOnlyReportIsNotAnotherArticlesDay() {
        EventMerger merger = new EventMerger();
        Event day = ev(EventDate.day(D), 1);
        Event year = ev(EventDate.year(2025), 2);
        assertThat(merger.findSame(year, List.of(day))).isEmpty();
        assertThat(merger.findSame(day, List.of(year))).isEmpty();
    }

    @Test
    void aMonthStillMeetsItsDay() {
        EventMerger merger = new EventMerger();
        Event day = ev(EventDate.day(D), 1);
        Event month = ev(EventDate.month(java.time.YearMonth.of(2025, 1)), 2);
        assertThat(merger.findSame(month, List.of(day))).contains(day);
    }
}
