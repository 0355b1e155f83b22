package parley.extract;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Articles of our own that test what Parley must not report: a summit named only as the setting of a meeting told
 * as background, and a meeting agreed on, looked forward to or urged on others as if held that day
 * ({@link SentenceLinks}); undated remarks and trips in an article that dates its events ({@link LooseReports});
 * one host meeting two different groups the same day as one meeting ({@link ArticleEvents}); a meeting on the sidelines
 * of a summit as the summit, and separate calls or meetings with several counterparts as one
 * ({@link SeparateEncounters}); one sentence's triggers glued together ("met on Sunday, hours before the summit's
 * opening"), a date shared into what was said afterwards, a coordinated verb's subject lost (sentence-apart); a meeting on the
 * sidelines of a summit whose date the sentence does not give, dated by the story's lead or nothing
 * (sidelines-lent-date, sidelines-undated: the summit's date, never the lead's, and the undated summit report is the
 * dated summit rather than a meeting with the same person); talks of two leaders the same day as a summit of four
 * or more they both attend (bilateral-beside-summit); a remark told with its occasion ("Shortly before the announcement, X wrote on X",
 * "Y told reporters outside the hotel") is the story's day, a bare quote is nothing, and a photo caption's day is not
 * the story's ({@link SituatedRemarks}); cues of type
 * ({@link SentenceEvents}): who "addressed" a meeting spoke at it (no statement of its own), to "call" the
 * discussion useful is to describe it (no call), to "visit" a person is to meet them, and a summit after "since"
 * is a yardstick of history, no event; a gathering with no one named is no event, except a dated round of the
 * talks the article reports, which takes their parties, and the names listed after a colon take part in the
 * gathering before it ({@link Negotiation}, {@link SentenceEvents}).
 */
class PrecisionFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"sidelines-setting", "loose-remarks", "agreed-meetings", "one-host-two-guests",
            "remark-occasions", "separate-encounters", "type-cues", "negotiation-rounds",
            "sentence-apart", "sidelines-lent-date", "sidelines-undated",
            "bilateral-beside-summit", "stayed-away", "signings", "labour-strikes", "absences-told-apart",
            "absences-any-noun", "readout-issuer-tokyo", "readout-issuer-downing", "readout-issuer-whitehouse",
            "chronology-entries", "saying-after-occasion", "fronted-encounters", "fronted-pronouns",
            "status-own-clause", "reported-words", "each-with-one", "mediators-apart", "credited-names",
            "called-person", "adjective-offices", "end-of-period",
            "bilateral-at-summit", "night-attacks-and-lists", "rings-and-named-gatherings",
            "bodies-in-country-lists", "remark-before-departure", "sideline-forms",
            "visit-purpose", "envoys-and-topics", "readout-secretary", "ministry-statements", "hosting-no-diplomacy",
            "reported-pronouns", "trip-then-meeting", "list-mates-and-modes",
            "set-off-country-lists", "relative-clause-times", "unasserted-events", "status-as-planned",
            "outbreaks-and-raids", "chronology-month-headings", "audiences-and-offers", "reported-plans",
            "ahead-and-hedged", "press-calls-and-stays", "signing-words", "offices-of-bodies", "collective-sides",
            "acts-without-meetings", "offices-named-before", "joint-bodies", "met-once-more",
            "past-days-and-months", "capitals-and-mediators", "joined-from-afar", "states-said-of-talks", "council-sittings", "smaller-states-leaders", "unknown-groupings", "agreed-on-a-day"})
    void reportsOnlyWhatTheArticleReports(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }

    /**
     * "the EU foreign policy chief, Kaja Kallas": the body before an office set off by a comma is where the person
     * works, not a second participant; "Barrot, who led France's side in this year's trade talks," describes Barrot
     * and puts nobody at the talks; "the hosts" is a noun, not a role.
     */
    @Test
    void affiliationsAndDescriptionsAddNoParticipants() throws IOException {
        String text = ExpectedEvents.fixture("type-cues.txt");
        LocalDate anchor = LocalDate.of(2025, 3, 12);
        List<Event> events = new RuleBasedExtractor().extract(
                new Article("type-cues.txt", "txt", "", text, null, null, null, anchor), anchor).events();
        assertThat(present(events, "Brussels")).containsExactlyInAnyOrder("Marco Rubio", "Kaja Kallas");
        assertThat(present(events, "Berlin")).containsExactlyInAnyOrder("Emmanuel Macron", "Friedrich Merz");
        // "the hosts rearranged the programme around him": a noun for the people who host, no role of Stubb's
        assertThat(events.stream().filter(e -> e.location() == null).findFirst().orElseThrow().participants()
                .stream().map(Participant::name).toList()).containsExactly("UN Security Council");
    }

    /**
     * "the summit meeting" two paragraphs after "held a summit meeting", with a paragraph of background about another
     * summit between: the event first told by the same words, not the latest summit named.
     */
    @Test
    void aDefiniteReferenceJoinsTheEventToldByItsWords() {
        String text = """
                Published: 12 June 2026

                This morning, Chancellor Friedrich Merz held a summit meeting with President Emmanuel Macron at the \
                Elysee Palace in Paris.

                Merz arrived in France yesterday from Brussels, where he had attended talks linked to the NATO summit.

                At the outset of the summit meeting, the President welcomed the Chancellor and praised his courage.
                """;
        LocalDate anchor = LocalDate.of(2026, 6, 12);
        List<Event> events = new RuleBasedExtractor().extract(
                new Article("paris.txt", "txt", "", text, null, null, null, anchor), anchor).events();
        Event outset = events.stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> m.text().startsWith("At the outset"))).findFirst().orElseThrow();
        assertThat(outset.mentions()).as(SeedArticlesTest.dump(events))
                .anyMatch(m -> m.text().contains("held a summit meeting"));
        assertThat(outset.participants().stream().map(Participant::name))
                .containsExactlyInAnyOrder("Friedrich Merz", "Emmanuel Macron");
    }

    /**
     * "arrived in Rome yesterday on a tour that began in Vienna, where he attended the summit": what was done where
     * the journey began is an earlier stop, not the day of the arrival; "travelled to Oslo yesterday, where he met
     * the prime minister" is that day.
     */
    @Test
    void anEarlierStopDoesNotTakeTheArrivalsDate() {
        String text = """
                Published: 12 June 2026

                President Emmanuel Macron arrived in Rome yesterday on a tour of Europe that began in Vienna, where he \
                attended a summit of Danube states.

                Chancellor Friedrich Merz travelled to Oslo yesterday, where he met Prime Minister Keir Starmer.
                """;
        LocalDate anchor = LocalDate.of(2026, 6, 12);
        List<Event> events = new RuleBasedExtractor().extract(
                new Article("tour.txt", "txt", "", text, null, null, null, anchor), anchor).events();
        assertThat(events).as(SeedArticlesTest.dump(events)).noneMatch(e -> e.type() == parley.domain.EventType.SUMMIT
                && e.date().known() && e.date().start().equals(LocalDate.of(2026, 6, 11)));
        assertThat(events).anyMatch(e -> e.type() == parley.domain.EventType.MEETING && e.date().known()
                && e.date().start().equals(LocalDate.of(2026, 6, 11))
                && e.participants().stream().anyMatch(p -> p.name().equals("Keir Starmer")));
    }

    /**
     * "After his stop in Ankara (where he met Fidan), Rubio flew on": the pronoun of the fronted clause is the main
     * clause's subject, not the person of the sentence before; "the leaders of the six-member Gulf Cooperation
     * Council" says whose leaders they are and brings in no pair told before.
     */
    @Test
    void frontedPronounsAndNamedGroupsTakeNoEarlierPeople() throws IOException {
        String text = ExpectedEvents.fixture("fronted-pronouns.txt");
        LocalDate anchor = LocalDate.of(2025, 10, 17);
        List<Event> events = new RuleBasedExtractor().extract(
                new Article("fronted-pronouns.txt", "txt", "", text, null, null, null, anchor), anchor).events();
        assertThat(present(events, "Ankara")).containsExactlyInAnyOrder("Marco Rubio", "Hakan Fidan");
        assertThat(present(events, "Kyiv")).containsExactlyInAnyOrder("Kaja Kallas", "Volodymyr Zelensky");
        assertThat(present(events, "Brussels")).containsExactlyInAnyOrder("António Costa", "Gulf Cooperation Council");
    }

    /**
     * "X and Y hosted the previous round": who hosted an earlier round mediates; a later round named with no one
     * ("The talks broke up on Tuesday") takes the parties of the negotiation, not the mediators, and "no new round
     * was announced", "no date for a further meeting" is no round at all.
     */
    @Test
    void mediatorsOfAnEarlierRoundAreNoPartyToTheNext() throws IOException {
        String text = ExpectedEvents.fixture("mediators-apart.txt");
        LocalDate anchor = LocalDate.of(2026, 5, 20);
        List<Event> events = new RuleBasedExtractor().extract(
                new Article("mediators-apart.txt", "txt", "", text, null, null, null, anchor), anchor).events();
        Event tuesday = events.stream().filter(e -> "2026-05-19".equals(e.date().iso())).findFirst().orElseThrow();
        assertThat(tuesday.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList())
                .containsExactlyInAnyOrder("Chad", "Niger");
        assertThat(events).noneMatch(e -> e.participants().stream().anyMatch(p -> p.name().equals("Adama Keita"))
                && !"2026-03".equals(e.date().iso()));
    }

    /** "what Downing Street called a landmark partnership": the body credited with a name is not at the meeting. */
    @Test
    void aBodyCreditedWithANameTakesNoPart() throws IOException {
        String text = ExpectedEvents.fixture("credited-names.txt");
        LocalDate anchor = LocalDate.of(2026, 5, 20);
        List<Event> events = new RuleBasedExtractor().extract(
                new Article("credited-names.txt", "txt", "", text, null, null, null, anchor), anchor).events();
        assertThat(present(events, "Ottawa")).containsExactlyInAnyOrder("Keir Starmer", "Mark Carney");
        assertThat(present(events, "Kuala Lumpur")).containsExactlyInAnyOrder("Wang Yi", "Marco Rubio");
    }

    private static List<String> present(List<Event> events, String place) {
        return events.stream().filter(e -> place.equals(e.location())).findFirst().orElseThrow().participants()
                .stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }
}
