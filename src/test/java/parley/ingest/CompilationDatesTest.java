package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A compilation of dated items went out with the last day its title's range names, else with its latest item
 * heading, not with its first heading (session 15). Texts written for this test.
 */
class CompilationDatesTest {
    private static LocalDate published(String text) {
        return TextMetadata.of(text).dating().date();
    }

    private static final String ITEMS = "\n\nMonday, 10 March 2025\nThe foreign minister of Ghana, Ama Serwaa, will meet "
            + "Koffi Ablode in Keta on Thursday.\n\nThursday, 13 March 2025\nAma Serwaa met Koffi Ablode in Keta today "
            + "and they signed a ferry accord.\n";

    @Test
    void theEndOfTheTitlesRange() {
        assertThat(published("PRESS RELEASES - LAGOON FERRIES, 10-14 MARCH 2025" + ITEMS))
                .isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(published("Statements on the ferry talks: March 10–14, 2025" + ITEMS))
                .as("month first").isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(published("Ferry talks, releases of 7 March – 14 March 2025" + ITEMS))
                .as("two months written out").isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @Test
    void aHeadlineAnnouncingDaysIsNoCompilation() {
        assertThat(published("Ministers to meet in Keta, 10-14 March 2025\n\nACCRA, 2 March 2025 - The foreign minister "
                + "of Ghana will meet Koffi Ablode in Keta next week.\n")).isEqualTo(LocalDate.of(2025, 3, 2));
    }

    @Test
    void elseTheLatestWeekdayHeading() {
        assertThat(published("Ferry Talks: Releases" + ITEMS)).isEqualTo(LocalDate.of(2025, 3, 13));
    }
}
