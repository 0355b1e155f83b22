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
 * An event told inside a clause about a person ("led by X, who survived an attack last year", "Y, a veteran of the
 * 2019 talks") is that person's past: it takes no roster of the sentence and is not the event later sentences add
 * people to. Sentences of our own; the people are made up.
 */
class BackgroundClausesTest {
    private static final LocalDate THU_12_MAR = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("b.txt", "txt", "", text, null, null, null, THU_12_MAR),
                THU_12_MAR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    @Test
    void aRosterBesideAnAttackInARelativeClauseJoinsTheTalks() {
        List<Event> es = extract("""
                Government and rebel negotiators opened a new round of talks in Oslo on Tuesday.

                The rebel delegation was headed by Tomas Ibarra, who survived a drone strike on his camp in January.

                The government side was led by Marta Quintero and Luis Ferrer.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es)).hasSize(1);
        assertThat(es.get(0).type()).isEqualTo(EventType.TALKS);
        assertThat(present(es.get(0))).containsExactlyInAnyOrder("Tomas Ibarra", "Marta Quintero", "Luis Ferrer");
    }

    @Test
    void aVeteranOfEarlierTalksLeadsASideOfTheseTalks() {
        List<Event> es = extract("""
                Army and militia negotiators resumed talks in Geneva on Monday.

                The militia team was led by Samir Haddou, who escaped a bombing of his convoy in 2024.

                The army's delegation was headed by Rafael Soto, a veteran of the failed 2019 talks in Nairobi.
                """);
        Event geneva = es.stream().filter(e -> "2026-03-09".equals(e.date().iso())).findFirst().orElseThrow();
        assertThat(present(geneva)).as(SeedArticlesTest.dump(es)).contains("Samir Haddou", "Rafael Soto");
        assertThat(es).as(SeedArticlesTest.dump(es)).allMatch(e -> e.type() != EventType.MILITARY);
    }

    @Test
    void aMeetingAheadToldInARelativeClauseIsStillNews() {
        List<Event> es = extract("Nadia Farouk, who will host Pedro Alves in Cairo on Sunday, spoke to reporters.");
        assertThat(es).as(SeedArticlesTest.dump(es)).anyMatch(e -> e.type() == EventType.MEETING && present(e).contains("Nadia Farouk"));
    }
}
