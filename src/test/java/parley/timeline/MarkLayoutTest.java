package parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.ui.SampleData;

class MarkLayoutTest {
    private static final TextMeasure MEASURE = TextMeasure.approximate(12);
    private final MarkLayout layout = new MarkLayout(MEASURE);

    private static Event at(long id, LocalDate day, String title) {
        return new Event(id, EventType.CALL, title, EventDate.day(day), null, null, EventStatus.HELD, List.of(),
                List.of(), List.of());
    }

    private static TimeScale days(LocalDate from, int days, double width) {
        return new TimeScale(from.toEpochDay() * TimeScale.DAY, days * TimeScale.DAY / width, width);
    }

    @Test
    void eventsOnTheSameDayStackIntoRowsWithoutOverlap() {
        LocalDate d = LocalDate.of(2025, 8, 12);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            events.add(at(i + 1, d.plusDays(i % 3), "A meeting with a fairly long title " + i));
        }
        Marks marks = layout.layout(new TimelineIndex(events), days(d.minusDays(5), 20, 1200), 20);
        assertThat(marks.detailed()).isTrue();
        assertThat(marks.placed()).hasSize(12);
        assertThat(marks.clusters()).isEmpty();
        assertNoOverlap(marks);
        assertThat(marks.placed()).allSatisfy(p -> assertThat(p.label()).startsWith("A meeting"));
    }

    @Test
    void eventsThatFindNoRowFoldIntoACountedCluster() {
        LocalDate d = LocalDate.of(2025, 8, 12);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(at(i + 1, d, "Call " + i));
        }
        Marks marks = layout.layout(new TimelineIndex(events), days(d.minusDays(5), 20, 1200), 6);
        assertThat(marks.placed()).hasSize(5);
        assertThat(marks.clusters()).hasSize(1);
        assertThat(marks.clusters().get(0).count()).isEqualTo(25);
        assertThat(marks.clusters().get(0).row()).isEqualTo(5);
        assertNoOverlap(marks);
    }

    @Test
    void onlyTheVisibleWindowIsLaidOut() {
        List<Event> events = new ArrayList<>();
        LocalDate d = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 400; i++) {
            events.add(at(i + 1, d.plusDays(i), "E" + i));
        }
        Marks marks = layout.layout(new TimelineIndex(events), days(d.plusDays(100), 10, 1000), 20);
        assertThat(marks.visible()).isBetween(10, 12);
        assertThat(marks.placed()).extracting(p -> p.item().event().title()).contains("E100", "E105", "E109");
    }

    @Test
    void aMonthOnlyEventIsASoftSpanAcrossItsMonth() {
        Event e = new Event(1, EventType.MEETING, "Talks proposed", EventDate.month(YearMonth.of(2025, 9)), null, null,
                EventStatus.PROPOSED, List.of(), List.of(), List.of());
        TimelineItem item = TimelineItem.of(e);
        assertThat(item.kind()).isEqualTo(TimelineItem.Extent.UNCERTAIN);
        assertThat(item.from()).isEqualTo(LocalDate.of(2025, 9, 1).toEpochDay() * TimeScale.DAY);
        assertThat(item.to()).isEqualTo(LocalDate.of(2025, 10, 1).toEpochDay() * TimeScale.DAY);
        Marks marks = layout.layout(new TimelineIndex(List.of(e)), days(LocalDate.of(2025, 8, 1), 92, 920), 10);
        Marks.Placed p = marks.placed().get(0);
        assertThat(p.left()).isEqualTo(310, org.assertj.core.api.Assertions.within(0.5));
        assertThat(p.right()).isGreaterThanOrEqualTo(610);
    }

    @Test
    void undatedEventsGoToTheTray() {
        Event undated = new Event(7, EventType.STATEMENT, "Statement", EventDate.UNKNOWN, null, null,
                EventStatus.HELD, List.of(), List.of(), List.of());
        TimelineIndex index = new TimelineIndex(List.of(undated, at(1, LocalDate.of(2025, 1, 1), "x")));
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.undated()).containsExactly(undated);
    }

    @Test
    void aHundredThousandEventsInViewDrawABoundedNumberOfMarks() {
        List<Event> many = SampleData.many(100_000, 2000, 25);
        TimelineIndex index = new TimelineIndex(many);
        double width = 1600;
        int rows = 24;
        int bound = MarkLayout.maxMarks(width, rows);
        TimeScale all = TimeScale.fit(LocalDate.of(2000, 1, 1).toEpochDay() * TimeScale.DAY,
                LocalDate.of(2025, 1, 1).toEpochDay() * TimeScale.DAY, width, 0.02);
        for (double zoom = 1; zoom < 20_000; zoom *= 3) {
            TimeScale s = all.zoomAt(width / 2, zoom);
            Marks marks = layout.layout(index, s, rows);
            assertThat(marks.markCount()).as("zoom %s", zoom).isLessThanOrEqualTo(bound);
            int counted = marks.placed().size()
                    + marks.clusters().stream().mapToInt(Marks.Cluster::count).sum();
            assertThat(counted).as("every visible event is drawn or counted").isEqualTo(marks.visible());
        }
        Marks overview = layout.layout(index, all, rows);
        assertThat(overview.detailed()).isFalse();
        assertThat(overview.visible()).isEqualTo(100_000);
        assertThat(bound).isLessThan(2_000);
    }

    private static void assertNoOverlap(Marks marks) {
        List<Marks.Placed> ps = marks.placed();
        for (int i = 0; i < ps.size(); i++) {
            for (int j = i + 1; j < ps.size(); j++) {
                Marks.Placed a = ps.get(i);
                Marks.Placed b = ps.get(j);
                if (a.row() == b.row()) {
                    assertThat(a.right() <= b.left() || b.right() <= a.left())
                            .as("%s and %s overlap in row %d", a.label(), b.label(), a.row()).isTrue();
                }
            }
        }
    }
}
