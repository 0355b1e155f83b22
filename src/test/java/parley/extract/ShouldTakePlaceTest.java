package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.EventStatus;
import parley.domain.Extraction;

/** "should take place", "should be held", "should meet": an event wished for, not fixed, is PROPOSED (session 15). */
class ShouldTakePlaceTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("s.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The next round between Foreign Minister Lena Varga and Foreign Minister Omar Tekle should take place in "
            + "Nairobi in 2027.",
        "Officials said a summit of President Ivo Serrat and Chancellor Mara Holm should be held in Bonn in 2027.",
        "President Ivo Serrat and Chancellor Mara Holm should meet again in Bonn in 2027, aides said."})
    void shouldIsProposed(String sentence) {
        assertThat(extract("Next steps\n\n" + sentence + "\n").events()).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(EventStatus.PROPOSED);
                    assertThat(e.date().iso()).isEqualTo("2027");
                });
    }
}
