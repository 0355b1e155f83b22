package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * A roster told in the sentence after a gathering ("Present were: A, B and C.", "Attending: A, B.", "Those present
 * included A and B.") names the gathering's people; it is no event of its own (session 15). Sentences are our own.
 */
class InlineRostersTest {
    private static final LocalDate THU_12_MAR = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("i.txt", "txt", "", text, null, null, null, THU_12_MAR),
                THU_12_MAR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    @Test
    void theRosterSentenceJoinsTheGatheringJustReported() {
        String[] rosters = {
            "Present were: President Luis Arce, President Gabriel Boric and Prime Minister Pedro Ruiz.",
            "Attending: President Luis Arce, President Gabriel Boric and Prime Minister Pedro Ruiz.",
            "Those present included President Luis Arce, President Gabriel Boric and Prime Minister Pedro Ruiz.",
        };
        for (String roster : rosters) {
            List<Event> events = extract("Prime Minister Ana Costa hosted a summit on water in Lisbon on Monday. "
                    + roster);
            assertThat(events).as(roster + "\n" + SeedArticlesTest.dump(events)).hasSize(1);
            assertThat(present(events.get(0))).as(roster).contains("Ana Costa", "Luis Arce", "Gabriel Boric",
                    "Pedro Ruiz");
        }
    }

    @Test
    void anEastAfricanGatheringIsNotTheAfricanUnion() {
        List<Event> events = extract("President Samia Suluhu Hassan convened a meeting of East African leaders in"
                + " Arusha on Monday. Present were: President William Ruto of Kenya, President Yoweri Museveni of"
                + " Uganda and President Paul Kagame of Rwanda.");
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(1);
        assertThat(present(events.get(0))).contains("Samia Suluhu Hassan", "William Ruto", "Yoweri Museveni",
                "Paul Kagame").doesNotContain("African Union");
    }
}
