package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * "The two leaders", "both sides", "the three ministers": a counted group takes the people of a group of exactly
 * that size (an event just reported, else the people named in the last few sentences), or nobody.
 */
class GroupReferenceTest {
    private static final LocalDate MON_10_MAR = LocalDate.of(2025, 3, 10);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("g.txt", "txt", "", text, null, null, null, MON_10_MAR),
                MON_10_MAR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    private static Event on(List<Event> events, String iso) {
        return events.stream().filter(e -> iso.equals(e.date().iso())).findFirst().orElse(null);
    }

    @Test
    void threeMinistersTakeTheThreePeopleOfTheMeetingJustReported() {
        List<Event> events = extract("Radosław Sikorski hosted Johann Wadephul and Jean-Noël Barrot in Weimar on"
                + " Monday. The three ministers will meet again in Paris on Thursday.");
        Event paris = on(events, "2025-03-13");
        assertThat(paris).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(paris)).containsExactlyInAnyOrder("Radosław Sikorski", "Johann Wadephul",
                "Jean-Noël Barrot");
        assertThat(paris.location()).isEqualTo("Paris");
    }

    @Test
    void twoGovernmentsAreTheStatesOfThePeopleJustNamed() {
        List<Event> events = extract("Marco Rubio met Wang Yi in Kuala Lumpur on Friday. On Saturday the two"
                + " governments issued a joint statement on shipping lanes.");
        Event statement = on(events, "2025-03-08");
        assertThat(statement).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(statement)).containsExactlyInAnyOrder("United States", "China");
        List<Event> three = extract("Marco Rubio met Wang Yi and Penny Wong in Kuala Lumpur on Friday. On Saturday"
                + " the two governments issued a joint statement on shipping lanes.");
        assertThat(on(three, "2025-03-08")).as(SeedArticlesTest.dump(three)).isNull(); // three states, not two
    }

    @Test
    void twoLeadersSkipAThreeWayMeetingForTheLastPair() {
        List<Event> events = extract("Keir Starmer spoke to Mark Carney by phone on Saturday. On Monday, Emmanuel"
                + " Macron hosted Friedrich Merz and Donald Tusk in Paris. The two leaders will meet in Ottawa on"
                + " Friday.");
        Event ottawa = on(events, "2025-03-14");
        assertThat(ottawa).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(ottawa)).containsExactlyInAnyOrder("Keir Starmer", "Mark Carney");
    }

    /** The pair the sentence just before named is nearer than an older meeting of the same kind. */
    @Test
    void twoLeadersAreThePairOfTheSentenceBefore() {
        List<Event> events = extract("Emmanuel Macron held talks with Friedrich Merz in Paris on Sunday. On Monday"
                + " Macron landed in Madrid and was welcomed at the airport by Pedro Sánchez. After a walk through"
                + " the old town, the two leaders held talks at the Moncloa palace.");
        Event madrid = events.stream().filter(e -> e.date().iso().equals("2025-03-10")
                && "Moncloa".equals(e.location()) || e.mentions().stream().anyMatch(m -> m.text().contains("Moncloa")))
                .findFirst().orElse(null);
        assertThat(madrid).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(madrid)).contains("Emmanuel Macron", "Pedro Sánchez").doesNotContain("Friedrich Merz");
    }

    /** A briefing's bullet lead names the pair ("**Sánchez–Macron.**"); the entry's "two leaders" are that pair. */
    @Test
    void aBulletLeadNamesThePair() {
        List<Event> events = extract("- **Macron–Merz.** Emmanuel Macron held talks with Friedrich Merz in Paris on"
                + " Saturday.\n- **Sánchez–Macron.** On Monday the two leaders held talks in Madrid.");
        Event madrid = on(events, "2025-03-10");
        assertThat(madrid).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(madrid)).containsExactlyInAnyOrder("Emmanuel Macron", "Pedro Sánchez");
    }

    /** "phoned both leaders": the group as the object right after a call verb. */
    @Test
    void aCallToBothLeadersReachesThePair() {
        List<Event> events = extract("Pedro Sánchez held talks with Giorgia Meloni in Rome on Thursday. On Saturday"
                + " Ursula von der Leyen phoned both leaders about the migration pact.");
        Event call = on(events, "2025-03-08");
        assertThat(call).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(call)).containsExactlyInAnyOrder("Ursula von der Leyen", "Pedro Sánchez",
                "Giorgia Meloni");
    }

    @Test
    void aCountThatFitsNoGroupBringsNobody() {
        List<Event> events = extract("Emmanuel Macron hosted Friedrich Merz and Donald Tusk in Paris on Monday."
                + " The two leaders will meet again in Berlin on Friday.");
        Event berlin = on(events, "2025-03-14");
        if (berlin != null) {
            assertThat(present(berlin)).as(SeedArticlesTest.dump(events)).isEmpty();
        }
        assertThat(events).noneMatch(e -> "2025-03-14".equals(e.date().iso()) && !present(e).isEmpty());
    }

    @Test
    void aCountedGroupCanBeThePeopleNamedInTheSentencesBefore() {
        List<Event> events = extract("Andrii Sybiha, Hakan Fidan and Sergei Lavrov spent Sunday reading the draft."
                + " The three ministers will meet in Istanbul on Wednesday.");
        Event istanbul = on(events, "2025-03-12");
        assertThat(istanbul).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(istanbul)).containsExactlyInAnyOrder("Andrii Sybiha", "Hakan Fidan", "Sergei Lavrov");
        assertThat(istanbul.mentions().get(0).contribution()).contains("participants named just before");
    }

    @Test
    void bothLeadersIsAPair() {
        List<Event> events = extract("Giorgia Meloni received Pedro Sánchez in Rome on Monday for talks on"
                + " migration. Both leaders will attend a summit in Brussels on Thursday.");
        Event brussels = on(events, "2025-03-13");
        assertThat(brussels).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(brussels)).containsExactlyInAnyOrder("Giorgia Meloni", "Pedro Sánchez");
    }

    @Test
    void thePresidentsAreNotTheMinistersJustNamed() {
        List<Event> events = extract("Andrii Sybiha met Sergei Lavrov in Istanbul on Monday. A meeting between the"
                + " two presidents in Istanbul on Friday is still possible, officials said.");
        assertThat(events).as(SeedArticlesTest.dump(events))
                .noneMatch(e -> "2025-03-14".equals(e.date().iso()) && present(e).contains("Sergei Lavrov"));
        assertThat(events).anyMatch(e -> "2025-03-10".equals(e.date().iso()) && present(e).contains("Sergei Lavrov"));
    }
}
