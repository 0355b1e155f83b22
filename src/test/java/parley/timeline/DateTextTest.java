package parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import parley.domain.EventDate;

class DateTextTest {
    @Test
    void writesEachPrecisionInWords() {
        assertThat(DateText.of(EventDate.at(LocalDate.of(2025, 8, 13), LocalTime.NOON)))
                .isEqualTo("Wed 13 Aug 2025, 12:00");
        assertThat(DateText.of(EventDate.day(LocalDate.of(2025, 8, 13)))).isEqualTo("Wed 13 Aug 2025");
        assertThat(DateText.of(EventDate.month(YearMonth.of(2025, 9)))).isEqualTo("September 2025 (month only)");
        assertThat(DateText.of(EventDate.year(2026))).isEqualTo("2026 (year only)");
        assertThat(DateText.of(EventDate.range(LocalDate.of(2025, 7, 23), LocalDate.of(2025, 7, 24))))
                .isEqualTo("23 Jul – Thu 24 Jul 2025");
        assertThat(DateText.of(EventDate.range(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 2))))
                .isEqualTo("Mon 30 Dec 2024 – Thu 2 Jan 2025");
        assertThat(DateText.of(EventDate.UNKNOWN)).isEqualTo("Undated");
    }
}
