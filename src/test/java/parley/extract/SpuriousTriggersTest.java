package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/**
 * Words that only look like event triggers (session 14): "talks" and "calls" as verbs, an event in a condition or a
 * prospect, a count of rounds over months that sums up a series. Sentences of our own.
 */
class SpuriousTriggersTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String text) {
        Article a = new Article("spurious.txt", "txt", "", text + "\n\n", null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    @Test
    void talksAndCallsAsVerbsAreNoTalksAndNoCall() {
        assertThat(events("Lima now talks about a 'pause' in the dialogue with Quito, the Peruvian foreign ministry "
                + "said on Monday.")).noneMatch(e -> e.type() == EventType.TALKS);
        assertThat(events("Gustavo Petro rejected what he calls interference by Caracas on Tuesday."))
                .noneMatch(e -> e.type() == EventType.CALL);
    }

    @Test
    void anEventInAConditionOrAProspectIsNotNews() {
        assertThat(events("If Venezuela returns to talks with Colombia, Brazil will host them.")).isEmpty();
        assertThat(events("Colombia warned of a risk of renewed strikes by Venezuela on Monday.")).isEmpty();
        assertThat(events("Such a summit between Venezuela and Colombia would need months of work.")).isEmpty();
        // the main clause before a condition stays news
        assertThat(events("Brazil will host talks if Venezuela agrees, Lula said on Monday."))
                .anyMatch(e -> e.type() == EventType.TALKS);
    }

    @Test
    void aCountOfRoundsOverMonthsSumsUpASeries() {
        assertThat(events("Norway hosted five rounds between Venezuela and Colombia between May and July.")).isEmpty();
        assertThat(events("Egypt and Qatar have held six rounds of talks in Cairo from March to June.")).isEmpty();
        assertThat(events("Egypt and Qatar held talks in Cairo on Monday, their sixth round since January."))
                .anyMatch(e -> e.type() == EventType.TALKS);
    }
}
