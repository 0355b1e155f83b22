package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * A subject given by context, not by name (session 15): "the new minister", "the veteran mediator" stand for the one
 * person the last sentences named with that role; a label line's pronoun ("Envoy in Lusaka: she is due …",
 * "Foreign Minister X: she will meet …") stands for the label's person. Sentences are our own.
 */
class RoleAndLabelSubjectsTest {
    private static final LocalDate THU_12_MAR = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("r.txt", "txt", "", text, null, null, null, THU_12_MAR),
                THU_12_MAR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    private static Event on(List<Event> events, String iso) {
        return events.stream().filter(e -> iso.equals(e.date().iso())).findFirst().orElse(null);
    }

    @Test
    void aDescribedRoleIsItsLastHolder() {
        String[][] cases = {
            {"Ambassador Karl Weiss was named special envoy for the Sahel in January. On Monday the new envoy visited"
                + " Niamey.", "2026-03-09", "Karl Weiss"},
            {"Foreign Minister Lena Ortiz took office on Friday after a cabinet reshuffle. The new minister flew to"
                + " Madrid on Monday for talks with Foreign Minister José Albares.", "2026-03-09", "Lena Ortiz"},
            {"Mediator Tarja Halonen, a former president, has led the effort since 2024. On Tuesday the veteran"
                + " mediator met the two delegations in Helsinki.", "2026-03-10", "Tarja Halonen"},
        };
        for (String[] c : cases) {
            List<Event> events = extract(c[0]);
            Event e = on(events, c[1]);
            assertThat(e).as(c[0] + "\n" + SeedArticlesTest.dump(events)).isNotNull();
            assertThat(present(e)).as(c[0]).contains(c[2]);
        }
    }

    @Test
    void twoHoldersOfTheRoleLeaveItUnread() {
        List<Event> events = extract("Ambassador Karl Weiss, the Sahel envoy, and Ambassador Maria Rossi, the Horn"
                + " envoy, met in Rome in January. On Monday the new envoy visited Niamey.");
        assertThat(on(events, "2026-03-09")).as(SeedArticlesTest.dump(events)).isNull();
    }

    @Test
    void aLabelLinesPronounIsTheLabelsPerson() {
        List<Event> named = extract("Talks agenda\n\nForeign Minister Lena Ortiz: she will meet Foreign Minister José"
                + " Albares in Madrid on Friday.\n");
        Event madrid = on(named, "2026-03-13");
        assertThat(madrid).as(SeedArticlesTest.dump(named)).isNotNull();
        assertThat(present(madrid)).contains("Lena Ortiz", "José Manuel Albares");
        List<Event> role = extract("Kenya named Ambassador Ruth Kamau as its special envoy to Zambia on Monday.\n\n"
                + "Envoy in Lusaka: she is due to arrive on Thursday for talks with President Hakainde Hichilema.\n");
        Event lusaka = on(role, "2026-03-12");
        assertThat(lusaka).as(SeedArticlesTest.dump(role)).isNotNull();
        assertThat(present(lusaka)).contains("Ruth Kamau", "Hakainde Hichilema");
    }
}
