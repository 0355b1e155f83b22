package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Article;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * Leading a delegation to a city is a trip there (session 15): "will lead a delegation to Ottawa on 23 November to
 * continue discussions with the Canadian side" is a planned visit on that day, whatever the purpose clause says.
 */
class DelegationTripsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("d.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Trade Minister Arvind Rao will lead a delegation to Ottawa on Monday, 23 November, to continue discussions "
            + "with the Canadian side.|2026-11-23|Ottawa",
        "Foreign Minister Lena Varga will lead an official delegation to Nairobi on 30 November 2026 to hold "
            + "discussions with the Kenyan government.|2026-11-30|Nairobi",
        "Energy Minister Rui Sousa is to head a high-level delegation to Luanda on Thursday to carry forward the "
            + "pipeline negotiations.|2026-11-19|Luanda"})
    void aDelegationLedAbroadIsAPlannedVisit(String sentence, String date, String city) {
        assertThat(extract("Delegation abroad\n\n" + sentence + "\n").events())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.VISIT);
                    assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
                    assertThat(e.date().iso()).isEqualTo(date);
                    assertThat(e.location()).isEqualTo(city);
                });
    }
}
