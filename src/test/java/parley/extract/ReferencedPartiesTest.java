package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * Parties named by reference to people told before: "the same pair", "the same two ministers"; the traveller of a
 * visit in the clause about it ("during which he met Y"). Sentences of our own.
 */
class ReferencedPartiesTest {
    private static final LocalDate THU_12_MAR = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("p.txt", "txt", "", text, null, null, null, THU_12_MAR),
                THU_12_MAR).events();
    }

    private static List<String> presentOn(List<Event> es, String iso) {
        Event e = es.stream().filter(x -> iso.equals(x.date().iso())).findFirst().orElse(null);
        assertThat(e).as(SeedArticlesTest.dump(es)).isNotNull();
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    @Test
    void theSamePairMeetingAgainAreThePeopleOfTheLastMeeting() {
        List<Event> es = extract("Hakan Fidan received Sergei Lavrov in Antalya on 2 February.\n\n"
                + "Four weeks on, the same pair met again in Lisbon on 2 March.");
        assertThat(presentOn(es, "2026-03-02")).containsExactlyInAnyOrder("Hakan Fidan", "Sergei Lavrov");
    }

    @Test
    void theSameTwoMinistersHoldingTalksAreThePeopleOfTheLastMeeting() {
        List<Event> es = extract("Hakan Fidan met Sergei Lavrov in Antalya on 2 February.\n\n"
                + "On 5 March the same two ministers held talks in Baku.");
        assertThat(presentOn(es, "2026-03-05")).containsExactlyInAnyOrder("Hakan Fidan", "Sergei Lavrov");
    }

    @Test
    void theTravellerHoldsTheTalksOfTheVisitsClause() {
        List<Event> es = extract("Hakan Fidan landed in Tunis on Monday for a three-day visit, in the course of which"
                + " he held talks with Kais Saied.");
        Event talks = es.stream().filter(e -> e.type() != parley.domain.EventType.VISIT).findFirst().orElse(null);
        assertThat(talks).as(SeedArticlesTest.dump(es)).isNotNull();
        assertThat(talks.participants().stream().map(Participant::name).toList())
                .containsExactlyInAnyOrder("Hakan Fidan", "Kais Saied");
        assertThat(talks.location()).isEqualTo("Tunis");
    }
}
