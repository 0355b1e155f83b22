package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;

/**
 * An address to a chamber or an assembly is the speaker's statement, also when it lies ahead ("is due to address"),
 * with no article ("addressed parliament") and when the assembly is another body's ("the OAS General Assembly")
 * (session 14). Sentences of our own.
 */
class AssemblyAddressesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String text) {
        Article a = new Article("address.txt", "txt", "", text + "\n\n", null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    @Test
    void anAddressStillAheadIsAPlannedStatement() {
        for (String lead : List.of("is due to", "is set to", "is expected to")) {
            List<Event> found = events("Colombian President Gustavo Petro " + lead + " address the UN General Assembly "
                    + "on Monday.");
            assertThat(found).as(lead).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.STATEMENT);
                assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
                assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 3, 16));
            });
        }
    }

    @Test
    void aChamberWithNoArticleOrInLowerCaseIsAnAudience() {
        List<Event> found = events("Ukrainian President Volodymyr Zelensky addressed parliament in Kyiv on Tuesday.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.STATEMENT);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(e.location()).isEqualTo("Kyiv");
        });
        assertThat(events("Ukrainian President Volodymyr Zelensky will address a joint session of the chamber on "
                + "Friday.")).anyMatch(e -> e.type() == EventType.STATEMENT);
    }

    @Test
    void anotherBodysAssemblyIsNoPartyEither() {
        List<Event> found = events("Chilean President Gabriel Boric is set to address the OAS General Assembly in "
                + "Asunción on Friday.");
        assertThat(found).singleElement().satisfies(e -> {
            assertThat(e.participants().stream().map(Participant::name)).containsExactly("Gabriel Boric");
            assertThat(e.location()).isEqualTo("Asunción");
            assertThat(e.status()).isEqualTo(EventStatus.PLANNED);
        });
    }

    @Test
    void addressingAnIssueIsNoSpeech() {
        assertThat(events("Colombian President Gustavo Petro is due to address the issue of tariffs on Monday."))
                .isEmpty();
        assertThat(events("Colombian President Gustavo Petro addressed the country's debt on Monday.")).isEmpty();
    }
}
