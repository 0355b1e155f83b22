package parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;

class FitTest {
    private static final TextMeasure MEASURE = TextMeasure.approximate(12);

    private static Event at(long id, LocalDate day, String title) {
        return new Event(id, EventType.CALL, title, EventDate.day(day), null, null, EventStatus.HELD, List.of(),
                List.of(), List.of());
    }

    @Test
    void theLatestLabelsStayInsideTheView() {
        LocalDate d = LocalDate.of(2025, 7, 1);
        TimelineIndex index = new TimelineIndex(List.of(at(1, d, "Start"),
                at(2, d.plusDays(44), "Summit: Trump, Putin (Alaska) with a long title"),
                at(3, d.plusDays(45), "Short")));
        TimeScale s = Fit.all(index, 800, 0.04, MEASURE);
        double first = s.x(TimelineItem.of(index.get(0).event()).anchor());
        assertThat(first).isGreaterThanOrEqualTo(0);
        for (int i = 0; i < index.size(); i++) {
            TimelineItem it = index.get(i);
            double label = Math.min(MEASURE.width(it.event().title()), MarkLayout.MAX_LABEL_PX);
            double end = s.x(it.anchor()) + MarkLayout.MARK_RADIUS + MarkLayout.GAP + label;
            assertThat(end).as(it.event().title()).isLessThanOrEqualTo(800);
        }
        assertThat(s.width()).isEqualTo(800);
    }

    @Test
    void withRoomToSpareItIsThePlainFit() {
        LocalDate d = LocalDate.of(2025, 7, 1);
        TimelineIndex index = new TimelineIndex(List.of(at(1, d, "A"), at(2, d.plusDays(10), "B")));
        TimeScale s = Fit.all(index, 4000, 0.04, MEASURE);
        TimeScale plain = TimeScale.fit(index.extent()[0], index.extent()[1], 4000, 0.04);
        assertThat(s).isEqualTo(plain);
        assertThat(Fit.all(TimelineIndex.EMPTY, 800, 0.04, MEASURE)).isNull();
    }

    @Test
    void tooManyEventsToLabelFitBesideTheLaneNamesWithNoEmptyYearsAfterThem() {
        LocalDate d = LocalDate.of(2016, 1, 1);
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            events.add(at(i + 1, d.plusDays(i % 3650), "Meeting: a long title that never fits at the right edge"));
        }
        TimelineIndex index = new TimelineIndex(events);
        TimeScale s = Fit.all(index, 1280, 0.04, MEASURE);
        double names = TimelinePainter.widestLaneLabel();
        assertThat(s.x(index.extent()[0])).as("the first events start beside the lane names")
                .isGreaterThan(names);
        assertThat(s.x(index.extent()[1])).as("the last events end near the right edge, no empty years after")
                .isBetween(1280 * 0.9, 1280.0);
    }

    @Test
    void theStoryRangeLeavesFarOffEventsOutAndKeepsAnEvenSpreadWhole() {
        LocalDate d = LocalDate.of(2025, 8, 1);
        List<Event> crowd = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            crowd.add(at(i + 1, d.plusDays(i * 2), "Event " + i));
        }
        crowd.add(at(50, LocalDate.of(2008, 4, 1), "Recalled"));
        double[] story = StoryRange.of(new TimelineIndex(crowd));
        assertThat(story[0]).isEqualTo(d.toEpochDay() * TimeScale.DAY);
        assertThat(story[1]).isEqualTo((d.plusDays(22).toEpochDay() + 1) * TimeScale.DAY);

        // Evenly spread over a year: the widened core covers all of it, so nothing is left out.
        List<Event> even = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            even.add(at(i + 1, LocalDate.of(2024, 1, 15).plusMonths(i), "Month " + i));
        }
        TimelineIndex index = new TimelineIndex(even);
        assertThat(StoryRange.of(index)).containsExactly(index.extent());
        assertThat(StoryRange.of(TimelineIndex.EMPTY)).isNull();
    }
}
