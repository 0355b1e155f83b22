package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * "They", "the two women", "the three heads of state", "both defence ministers": a plural subject with no name of its
 * own stands for the pair or group the last sentences named together, even when no event gathered them before
 * (session 15). Sentences are our own.
 */
class PluralAnaphoraTest {
    private static final LocalDate THU_12_MAR = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("p.txt", "txt", "", text, null, null, null, THU_12_MAR),
                THU_12_MAR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    private static Event on(List<Event> events, String iso) {
        return events.stream().filter(e -> iso.equals(e.date().iso())).findFirst().orElse(null);
    }

    private static final String PAIR = "Foreign Minister Rania Aziz of Jordan and Foreign Minister Tomás Ferreira of"
            + " Portugal arrived separately in Geneva on Monday. ";

    @Test
    void theyAfterAFrontedDayIsThePairNamedTogether() {
        for (String second : List.of("On Tuesday they held talks.", "They held talks on Tuesday.",
                "On Tuesday, they sat down for talks on water sharing.")) {
            List<Event> events = extract(PAIR + second);
            Event talks = on(events, "2026-03-10");
            assertThat(talks).as(second + "\n" + SeedArticlesTest.dump(events)).isNotNull();
            assertThat(present(talks)).containsExactlyInAnyOrder("Rania Aziz", "Tomás Ferreira");
        }
    }

    @Test
    void aCountedGroupSignsWhatThePairSigned() {
        for (String second : List.of("On Tuesday the two ministers signed an accord on water sharing.",
                "On Tuesday the two women signed a memorandum on river basins.",
                "On Tuesday both ministers then signed a protocol on irrigation.")) {
            List<Event> events = extract(PAIR + second);
            Event signing = on(events, "2026-03-10");
            assertThat(signing).as(second + "\n" + SeedArticlesTest.dump(events)).isNotNull();
            assertThat(present(signing)).containsExactlyInAnyOrder("Rania Aziz", "Tomás Ferreira");
        }
    }

    @Test
    void headsOfStateAndPortfolioMinistersCountTheGroup() {
        List<Event> events = extract("President Luis Arce of Bolivia, President Gabriel Boric of Chile and President"
                + " Daniel Noboa of Ecuador reached Quito on Sunday. The three heads of state held a summit on Monday.");
        Event summit = on(events, "2026-03-09");
        assertThat(summit).as(SeedArticlesTest.dump(events)).isNotNull();
        assertThat(present(summit)).containsExactlyInAnyOrder("Luis Arce", "Gabriel Boric", "Daniel Noboa");
        List<Event> defence = extract("Defence Minister Pål Jonson of Sweden and Defence Minister Antti Häkkänen of"
                + " Finland toured the exercise area on Monday. The two defence ministers will meet in Oslo on"
                + " Friday.");
        Event oslo = on(defence, "2026-03-13");
        assertThat(oslo).as(SeedArticlesTest.dump(defence)).isNotNull();
        assertThat(present(oslo)).containsExactlyInAnyOrder("Pål Jonson", "Antti Häkkänen");
    }

    @Test
    void theyDoesNotReachPeopleNamedApartOrAcrossAHeading() {
        // the pair was criticised by a spokesman: named as objects, not together as the subject
        List<Event> events = extract("Spokesman Tom Reed criticised Prime Minister Ana Costa and President Luis"
                + " Arce on Monday. On Friday they will meet in Lima.");
        assertThat(events).as(SeedArticlesTest.dump(events)).noneMatch(e -> present(e).contains("Tom Reed"));
        List<Event> heading = extract("Pacific round-up\n\nForeign Minister Rania Aziz of Jordan and Foreign Minister"
                + " Tomás Ferreira of Portugal arrived separately in Geneva on Monday.\n\n## Other news\n\nOn Tuesday"
                + " they held talks.\n");
        assertThat(on(heading, "2026-03-10")).as(SeedArticlesTest.dump(heading)).isNull();
    }
}
