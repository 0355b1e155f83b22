package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;

class SentenceSplitterTest {
    static List<String> split(String text) {
        return SentenceSplitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertThat(split("Mr. Lammy met Gen. Ortiz in Washington. Dr. Hale and the U.S. envoy John F. Kerrigan "
                + "arrived on Jan. 4. They left at 5 p.m. on Friday."))
                .containsExactly("Mr. Lammy met Gen. Ortiz in Washington.",
                        "Dr. Hale and the U.S. envoy John F. Kerrigan arrived on Jan. 4.",
                        "They left at 5 p.m. on Friday.");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(split("She said: \"We are ready.\" The talks then resumed. “Enough,” he said."))
                .containsExactly("She said: \"We are ready.\"", "The talks then resumed.", "“Enough,” he said.");
    }

    @Test
    void lineBreaksEndSentencesAndBlankLinesAreSkipped() {
        assertThat(split("Leaders meet in Rome\n\nThe summit opens on Monday. It ends Tuesday\nPhoto: Jo Bloggs/AP"))
                .containsExactly("Leaders meet in Rome", "The summit opens on Monday.", "It ends Tuesday",
                        "Photo: Jo Bloggs/AP");
    }

    @Test
    void readMoreLinksAndDateStampsStandAlone() {
        assertThat(split(" date 2024-03-02 Envoys meet in Oslo. Talks went well.\" Read more: Another story here"))
                .containsExactly("date 2024-03-02", "Envoys meet in Oslo.", "Talks went well.\"",
                        "Read more: Another story here");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  First one.   Second one!\nThird?";
        for (Article.Span s : SentenceSplitter.split(text)) {
            assertThat(Character.isWhitespace(text.charAt(s.start()))).isFalse();
            assertThat(Character.isWhitespace(text.charAt(s.end() - 1))).isFalse();
        }
        assertThat(split(text)).containsExactly("First one.", "Second one!", "Third?");
    }

    @Test
    void numbersAndLowerCaseContinuations() {
        assertThat(split("Growth was 3.5 per cent. the figure was revised. Next."))
                .containsExactly("Growth was 3.5 per cent. the figure was revised.", "Next.");
    }

    @Test
    void emptyAndBlankText() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split("   \n\n ")).isEmpty();
        assertThat(SentenceSplitter.split(null)).isEmpty();
    }
}
