package parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class AxisTicksTest {
    private static double at(LocalDate d) {
        return d.toEpochDay() * TimeScale.DAY;
    }

    private static TimeScale span(LocalDate from, LocalDate to, double width) {
        return new TimeScale(at(from), (at(to) - at(from)) / width, width);
    }

    @Test
    void unitAdaptsFromDecadesDownToMinutes() {
        LocalDate d = LocalDate.of(2025, 8, 13);
        assertThat(AxisTicks.unitFor(span(LocalDate.of(1900, 1, 1), LocalDate.of(2025, 1, 1), 1000)))
                .isIn(TickUnit.DECADE, TickUnit.HALF_CENTURY);
        assertThat(AxisTicks.unitFor(span(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 1, 1), 1000)))
                .isEqualTo(TickUnit.YEAR);
        assertThat(AxisTicks.unitFor(span(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), 1000)))
                .isEqualTo(TickUnit.MONTH);
        assertThat(AxisTicks.unitFor(span(d, d.plusDays(14), 1000))).isEqualTo(TickUnit.DAY);
        assertThat(AxisTicks.unitFor(span(d, d.plusDays(1), 1400))).isEqualTo(TickUnit.HOUR);
        TimeScale minutes = new TimeScale(at(d) + 12 * 3600, 60.0 / 60, 1000);
        assertThat(AxisTicks.unitFor(minutes)).isEqualTo(TickUnit.MINUTE);
    }

    @Test
    void labelledTicksNeverCrowd() {
        for (double spp = TimeScale.MIN_SECONDS_PER_PX; spp < TimeScale.MAX_SECONDS_PER_PX; spp *= 1.7) {
            TimeScale s = new TimeScale(at(LocalDate.of(2020, 3, 7)), spp, 1200);
            List<AxisTicks.Tick> lower = AxisTicks.ticks(s).stream().filter(t -> !t.context()).toList();
            for (int i = 1; i < lower.size(); i++) {
                // Months vary in length, so allow a little under the nominal spacing.
                assertThat(lower.get(i).x() - lower.get(i - 1).x()).as("spp %s", spp)
                        .isGreaterThan(AxisTicks.MIN_LABEL_SPACING * 0.85);
            }
            assertThat(lower.size()).isLessThan((int) (1200 / (AxisTicks.MIN_LABEL_SPACING * 0.85)) + 3);
        }
    }

    @Test
    void daysAreLabelledWithTheirMonthAsContext() {
        LocalDate d = LocalDate.of(2025, 8, 10);
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(span(d, d.plusDays(10), 1000));
        assertThat(ticks).filteredOn(t -> !t.context()).extracting(AxisTicks.Tick::label)
                .startsWith("10", "11", "12");
        assertThat(ticks).filteredOn(AxisTicks.Tick::context).extracting(AxisTicks.Tick::label)
                .containsExactly("August 2025");
        AxisTicks.Tick eleventh = ticks.get(1);
        assertThat(eleventh.x()).isEqualTo(100, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void hoursShowTheDayAndTimes() {
        LocalDate d = LocalDate.of(2025, 8, 13);
        List<AxisTicks.Tick> ticks = AxisTicks.ticks(span(d, d.plusDays(1), 1400));
        assertThat(ticks).filteredOn(t -> !t.context()).extracting(AxisTicks.Tick::label).contains("00:00", "12:00");
        assertThat(ticks).filteredOn(AxisTicks.Tick::context).extracting(AxisTicks.Tick::label)
                .contains("Wed 13 August 2025");
    }

    @Test
    void floorsRoundDownToTheUnit() {
        LocalDateTime t = LocalDateTime.of(2027, 11, 23, 17, 48);
        assertThat(TickUnit.FIFTEEN_MINUTES.floor(t)).isEqualTo(LocalDateTime.of(2027, 11, 23, 17, 45));
        assertThat(TickUnit.SIX_HOURS.floor(t)).isEqualTo(LocalDateTime.of(2027, 11, 23, 12, 0));
        assertThat(TickUnit.WEEK.floor(t)).isEqualTo(LocalDateTime.of(2027, 11, 22, 0, 0));
        assertThat(TickUnit.QUARTER.floor(t)).isEqualTo(LocalDateTime.of(2027, 10, 1, 0, 0));
        assertThat(TickUnit.DECADE.floor(t)).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
        assertThat(TickUnit.DECADE.floor(LocalDateTime.of(-45, 3, 1, 0, 0)).getYear()).isEqualTo(-50);
    }
}
