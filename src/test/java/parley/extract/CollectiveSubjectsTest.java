package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * A group with no one named ("Gulf foreign ministers", "Nordic defence ministers", "army chiefs from the coalition
 * countries") keeps its event, with the region's body or countries, or the coalition the article named (session 15).
 * Sentences are our own.
 */
class CollectiveSubjectsTest {
    private static final LocalDate THU_12_MAR = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("c.txt", "txt", "", text, null, null, null, THU_12_MAR),
                THU_12_MAR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    private static Event on(List<Event> events, String iso) {
        return events.stream().filter(e -> iso.equals(e.date().iso())).findFirst().orElse(null);
    }

    @Test
    void aRegionsGroupIsItsBodyOrItsCountries() {
        List<Event> gulf = extract("Gulf foreign ministers held talks in Doha on Sunday on the shipping crisis.");
        assertThat(on(gulf, "2026-03-08")).as(SeedArticlesTest.dump(gulf)).isNotNull();
        assertThat(present(on(gulf, "2026-03-08"))).containsExactly("Gulf Cooperation Council");
        List<Event> nordic = extract("Nordic defence ministers will meet in Oslo on Friday to discuss air policing.");
        assertThat(on(nordic, "2026-03-13")).as(SeedArticlesTest.dump(nordic)).isNotNull();
        assertThat(present(on(nordic, "2026-03-13"))).containsExactlyInAnyOrder("Denmark", "Finland", "Iceland",
                "Norway", "Sweden");
        List<Event> baltic = extract("Army chiefs from the Baltic states met in Riga on Tuesday.");
        assertThat(on(baltic, "2026-03-10")).as(SeedArticlesTest.dump(baltic)).isNotNull();
        assertThat(present(on(baltic, "2026-03-10"))).containsExactlyInAnyOrder("Estonia", "Latvia", "Lithuania");
    }

    @Test
    void theCoalitionIsTheOneTheArticleNamed() {
        String lead = "Britain and France lead the Coalition of the Willing, which backs Kyiv. ";
        for (String second : List.of("Army chiefs from the coalition countries met in Paris on Tuesday.",
                "Coalition defence ministers held talks in Paris on Tuesday.")) {
            List<Event> events = extract(lead + second);
            Event paris = on(events, "2026-03-10");
            assertThat(paris).as(second + "\n" + SeedArticlesTest.dump(events)).isNotNull();
            assertThat(present(paris)).contains("Coalition of the Willing");
        }
        // no coalition named before: nobody to file the event under
        List<Event> none = extract("Army chiefs from the coalition countries met in Paris on Tuesday.");
        assertThat(on(none, "2026-03-10")).as(SeedArticlesTest.dump(none)).isNull();
    }

    @Test
    void aGroupQuotedAsASourceMakesNoEvent() {
        List<Event> events = extract("Gulf diplomats said on Monday that the shipping crisis had eased.");
        assertThat(events).as(SeedArticlesTest.dump(events)).isEmpty();
    }
}
