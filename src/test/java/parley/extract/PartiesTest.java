package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * Events whose parties are implicit, named by their part or little known (session 13): countries that issue a
 * statement or sign, a non-state party and its untitled signatories, a post told without its channel, strikes in a
 * chronology's entries, summoned envoys, stand-ins and officials named only by their office. Sentences of our own.
 */
class PartiesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "SOUTHERN DESK\nPublished: 12 March 2026\n\nNeighbours at work\n\n" + body + "\n";
        Article a = new Article("parties.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).sorted().toList();
    }

    private static List<String> withRole(Event e, Role role) {
        return e.participants().stream().filter(p -> p.role() == role).map(Participant::name).sorted().toList();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void countriesThatIssueAStatementAreItsSpeakers() {
        Event statement = only(events("Argentina and Uruguay issued a joint statement in Montevideo on Friday."),
                EventType.STATEMENT);
        assertThat(withRole(statement, Role.SPEAKER)).containsExactly("Argentina", "Uruguay");
        assertThat(statement.date().start()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(statement.location()).isEqualTo("Montevideo");
    }

    @Test
    void foreignMinistriesSpeakForTheirCountries() {
        Event statement = only(events("The foreign ministries of Chile and Peru said in a joint statement on Tuesday "
                + "that the border crossing would reopen."), EventType.STATEMENT);
        assertThat(withRole(statement, Role.SPEAKER)).containsExactly("Chile", "Peru");
    }

    @Test
    void aTimeBetweenTheSignatoriesAndTheVerbStillMakesASigning() {
        Event signing = only(events("Bolivia and Paraguay today signed a border accord in Asuncion."),
                EventType.MEETING);
        assertThat(present(signing)).containsExactly("Bolivia", "Paraguay");
        assertThat(signing.date().start()).isEqualTo(ANCHOR);
    }

    @Test
    void aNonStatePartyAndItsUntitledSignatoriesSignWithAGovernment() {
        List<Event> found = events("Colombia and the ELN signed a ceasefire protocol in Havana on Monday. It was "
                + "signed for Bogotá by Ana Ruiz and for the guerrilla by Pablo Beltrán.");
        Event signing = only(found, EventType.MEETING);
        assertThat(present(signing)).contains("ELN", "Ana Ruiz", "Pablo Beltrán");
        assertThat(signing.date().start()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(signing.location()).isEqualTo("Havana");
    }

    @Test
    void signatoriesAfterASemicolonJoinTheSameSigning() {
        List<Event> found = events("Colombia and the ELN this morning signed a ceasefire protocol in Havana; it was "
                + "signed for Bogotá by Ana Ruiz and for the guerrilla by Pablo Beltrán.");
        Event signing = only(found, EventType.MEETING);
        assertThat(present(signing)).contains("ELN", "Ana Ruiz", "Pablo Beltrán");
        assertThat(signing.date().start()).isEqualTo(ANCHOR);
    }

    @Test
    void aPostToldWithoutItsChannelIsAStatementOfThePersonWhoPostedIt() {
        List<Event> found = events("Argentine President Javier Milei criticised the Brazilian tariff plan on "
                + "Thursday. Late on Friday the president posted that the levy was unacceptable.");
        Event post = only(found, EventType.STATEMENT);
        assertThat(withRole(post, Role.SPEAKER)).containsExactly("Javier Milei");
        assertThat(post.date().start()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void whatAPaperWroteIsNoStatement() {
        List<Event> found = events("Javier Milei met Luiz Inacio Lula da Silva on Tuesday. The Buenos Aires Herald "
                + "wrote that the levy was unacceptable.");
        assertThat(found).noneMatch(e -> e.type() == EventType.STATEMENT);
    }

    @Test
    void aStrikeOpeningADayEntryUnderAMonthHeadingTakesItsDay() {
        List<Event> found = events("## March 2026\n\n- **3** - Ukraine and Russia hold talks in Istanbul.\n"
                + "- **4** - Russia launches air strikes on Kharkiv.");
        Event strike = only(found, EventType.MILITARY);
        assertThat(strike.date().start()).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aStrikeNamedLaterInAnEntryIsNoNewStrike() {
        List<Event> found = events("## March 2026\n\n- **4** - Volodymyr Zelensky visits Ankara. He thanks Recep "
                + "Tayyip Erdogan for condemning the Kharkiv strike.");
        assertThat(found).noneMatch(e -> e.type() == EventType.MILITARY);
    }

    @Test
    void aCapitalThatSummonsAnEnvoyMeetsTheEnvoysCountry() {
        Event summons = only(events("Oslo summoned the Iranian ambassador on Tuesday over the detention of a "
                + "Norwegian aid worker."), EventType.MEETING);
        assertThat(present(summons)).containsExactly("Iran", "Norway");
        assertThat(summons.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aMinisterWithNoCountryCallsInForTheArticlesGovernment() {
        List<Event> found = events("Poland protested on Thursday against a Hungarian veto in Brussels. The deputy "
                + "foreign minister called in the Hungarian chargé d'affaires on Friday.");
        Event summons = only(found, EventType.MEETING);
        assertThat(present(summons)).containsExactly("Hungary", "Poland");
        assertThat(summons.date().start()).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void callingInTheArmyIsNoMeeting() {
        assertThat(events("The government called in the army on Monday after the floods.")).isEmpty();
    }

    @Test
    void officialsNamedOnlyByOfficeActForTheirCountries() {
        Event meeting = only(events("Vietnam's deputy foreign minister met the Thai army chief in Hanoi on Monday."),
                EventType.MEETING);
        assertThat(present(meeting)).containsExactly("Thailand", "Vietnam");
        assertThat(meeting.location()).isEqualTo("Hanoi");
    }

    @Test
    void anExpelledEnvoyTakesNoPartInTheRecall() {
        Event recall = only(events("After a border clash on Wednesday, Bangkok expelled Cambodia's ambassador and recalled its own."),
                EventType.OTHER);
        assertThat(present(recall)).containsExactly("Thailand");
    }

    @Test
    void aStandInSentByOfficeAloneActsForTheSendersCountry() {
        List<Event> found = events("Gustavo Petro and Gabriel Boric met at a regional forum in Lima on Tuesday. "
                + "Mexico's president skipped the forum and sent her economy secretary instead.");
        Event forum = only(found, EventType.MEETING);
        assertThat(withRole(forum, Role.ABSENT)).containsExactly("Claudia Sheinbaum");
        assertThat(present(forum)).contains("Mexico", "Gustavo Petro", "Gabriel Boric");
    }

    @Test
    void whoDidNotTravelToTheGatheringsCityIsAbsentFromIt() {
        List<Event> found = events("Leaders of the Pacific Alliance held a summit in Lima on Tuesday. Claudia "
                + "Sheinbaum did not travel to Lima and sent her economy secretary instead.");
        Event summit = only(found, EventType.SUMMIT);
        assertThat(withRole(summit, Role.ABSENT)).containsExactly("Claudia Sheinbaum");
        assertThat(present(summit)).contains("Mexico");
    }

    @Test
    void chiefsOfBothCountriesSpeakingByHotlineIsACallOfTheTwoCountries() {
        List<Event> found = events("India and Pakistan agreed on Saturday to reduce patrols in the Arabian Sea. The "
                + "chiefs of naval staff of both countries spoke by hotline at noon on Sunday.");
        Event call = only(found, EventType.CALL);
        assertThat(present(call)).containsExactly("India", "Pakistan");
        assertThat(call.date().start()).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void leadersWhoTravelForTheSummitJustReportedAttendIt() {
        List<Event> found = events("A joint summit of ECOWAS and the African Union opened in Abuja on Tuesday. "
                + "Presidents John Mahama and Alassane Ouattara flew to Abuja for the summit.");
        Event summit = only(found, EventType.SUMMIT);
        assertThat(present(summit)).contains("John Mahama", "Alassane Ouattara");
        assertThat(found).noneMatch(e -> e.type() == EventType.VISIT);
    }

    @Test
    void aTripElsewhereOnAnotherDayStaysAVisit() {
        List<Event> found = events("A joint summit of ECOWAS and the African Union opened in Abuja on Tuesday. "
                + "Presidents John Mahama and Alassane Ouattara flew to Accra on Wednesday.");
        assertThat(present(only(found, EventType.VISIT))).containsExactly("Alassane Ouattara", "John Mahama");
        assertThat(present(only(found, EventType.SUMMIT))).doesNotContain("John Mahama");
    }

    @Test
    void numberedRoundsOfAChronologyHaveTheNegotiationsParties() {
        List<Event> found = events("Talks calendar 2026\n\nJANUARY\n\n20-21 - Geneva. Delegations of Armenia and "
                + "Azerbaijan hold a first round of talks under Swiss mediation.\n\nFEBRUARY\n\n3-4 - Lisbon. Second "
                + "round, at the foreign ministry.\n\n17 - Vienna. Third round; Ararat Mirzoyan joins for the closing "
                + "session.");
        List<Event> rounds = found.stream().filter(e -> e.type() == EventType.TALKS).toList();
        assertThat(rounds).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2026, 1, 20),
                LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 17));
        assertThat(present(rounds.get(1))).contains("Armenia", "Azerbaijan");
        assertThat(present(rounds.get(2))).contains("Azerbaijan", "Ararat Mirzoyan");
    }

    @Test
    void twoLeadersPresentingAPlanTogetherMeet() {
        Event meeting = only(events("Emmanuel Macron and Keir Starmer present a joint plan for Ukraine at Lancaster "
                + "House on Tuesday."), EventType.MEETING);
        assertThat(present(meeting)).containsExactly("Emmanuel Macron", "Keir Starmer");
    }

    @Test
    void aFormatNamedByItsCountIsTheBodyThatMeetsNotTheSessionOnWhoseMarginsItMet() {
        Event meeting = only(events("The C5+1 foreign ministers met on the margins of the UN General Assembly in New "
                + "York on Tuesday."), EventType.MEETING);
        assertThat(present(meeting)).containsExactly("C5+1");
        assertThat(meeting.location()).isEqualTo("New York");
    }

    @Test
    void aScoreIsNoFormat() {
        assertThat(events("The visitors won 3+1 on aggregate after the talks collapsed on Monday.")).allMatch(
                e -> e.participants().stream().noneMatch(p -> p.name().startsWith("3+")));
    }

    @Test
    void aCountryThatHostsAFormatsMeetingIsItsHost() {
        Event meeting = only(events("Kazakhstan hosted the 3+3 format meeting in Astana on Tuesday."),
                EventType.MEETING);
        assertThat(withRole(meeting, Role.HOST)).containsExactly("Kazakhstan");
        assertThat(present(meeting)).contains("3+3 format");
    }

    @Test
    void anOfficialMetInACapitalWithNoCountryNamedIsThatCapitalsCountrys() {
        List<Event> found = events("Washington sent its special envoy for Southeast Asia, Mark Ellison, to the "
                + "region this week. The envoy landed in Hanoi on Monday and met the deputy minister the following "
                + "day.");
        Event meeting = only(found, EventType.MEETING);
        assertThat(present(meeting)).containsExactly("Mark Ellison", "Vietnam");
        assertThat(meeting.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void thePluralOfAnIntroducedOfficesInitialsIsItsHolders() {
        List<Event> found = events("India's Director General of Military Operations is Lieutenant General Rajiv "
                + "Ghai; his Pakistani counterpart is Major General Kashif Abdullah. Tensions rose along the border "
                + "on Friday. The two DGMOs spoke by hotline on Saturday.");
        Event call = only(found, EventType.CALL);
        assertThat(present(call)).containsExactly("Kashif Abdullah", "Rajiv Ghai");
        assertThat(call.date().start()).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void countriesAreTheSubjectOfAnActUnderWayOrAhead() {
        Event talks = only(events("Bolivia and Paraguay are holding talks in Asuncion today."), EventType.TALKS);
        assertThat(present(talks)).containsExactly("Bolivia", "Paraguay");
        Event signing = only(events("Chile and Peru are due to sign a fisheries pact in Lima on Friday."),
                EventType.MEETING);
        assertThat(present(signing)).containsExactly("Chile", "Peru");
        assertThat(signing.date().start()).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void aCountryRepresentedByItsOfficialTakesPartAndTheOneItReplacesIsAbsent() {
        Event summit = only(events("Uruguay was represented at the summit in Quito on Monday by its trade minister "
                + "rather than the president."), EventType.SUMMIT);
        assertThat(present(summit)).containsExactly("Uruguay");
        assertThat(withRole(summit, Role.ABSENT)).hasSize(1);
        Event sent = only(events("Mexico sent its foreign minister to the summit in Quito on Monday instead of "
                + "President Claudia Sheinbaum."), EventType.SUMMIT);
        assertThat(present(sent)).containsExactly("Mexico");
        assertThat(withRole(sent, Role.ABSENT)).containsExactly("Claudia Sheinbaum");
    }

    @Test
    void countriesThatAttendAGatheringArePresentAtIt() {
        Event summit = only(events("Paraguay and Peru attended the summit in Quito on Monday."), EventType.SUMMIT);
        assertThat(present(summit)).containsExactly("Paraguay", "Peru");
    }

    @Test
    void capitalsOfSmallerStatesStandForTheirGovernments() {
        Event talks = only(events("Talks between Asuncion and La Paz resumed in Montevideo on Tuesday."),
                EventType.TALKS);
        assertThat(present(talks)).containsExactly("Bolivia", "Paraguay");
        Event recall = only(events("Lusaka and Lilongwe held talks on the border in Mchinji on Monday."),
                EventType.TALKS);
        assertThat(present(recall)).containsExactly("Malawi", "Zambia");
    }

    @Test
    void leadersOfSmallerStatesNamedByTheirOfficeAreTheHoldersOnTheDay() {
        // (session 14) the gazetteer's holders of 2025, with the days of that year's changes
        Event visit = only(events("Malawi's president flew to Lusaka on Tuesday."), EventType.VISIT);
        assertThat(present(visit)).containsExactly("Peter Mutharika");
        Event meeting = only(events("The Peruvian president received Fiji's prime minister in Lima on Monday."),
                EventType.MEETING);
        assertThat(present(meeting)).containsExactly("José Jerí", "Sitiveni Rabuka");
    }

    @Test
    void aCountrysTeamOrSideIsTheCountry() {
        Event talks = only(events("The Uruguayan team held a first round with the Paraguayan side in Salto today."),
                EventType.TALKS);
        assertThat(present(talks)).containsExactly("Paraguay", "Uruguay");
        // the side of a border is a place, not a party
        assertThat(events("Shelling hit the Paraguayan side of the border on Monday."))
                .allMatch(e -> e.participants().isEmpty());
    }
}
