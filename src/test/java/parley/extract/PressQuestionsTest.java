package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * Answering the press's questions is a press conference (session 15): "took questions from reporters", "fielded
 * questions from the press", "answered journalists' questions", "took questions side by side".
 */
class PressQuestionsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("q.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chancellor Mara Holm and President Ivo Serrat took questions from reporters in Bonn on Tuesday.",
        "Foreign Minister Ana Rocha and Foreign Minister Piet Hals fielded questions from the press on Tuesday.",
        "President Ivo Serrat answered questions from journalists alongside Chancellor Mara Holm on Tuesday.",
        "On Tuesday Chancellor Mara Holm and President Ivo Serrat took questions side by side in Bonn.",
        "Prime Minister Siv Lunde took reporters' questions with President Ivo Serrat in Oslo on Tuesday."})
    void questionsFromThePressArePressConferences(String sentence) {
        assertThat(extract("Leaders face the press\n\n" + sentence + "\n").events())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EventType.PRESS_CONFERENCE);
                    assertThat(e.date().iso()).isEqualTo("2026-11-17");
                    assertThat(e.participants()).hasSize(2);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Prime Minister Siv Lunde took questions in parliament on Tuesday.",
        "The minister answered questions about the budget on Tuesday."})
    void questionsWithoutThePressAreNoEvent(String sentence) {
        assertThat(extract("In the chamber\n\n" + sentence + "\n").events()).isEmpty();
    }
}
