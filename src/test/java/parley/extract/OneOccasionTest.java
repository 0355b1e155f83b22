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
 * One occasion gives one event, two occasions never merge, and the type follows the article's word (session 13).
 * Sentences of our own.
 */
class OneOccasionTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "REGIONAL DESK\nPublished: 12 March 2026\n\nLeaders and envoys this week\n\n" + body + "\n";
        Article a = new Article("occasions.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<Event> of(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    // --- remote participation adds to the occasion

    @Test
    void addressingThePlenaryByVideoIsTakingPartInTheSummit() {
        List<Event> es = events("The Andean Community summit opened in Lima on Monday with Peru's president Dina"
                + " Boluarte as host and Bolivia's president Luis Arce attending. Colombia's president Gustavo Petro"
                + " addressed the plenary by video.");
        assertThat(es).hasSize(1);
        assertThat(present(es.get(0))).contains("Gustavo Petro", "Luis Arce");
    }

    @Test
    void joiningThemByVideoLinkIsNoSecondMeeting() {
        for (String tail : List.of("joined them by video link.", "joined from Lima by video link.")) {
            List<Event> es = events("On Tuesday the Central American leaders met in Tegucigalpa, Honduras, with"
                    + " President Xiomara Castro as host and Guatemala's Bernardo Arévalo attending. Peru's president"
                    + " Dina Boluarte " + tail);
            assertThat(es).as(tail).hasSize(1);
            assertThat(present(es.get(0))).as(tail).contains("Dina Boluarte", "Bernardo Arévalo");
        }
    }

    @Test
    void speakingToTheSummitByVideoLinkIsTakingPartButTwoTalkingByVideoMeet() {
        String summit = "EU leaders met in Brussels on Thursday for a summit, with Emmanuel Macron and Friedrich Merz"
                + " attending. ";
        List<Event> es = events(summit + "Volodymyr Zelensky, speaking by video link from Kyiv, urged the leaders to"
                + " act.");
        assertThat(es).hasSize(1);
        assertThat(present(es.get(0))).contains("Volodymyr Zelensky");
        List<Event> two = events(summit + "Keir Starmer and Mark Carney spoke by video link on Thursday evening.");
        assertThat(two).hasSize(2);
        assertThat(present(of(two, EventType.SUMMIT).get(0))).doesNotContain("Keir Starmer");
    }

    @Test
    void speakingToSomeoneByPhoneIsStillACall() {
        List<Event> es = events("Chile's president Gabriel Boric met Argentina's president Javier Milei in Santiago on"
                + " Monday. Peru's president Dina Boluarte spoke to Boric by phone on Monday evening.");
        assertThat(of(es, EventType.CALL)).hasSize(1);
        assertThat(present(of(es, EventType.MEETING).get(0))).doesNotContain("Dina Boluarte");
    }

    // --- signings at a meeting

    @Test
    void aJointDeclarationSignedAtTheMeetingIsNoStatementBesideIt() {
        for (String body : List.of(
                "Chile's president Gabriel Boric and Argentina's president Javier Milei met in Santiago on Monday"
                        + " and signed a joint declaration on border crossings.",
                "Chile's president Gabriel Boric received Argentina's president Javier Milei in Santiago on Monday."
                        + " The two presidents then signed a joint declaration.")) {
            List<Event> es = events(body);
            assertThat(es).as(body).hasSize(1);
            assertThat(es.get(0).type()).isEqualTo(EventType.MEETING);
            assertThat(es.get(0).mentions()).as(body).hasSize(body.contains(" The two") ? 2 : 1);
        }
    }

    @Test
    void aJointDeclarationIssuedStaysAStatement() {
        List<Event> es = events("Chile's president Gabriel Boric and Argentina's president Javier Milei met in"
                + " Santiago on Monday and issued a joint declaration on border crossings.");
        assertThat(of(es, EventType.STATEMENT)).hasSize(1);
        assertThat(of(es, EventType.MEETING)).hasSize(1);
    }

    @Test
    void agreementsSignedAfterTheMeetingAreThatMeeting() {
        List<Event> es = events("Chile's president Gabriel Boric received Argentina's president Javier Milei in"
                + " Santiago on Monday. Chile's foreign minister Alberto van Klaveren and Argentina's foreign minister"
                + " Gerardo Werthein signed a lithium accord, Boric and Milei signed an energy treaty and the two"
                + " governments signed a customs protocol.");
        assertThat(es).hasSize(1);
        assertThat(present(es.get(0))).contains("Gabriel Boric", "Javier Milei", "Alberto van Klaveren",
                "Gerardo Werthein").doesNotContain("Chile", "Argentina");
    }

    @Test
    void otherStatesSigningThatDayAreNotAtTheMeeting() {
        List<Event> es = events("Chile's president Gabriel Boric received Argentina's president Javier Milei in"
                + " Santiago on Monday. Bolivia and Peru signed a border accord the same day.");
        assertThat(of(es, EventType.MEETING)).hasSize(2);
    }

    @Test
    void aSigningOnAnotherDayElsewhereStaysItsOwnMeeting() {
        List<Event> es = events("Chile's president Gabriel Boric received Argentina's president Javier Milei in"
                + " Santiago on Monday. On Wednesday Chile's foreign minister Alberto van Klaveren and Argentina's"
                + " foreign minister Gerardo Werthein signed a customs protocol in Buenos Aires.");
        assertThat(of(es, EventType.MEETING)).hasSize(2);
    }

    // --- hosts, chairs and a body's formal session

    @Test
    void theHostWelcomingTheLeadersOrOpeningTheSummitIsTheSummit() {
        String summit = "Leaders of the Andean Community gathered in La Paz on Monday for their annual summit, with"
                + " Ecuador's president Daniel Noboa and Colombia's president Gustavo Petro attending. ";
        for (String tail : List.of("Bolivia's president Luis Arce welcomed Noboa and Petro at the Casa Grande del"
                + " Pueblo.", "Bolivia's president Luis Arce opened the summit on Monday morning.")) {
            List<Event> es = events(summit + tail);
            assertThat(es).as(tail).hasSize(1);
            assertThat(es.get(0).type()).isEqualTo(EventType.SUMMIT);
            assertThat(present(es.get(0))).as(tail).contains("Luis Arce", "Daniel Noboa");
        }
    }

    @Test
    void aWelcomeTheNextSentenceCallsASummitIsThatSummit() {
        List<Event> es = events("Czech prime minister Petr Fiala welcomed Slovak president Peter Pellegrini and"
                + " Austrian president Alexander Van der Bellen to Prague Castle on Monday. The summit was the first of"
                + " the Slavkov format since 2019.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).type()).isEqualTo(EventType.SUMMIT);
    }

    @Test
    void aBodysPlenarySessionAndTheOrganisationsSummitOnItsDaysAreOneEvent() {
        List<Event> es = events("The 12th plenary session of the Andean Community met in La Paz on 3 and 4 March,"
                + " with Bolivia's president Luis Arce and Peru's president Dina Boluarte. The Andean Community"
                + " closed its summit in La Paz on 4 March.");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).type()).isEqualTo(EventType.SUMMIT);
    }

    // --- two occasions never merge

    @Test
    void aReceptionAfterTheSigningByANewHostIsASecondMeeting() {
        List<Event> es = events("Spain's foreign minister José Manuel Albares and Morocco's foreign minister Nasser"
                + " Bourita signed a fisheries accord in Rabat on Tuesday. After the signing, King Mohammed VI received"
                + " both ministers at the palace.");
        assertThat(of(es, EventType.MEETING)).hasSize(2);
    }

    @Test
    void statementsOfTwoSpeakersOnOneDayAreTwo() {
        List<Event> es = events("Spain's foreign minister José Manuel Albares issued a statement on Tuesday welcoming"
                + " the deal. Morocco's foreign minister Nasser Bourita issued a statement on Tuesday thanking Albares"
                + " for his work.");
        assertThat(of(es, EventType.STATEMENT)).hasSize(2);
    }

    @Test
    void aFollowUpWithADayOfItsOwnIsAnotherGathering() {
        List<Event> es = events("Spain's foreign minister José Manuel Albares and Morocco's foreign minister Nasser"
                + " Bourita began talks in Rabat on Tuesday. Two days later, France's foreign minister Jean-Noël"
                + " Barrot joined them.");
        assertThat(es).hasSize(2);
        Event later = es.stream().filter(e -> present(e).contains("Jean-Noël Barrot")).findFirst().orElseThrow();
        assertThat(later.date().start()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(es.stream().filter(e -> e != later).findFirst().orElseThrow().date().start())
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aFollowUpJoinedOnADayOfItsOwnWordsIsAnotherGatheringButTheSameDayIsNot() {
        String talks = "Spain's foreign minister José Manuel Albares and Morocco's foreign minister Nasser Bourita"
                + " began talks in Rabat on Tuesday. ";
        List<Event> later = events(talks + "On Wednesday, France's foreign minister Jean-Noël Barrot joined them.");
        assertThat(later).hasSize(2);
        assertThat(later.stream().filter(e -> present(e).contains("Jean-Noël Barrot")).findFirst().orElseThrow()
                .date().start()).isEqualTo(LocalDate.of(2026, 3, 11));
        List<Event> same = events(talks + "On Tuesday evening France's foreign minister Jean-Noël Barrot joined them.");
        assertThat(same).hasSize(1);
        assertThat(present(same.get(0))).contains("Jean-Noël Barrot");
    }

    @Test
    void aReportGoingOnNowIsNotTheFirstMeetingYearsAgo() {
        List<Event> es = events("Emmanuel Macron and Friedrich Merz first met in January 2019. Macron and Merz are"
                + " meeting in Paris.");
        Event history = es.stream().filter(e -> e.date().known()).findFirst().orElseThrow();
        assertThat(history.mentions()).hasSize(1);
        assertThat(es).hasSize(2);
    }

    // --- the type follows the article's word, not the setting

    @Test
    void onTheEveOfTheSummitTheCallOrMeetingKeepsItsTypeAndDay() {
        Event met = events("Japan's prime minister Sanae Takaichi and Chinese premier Li Qiang met on the eve of the"
                + " summit in Kuala Lumpur on Sunday.").get(0);
        assertThat(met.type()).isEqualTo(EventType.MEETING);
        assertThat(met.date().start()).isEqualTo(LocalDate.of(2026, 3, 8));
        List<Event> call = events("Japan's prime minister Sanae Takaichi and Chinese premier Li Qiang held a phone"
                + " call on the eve of the ASEAN summit on Sunday.");
        assertThat(of(call, EventType.CALL)).hasSize(1);
        assertThat(present(of(call, EventType.CALL).get(0))).contains("Sanae Takaichi", "Li Qiang");
        assertThat(of(call, EventType.SUMMIT)).isEmpty();
    }

    @Test
    void aPressConferenceAfterTheSummitIsItsOwnEventNotTheSummits() {
        List<Event> es = events("EU leaders met in Brussels on Thursday for a summit, with Emmanuel Macron and"
                + " Friedrich Merz attending. At a press conference after the summit, Macron said the deal was close.");
        assertThat(of(es, EventType.SUMMIT)).hasSize(1);
        assertThat(of(es, EventType.PRESS_CONFERENCE)).hasSize(1);
        assertThat(present(of(es, EventType.PRESS_CONFERENCE).get(0))).containsExactly("Emmanuel Macron");
    }

    @Test
    void negotiatorsSittingDownWithTheOtherSideHoldTalks() {
        Event e = events("Colombia's chief negotiator Otty Patiño sat down with the ELN commander Pablo Beltrán in"
                + " Havana on Monday.").get(0);
        assertThat(e.type()).isEqualTo(EventType.TALKS);
        Event leaders = events("Brazil's president Luiz Inácio Lula da Silva sat down with Chile's president Gabriel"
                + " Boric in Brasília on Monday.").get(0);
        assertThat(leaders.type()).isEqualTo(EventType.MEETING);
    }

    @Test
    void aTripAndTheMeetingDuringItAreReportedApart() {
        // GUIDELINES.md: a leader's trip abroad is a VISIT, the meeting held during it a separate MEETING
        List<Event> es = events("US envoy Richard Grenell flew to Managua on Monday and met President Daniel Ortega.");
        assertThat(of(es, EventType.VISIT)).hasSize(1);
        assertThat(of(es, EventType.MEETING)).hasSize(1);
    }

    @Test
    void theTravellerIsAtTheMeetingHisTripIsFor() {
        List<Event> es = events("US envoy Richard Grenell flew to Caracas on Monday for a meeting with Nicolás"
                + " Maduro.");
        assertThat(of(es, EventType.VISIT)).hasSize(1);
        assertThat(present(of(es, EventType.MEETING).get(0))).contains("Richard Grenell", "Nicolás Maduro");
    }
}
