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
 * "called on <titled person>" is a courtesy call in person (a meeting); "called on X to <verb>" is an appeal and no
 * event. Sentences of our own.
 */
class CourtesyCallsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("c.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    @Test
    void callingOnATitledLeaderIsAMeeting() {
        List<Event> es = extract("""
                Lammy in Kenya

                On Tuesday evening Foreign Secretary David Lammy called on President William Ruto at State House.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es)).hasSize(1);
        assertThat(es.get(0).type()).isEqualTo(EventType.MEETING);
        assertThat(present(es.get(0))).containsExactlyInAnyOrder("David Lammy", "William Ruto");
        assertThat(es.get(0).date().iso()).isEqualTo("2026-03-10");
    }

    @Test
    void callingOnAPrimeMinisterInHisCapitalIsAMeeting() {
        List<Event> es = extract("""
                Scholz in India

                Chancellor Olaf Scholz called on Prime Minister Narendra Modi in New Delhi on Wednesday morning.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es)).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.MEETING);
            assertThat(present(e)).contains("Narendra Modi");
        });
    }

    @Test
    void callingOnSomeoneToActIsAnAppeal() {
        List<Event> es = extract("""
                Appeals for calm

                On Tuesday President Lula da Silva called on President Xi Jinping to end the dispute.

                On Wednesday Chancellor Olaf Scholz called on Israel and Iran to show restraint.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es)).isEmpty();
    }
}
