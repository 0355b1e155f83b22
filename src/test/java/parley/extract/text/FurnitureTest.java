package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;

class FurnitureTest {
    @Test
    void linksButtonsCreditsAndBylinesAreFurniture() {
        for (String s : List.of("Read more", "Read more: Minister quits over leaked memo", "open image in gallery",
                "Related", "Related articles", "Share this article", "Picture: Ann Smith/Reuters", "(AP)",
                "By Tom Ellery", "Sign up to our morning briefing", "Support Now")) {
            assertThat(Furniture.isFurniture(s)).as(s).isTrue();
        }
    }

    @Test
    void captionsAndSentencesAreNot() {
        for (String s : List.of("Foreign ministers arrive for talks in Oslo on March 3.",
                "By the evening, the envoys had agreed a text.", "Related talks continue in Vienna next week.")) {
            assertThat(Furniture.isFurniture(s)).as(s).isFalse();
        }
    }

    @Test
    void appealsAreRecognisedByTheirVocabularyOrAnOutletSpeakingAsWe() {
        String text = "Your donation keeps our newsroom going.\nWe believe our readers deserve the facts.\n"
                + "The envoy said: \"We will return and we will win.\"";
        List<Article.Span> spans = SentenceSplitter.split(text);
        boolean[] f = Furniture.mark(text, spans, QuoteMask.of(text));
        assertThat(f).containsExactly(true, true, false);
    }

    @Test
    void aSignOffKeepsTheNewsAfterItInItsParagraph() {
        // session 13: the "we" of a sign-off is the outlet's, the sentences of the paragraph without it report news
        String text = "That's all from us tonight; our coverage resumes at eight. The prime minister flies to Montreal "
                + "tomorrow and meets the president on Friday.\nWe thank our readers.";
        List<Article.Span> spans = SentenceSplitter.split(text);
        boolean[] f = Furniture.mark(text, spans, QuoteMask.of(text));
        assertThat(f).containsExactly(true, false, true);
    }

    @Test
    void trailingCreditIsCutFromACaption() {
        String text = "The minister with her counterpart at the palace(Jane Roe/PA)";
        Article.Span s = new Article.Span(0, text.length());
        assertThat(text.substring(0, Furniture.contentEnd(text, s)))
                .isEqualTo("The minister with her counterpart at the palace");
    }
}
