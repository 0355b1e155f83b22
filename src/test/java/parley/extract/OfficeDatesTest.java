package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/** A title-only reference resolves to the person who held the office when the article was published. */
class OfficeDatesTest {
    private static final String TEXT = "The German Chancellor met Emmanuel Macron in Paris on Friday.";

    private static List<String> names(LocalDate published) {
        List<Event> events = new RuleBasedExtractor().extract(new Article("o.txt", "txt", "", TEXT, null, null, null,
                published), published).events();
        return events.stream().flatMap(e -> e.participants().stream()).map(Participant::name).toList();
    }

    @Test
    void theChancellorIsMerzOnlyOnceHeTookOffice() {
        assertThat(names(LocalDate.of(2025, 9, 1))).contains("Friedrich Merz", "Emmanuel Macron");
        assertThat(names(LocalDate.of(2024, 11, 1))).contains("Emmanuel Macron").doesNotContain("Friedrich Merz");
    }

    @Test
    void anUndatedArticleKeepsTheGazetteersHolder() {
        assertThat(names(null)).contains("Friedrich Merz");
    }

    @Test
    void aHolderWhoLeftOfficeNoLongerAnswersToTheTitle() {
        String text = "The Japanese prime minister spoke to Anthony Albanese by phone on Monday.";
        java.util.function.Function<LocalDate, List<String>> names = day -> new RuleBasedExtractor()
                .extract(new Article("j.txt", "txt", "", text, null, null, null, day), day).events().stream()
                .flatMap(e -> e.participants().stream()).map(Participant::name).toList();
        assertThat(names.apply(LocalDate.of(2025, 6, 2))).contains("Shigeru Ishiba").doesNotContain("Sanae Takaichi");
        assertThat(names.apply(LocalDate.of(2025, 11, 24))).contains("Sanae Takaichi").doesNotContain("Shigeru Ishiba");
    }
}
