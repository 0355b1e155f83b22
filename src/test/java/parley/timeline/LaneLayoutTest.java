package parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

class LaneLayoutTest {
    private static final LocalDate DAY = LocalDate.of(2025, 8, 15);
    private final LaneLayout layout = new LaneLayout(TextMeasure.approximate(12));

    private static Participant p(String name, Role role) {
        return new Participant(name, EntityKind.PERSON, null, role);
    }

    private static Event event(long id, LocalDate day, Participant... who) {
        return new Event(id, EventType.MEETING, "Meeting " + id, EventDate.day(day), null, null, EventStatus.HELD,
                List.of(who), List.of(), List.of());
    }

    private static TimeScale scale(double width) {
        double t = DAY.toEpochDay() * TimeScale.DAY;
        return TimeScale.fit(t - 20 * TimeScale.DAY, t + 20 * TimeScale.DAY, width, 0);
    }

    @Test
    void anEventWithFiveParticipantsIsInFiveLanesJoinedByOneConnector() {
        Event summit = event(1, DAY, p("A", Role.HOST), p("B", Role.ATTENDEE), p("C", Role.ATTENDEE),
                p("D", Role.ATTENDEE), p("E", Role.ATTENDEE), p("Z", Role.ABSENT));
        Event call = event(2, DAY.minusDays(10), p("B", Role.ATTENDEE));
        TimelineIndex index = new TimelineIndex(List.of(summit, call));
        assertThat(index.lanes()).containsExactly("B", "A", "C", "D", "E");
        var r = layout.layout(index, scale(1200), index.lanes(), 0, 20);
        assertThat(r.lanes()).containsExactly("B", "A", "C", "D", "E");
        assertThat(r.marks().placed()).filteredOn(m -> m.item().event().equals(summit)).extracting(Marks.Placed::row)
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4);
        assertThat(r.connectors()).singleElement().satisfies(c -> {
            assertThat(c.event()).isEqualTo(summit);
            assertThat(c.top()).isZero();
            assertThat(c.bottom()).isEqualTo(4);
        });
        // The absent participant gets no lane and no mark.
        assertThat(r.lanes()).doesNotContain("Z");
    }

    @Test
    void lanesBeyondTheRowsAreCountedAndTheOffsetScrolls() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(event(i + 1, DAY.plusDays(i % 7), p("Person " + (char) ('A' + i % 26) + i, Role.ATTENDEE)));
        }
        TimelineIndex index = new TimelineIndex(events);
        var r = layout.layout(index, scale(1200), index.lanes(), 5, 10);
        assertThat(r.lanes()).hasSize(10).containsExactlyElementsOf(index.lanes().subList(5, 15));
        assertThat(r.more()).isEqualTo(15);
        assertThat(r.marks().placed()).extracting(Marks.Placed::row).allSatisfy(row -> assertThat(row).isBetween(0, 9));
    }

    @Test
    void aDenseLaneClustersSoMarksNeverOutnumberPixels() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            events.add(event(i + 1, DAY.plusDays(i % 40 - 20), p("Busy", Role.ATTENDEE)));
        }
        TimelineIndex index = new TimelineIndex(events);
        double t = DAY.toEpochDay() * TimeScale.DAY;
        // Wide enough on the left that no event sits under the lane names.
        TimeScale s = TimeScale.fit(t - 40 * TimeScale.DAY, t + 20 * TimeScale.DAY, 600, 0);
        var r = layout.layout(index, s, index.lanes(), 0, 5);
        assertThat(r.marks().markCount()).isLessThan(600 / 12 + 2);
        int counted = r.marks().placed().size() + r.marks().clusters().stream().mapToInt(Marks.Cluster::count).sum();
        assertThat(counted).isEqualTo(5000);
    }

    @Test
    void eventsNamingNobodyGetALaneOfTheirOwnAtTheBottom() {
        Event strike = event(1, DAY);
        Event call = event(2, DAY, p("A", Role.ATTENDEE));
        assertThat(LaneLayout.lanesOf(List.of(strike, strike, call)))
                .containsExactly("A", LaneLayout.NO_PARTICIPANT);
    }

    @Test
    void settingsPinHideAndMoveLanes() {
        List<String> busiest = List.of("A", "B", "C", "D");
        LaneSettings s = LaneSettings.DEFAULT.togglePin("C");
        assertThat(s.arrange(busiest)).containsExactly("C", "A", "B", "D");
        s = s.move("B", -1, busiest);
        assertThat(s.arrange(busiest)).containsExactly("C", "B", "A", "D");
        // A pinned lane does not move below the unpinned ones.
        assertThat(s.move("C", 1, busiest).arrange(busiest)).containsExactly("C", "B", "A", "D");
        s = s.hide("A");
        assertThat(s.arrange(busiest)).containsExactly("C", "B", "D");
        assertThat(s.showAll().arrange(busiest)).containsExactly("C", "B", "A", "D");
        // New participants join after the arranged ones.
        assertThat(s.arrange(List.of("E", "A", "B", "C", "D"))).containsExactly("C", "B", "D", "E");
    }
}
