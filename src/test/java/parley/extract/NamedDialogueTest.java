package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * A named "… Dialogue" is a round between delegations, not the summit a noun beside it names (session 15); the
 * common noun ("called for dialogue") is no event.
 */
class NamedDialogueTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("g.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Kampala summit was preceded by the third Nile Basin Dialogue, held in Entebbe on 14 November 2026 with "
            + "Foreign Minister Omar Tekle and Foreign Minister Lena Varga.",
        "Ahead of the summit, Foreign Minister Omar Tekle and Foreign Minister Lena Varga opened the Gulf-Nordic "
            + "Strategic Dialogue in Entebbe on 14 November 2026."})
    void aNamedDialogueIsNoSummit(String sentence) {
        assertThat(extract("Forum\n\n" + sentence + "\n").events())
                .filteredOn(e -> "2026-11-14".equals(e.date().iso()))
                .singleElement()
                .satisfies(e -> assertThat(e.type()).isIn(EventType.TALKS, EventType.MEETING));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "President Ivo Serrat and Chancellor Mara Holm called for dialogue on Tuesday.",
        "Dialogue with Chancellor Mara Holm remains the only way forward for President Ivo Serrat."})
    void theCommonNounIsNoEvent(String sentence) {
        assertThat(extract("Forum\n\n" + sentence + "\n").events()).isEmpty();
    }
}
