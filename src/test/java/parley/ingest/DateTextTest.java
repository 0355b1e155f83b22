package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void writtenForms() {
        LocalDate aug12 = LocalDate.of(2025, 8, 12);
        assertThat(DateText.first("2025-08-12")).isEqualTo(aug12);
        assertThat(DateText.first("2025-08-12T23:59:00-07:00")).isEqualTo(aug12);
        assertThat(DateText.first("12 August 2025")).isEqualTo(aug12);
        assertThat(DateText.first("Tue 12 Aug 2025 10.14 BST")).isEqualTo(aug12);
        assertThat(DateText.first("Tuesday, 12th of August, 2025")).isEqualTo(aug12);
        assertThat(DateText.first("August 12, 2025")).isEqualTo(aug12);
        assertThat(DateText.first("Aug. 12 2025")).isEqualTo(aug12);
        assertThat(DateText.first("12.08.2025")).isEqualTo(aug12);
        assertThat(DateText.first("12/8/2025 or 8/12/2025")).as("ambiguous slashes").isNull();
        assertThat(DateText.first("13/8/2025")).isEqualTo(LocalDate.of(2025, 8, 13));
        assertThat(DateText.first("Sept 3 2024")).isEqualTo(LocalDate.of(2024, 9, 3));
    }

    @Test
    void impossibleOrImplausibleDatesAreNotDates() {
        assertThat(DateText.first("31 February 2025")).isNull();
        assertThat(DateText.first("2025-13-01")).isNull();
        assertThat(DateText.first("12 August 1415")).isNull();
        assertThat(DateText.first("He may 2025 be back")).isNull();
        assertThat(DateText.first("")).isNull();
    }

    @Test
    void earliestPositionWins() {
        DateText.Found f = DateText.find("Signed on 3 March 2024 and ratified on 2024-05-01.");
        assertThat(f.date()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(f.start()).isEqualTo(10);
    }
}
