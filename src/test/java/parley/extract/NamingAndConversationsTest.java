package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * A call needs a line (session 15): "calls X his friend" names, it phones no one; conversations held in a car, on a
 * drive or a walk together were held in person, a meeting.
 */
class NamingAndConversationsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("c.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "President Ivo Serrat calls Chancellor Mara Holm his friend and partner.",
        "Chancellor Mara Holm often calls President Ivo Serrat a reliable ally.",
        "Why does Prime Minister Siv Lunde call President Ivo Serrat the region's anchor?"})
    void namingIsNoCall(String sentence) {
        assertThat(extract("Friends\n\n" + sentence + "\n").events()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In a post on Tuesday, President Ivo Serrat praised his conversations with Chancellor Mara Holm during the "
            + "drive to the airport.",
        "President Ivo Serrat had a long conversation with Chancellor Mara Holm in the car on Tuesday.",
        "On Tuesday President Ivo Serrat and Chancellor Mara Holm held a conversation on a walk together."})
    void conversationsOnTheRoadAreMeetings(String sentence) {
        assertThat(extract("Friends\n\n" + sentence + "\n").events()).singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.MEETING);
                    assertThat(e.date().iso()).isEqualTo("2026-11-17");
                });
    }
}
