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
}
