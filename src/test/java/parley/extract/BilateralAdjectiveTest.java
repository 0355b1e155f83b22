package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * "bilateral" alone is an event only as the noun ("held a bilateral with"); before another noun ("bilateral trade",
 * "bilateral ties") it is an adjective and reports nothing (session 15).
 */
class BilateralAdjectiveTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("b.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Prime Minister Siv Lunde said the two countries aim to double bilateral trade by 2030.",
        "Foreign Minister Lena Varga praised bilateral ties on Tuesday, citing bilateral investment worth billions.",
        "President Ivo Serrat wants a bilateral security pact signed before 2028."})
    void theAdjectiveIsNoMeeting(String sentence) {
        assertThat(extract("Ties\n\n" + sentence + "\n").events()).isEmpty();
    }

    @Test
    void theNounStillIs() {
        assertThat(extract("Ties\n\nPrime Minister Siv Lunde held a bilateral with President Ivo Serrat on Tuesday.\n")
                .events()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.MEETING));
    }
}
