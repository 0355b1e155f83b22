package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.Article;

class SentencePrintsTest {

    @Test
    void quoteStylesCaseAndDiacriticsDoNotChangeAPrint() {
        String a = "The ministers will meet in Zürich on “Thursday” to discuss grain exports.";
        String b = "the Ministers will meet in Zurich on \"Thursday\" to discuss grain exports";
        assertThat(SentencePrints.of(a, List.of(new Article.Span(0, a.length()))))
                .isEqualTo(SentencePrints.of(b, List.of(new Article.Span(0, b.length()))));
    }

    @Test
    void differentSentencesGetDifferentPrints() {
        String text = "The ministers will meet in Geneva on Thursday. The ministers will meet in Vienna on Friday.";
        Set<Long> prints = SentencePrints.of(text, List.of(new Article.Span(0, 46), new Article.Span(47, text.length())));
        assertThat(prints).hasSize(2);
    }

    @Test
    void shortLinesSuchAsFurnitureAreLeftOut() {
        String text = "Read more";
        assertThat(SentencePrints.of(text, List.of(new Article.Span(0, text.length())))).isEmpty();
    }

    /** The one-pass ASCII normalisation gives exactly the prints stored before it (every stored store keeps them). */
    @Test
    void theAsciiPassAgreesWithTheFullNormalisation() {
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sentence = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                // mostly letters and spaces, every ASCII character now and then (controls, punctuation, digits)
                sentence.append(random.nextInt(4) == 0 ? (char) random.nextInt(128)
                        : " aZ.,'-9Qx\t".charAt(random.nextInt(11)));
            }
            String s = sentence.toString();
            assertThat(SentencePrints.asciiNormalised(s)).as(s).isEqualTo(SentencePrints.unicodeNormalised(s));
        }
        assertThat(SentencePrints.asciiNormalised("Zürich talks")).isNull();
        assertThat(SentencePrints.normalise("  The Ministers' talks -- on 14 March!  "))
                .isEqualTo("the ministers talks on 14 march");
    }
}
