package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;

/**
 * Countries that speak through a joint statement told with a verb of saying, before or after it (session 14; "issued a
 * joint statement" was session 13's). Sentences of our own.
 */
class JointStatementIssuersTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static Event statement(String text) {
        Article a = new Article("joint.txt", "txt", "", text + "\n\n", null, null, null, ANCHOR);
        List<Event> of = new RuleBasedExtractor().extract(a, ANCHOR).events().stream()
                .filter(e -> e.type() == EventType.STATEMENT).toList();
        assertThat(of).as("statements of %s", text).hasSize(1);
        return of.get(0);
    }

    @Test
    void countriesSayingSomethingInAJointStatementIssueIt() {
        Event said = statement("Chile and Argentina said in a joint statement on Monday that the border was open.");
        assertThat(said.participants().stream().map(Participant::name)).contains("Chile", "Argentina");
        assertThat(said.date().start()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void aJointStatementFrontedBeforeItsCountriesIsTheirs() {
        Event fronted = statement("In a joint statement on Tuesday, Uruguay and Paraguay welcomed the river accord.");
        assertThat(fronted.participants().stream().map(Participant::name)).contains("Uruguay", "Paraguay");
        assertThat(fronted.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
    }
}
