package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.domain.Participant;
import parley.domain.Role;

/** Who takes part, told by lists and short names rather than by the sentence that reports the event. */
class ParticipantRostersTest {
    private static List<Event> extract(String text, LocalDate anchor) {
        Extraction x = new RuleBasedExtractor().extract(new Article("r.txt", "txt", "", text, null, null, null, anchor),
                anchor);
        return x.events();
    }

    /** Some event of {@code events} has all these people present (the events listed when none has). */
    private static void someEventWith(List<Event> events, String... people) {
        assertThat(events).as(SeedArticlesTest.dump(events)).anySatisfy(e -> assertThat(present(e)).contains(people));
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    @Test
    void aFamilyNameThatIsAlsoAWordNamesThePersonOnceTheFullNameCameFirst() {
        String text = "SINGAPORE, 3 March 2025 (Parley Wire) - Vice-Premier He Lifeng arrived in Singapore on Sunday"
                + " for trade contacts.\n\nOn Monday Scott Bessent and He held talks at a hotel by the harbour.\n\n"
                + "He left for Beijing in the evening.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 3, 3));
        someEventWith(events, "Scott Bessent", "He Lifeng");
    }

    @Test
    void aFamilyNameNeverStandsForSomeoneTheArticleHasNotNamed() {
        String text = "SEOUL, 3 March 2025 (Parley Wire) - On Monday Scott Bessent and Lee held talks in Seoul.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 3, 3));
        assertThat(events).allSatisfy(e -> assertThat(present(e)).doesNotContain("Lee Jae-myung"));
    }

    @Test
    void aParagraphUnderAWhoIsInTheRoomHeadingListsThePeopleOfTheMeeting() {
        String text = "Live: leaders meet in Osaka\n\n16:10\n\nThe talks are over\n\nDonald Trump and Xi Jinping"
                + " met for two hours at a hotel in Osaka on Saturday. The two leaders shook hands at the door.\n\n"
                + "15:00\n\nWho is in the room\n\nTrump has Secretary of State Marco Rubio at his side. Facing him, Xi"
                + " sits between Foreign Minister Wang Yi and Cai Qi, his chief of staff.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 28));
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(1);
        assertThat(present(events.get(0))).contains("Donald Trump", "Xi Jinping", "Marco Rubio", "Wang Yi", "Cai Qi");
    }

    @Test
    void aListUnderALeadInNamesThoseThereAndAListOfAbsenteesThoseAway() {
        String text = "# The week in the Gulf\n\n## Doha\n\nQatar hosted a summit of Gulf leaders on Sunday, its"
                + " first since 2021.\n\nIn the hall on Sunday:\n\n- Oman's Sultan Haitham bin Tarik and Kuwait's"
                + " Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah\n- UN Secretary-General António Guterres\n\n"
                + "Not in the room:\n\n- King Hamad bin Isa Al Khalifa\n\nThe leaders agreed to meet again next year.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 5, 20));
        Event summit = events.stream().filter(e -> e.type() == parley.domain.EventType.SUMMIT).findFirst()
                .orElseThrow(() -> new AssertionError(SeedArticlesTest.dump(events)));
        assertThat(present(summit)).as(SeedArticlesTest.dump(events)).contains("Haitham bin Tarik",
                "António Guterres");
        assertThat(summit.participants()).anySatisfy(p -> {
            assertThat(p.name()).isEqualTo("Hamad bin Isa Al Khalifa");
            assertThat(p.role()).isEqualTo(Role.ABSENT);
        });
    }

    @Test
    void peopleInTheRoomAndLeadersAmongACrowdTakePart() {
        String text = "CAIRO, 20 May 2025 (Parley Wire) - Abdel Fattah el-Sisi received Mark Rutte in Cairo on Tuesday."
                + " Steve Witkoff and Jared Kushner were also in the room, officials said.\n\nOn Wednesday a summit on"
                + " Red Sea shipping opened in Cairo, chaired by Sisi. Dozens of leaders came, among them Keir Starmer"
                + " and Giorgia Meloni.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 5, 20));
        someEventWith(events, "Abdel Fattah el-Sisi", "Mark Rutte", "Steve Witkoff", "Jared Kushner");
        someEventWith(events, "Keir Starmer", "Giorgia Meloni");
    }

    @Test
    void aSpokespersonWhoCommentsOnTalksIsNotAPartyToThem() {
        String text = "VIENNA, 20 May 2025 (Parley Wire) - Abbas Araghchi and Steve Witkoff held talks in Vienna on"
                + " Monday. Esmaeil Baqaei, the Iranian foreign ministry spokesman, called the talks serious.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 5, 20));
        someEventWith(events, "Abbas Araghchi", "Steve Witkoff");
        assertThat(events).filteredOn(e -> e.type() != parley.domain.EventType.STATEMENT)
                .allSatisfy(e -> assertThat(present(e)).doesNotContain("Esmaeil Baqaei"));
    }

    @Test
    void aCountryGoesWhenAPersonOfThatCountryIsNamedForItAndTheLeadersOfABodyAreNoEarlierPair() {
        String text = "OSLO, 20 May 2025 (Parley Wire) - Iranian and American negotiators met in Oslo on Sunday."
                + " Abbas Araghchi led his country's team.\n\nNorway has invited the leaders of the Nordic Council to"
                + " a summit on Friday.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 5, 20));
        assertThat(events).as(SeedArticlesTest.dump(events)).anySatisfy(e -> {
            assertThat(present(e)).contains("Abbas Araghchi", "United States");
            assertThat(present(e)).doesNotContain("Iran");
        });
        assertThat(events).allSatisfy(e -> assertThat(e.type() == parley.domain.EventType.SUMMIT
                && present(e).contains("Abbas Araghchi")).isFalse());
    }

    @Test
    void peopleSeatedInAClauseBeforeTheSentencesTriggerJoinTheEventJustReported() {
        String text = "GENEVA, 14 April 2025 (Parley Wire) - Ignazio Cassis hosted talks between Ilham Aliyev and"
                + " Nikol Pashinyan in Geneva on Monday. Also present were the Norwegian envoy, Tor Eriksen, and the"
                + " French ambassador, Claire Dubois; Norway had helped prepare the meeting.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 4, 14));
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(1);
        assertThat(present(events.get(0))).contains("Ilham Aliyev", "Nikol Pashinyan", "Tor Eriksen", "Claire Dubois");
    }

    @Test
    void anOfficeIntroducedLaterWithItsHolderNamesThePeopleOfTheCall() {
        String text = "YEREVAN, 3 June 2025 (Parley Wire) - Armenia and Azerbaijan agreed on Tuesday to pull troops"
                + " back from the border after a call between their army chiefs.\n\nOfficials said Azerbaijan's Chief"
                + " of the General Staff had telephoned his Armenian counterpart on Tuesday morning.\n\nAzerbaijan's"
                + " CGS is Colonel General Karim Valiyev; his Armenian counterpart is Lieutenant General Edward"
                + " Asryan.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 3));
        List<Event> calls = events.stream().filter(e -> e.type() == parley.domain.EventType.CALL).toList();
        assertThat(calls).as(SeedArticlesTest.dump(events)).hasSize(1);
        assertThat(present(calls.get(0))).containsExactlyInAnyOrder("Karim Valiyev", "Edward Asryan");
    }

    @Test
    void anOfficeSetOffByTheNameAfterItIsThatPersonNotTheGazetteersHolder() {
        String text = "ANKARA, 3 June 2025 (Parley Wire) - Qatar's prime minister, Sheikh Saud bin Khalid Al Thani,"
                + " held talks with Hakan Fidan in Ankara on Tuesday.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 3));
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(1);
        assertThat(present(events.get(0))).containsExactlyInAnyOrder("Saud bin Khalid Al Thani", "Hakan Fidan");
    }

    @Test
    void someoneWhoJoinsByVideoLinkTakesPartInTheMeetingJustReported() {
        String text = "BERLIN, 3 June 2025 (Parley Wire) - Friedrich Merz received Volodymyr Zelensky in Berlin on"
                + " Tuesday. Emmanuel Macron joined by video link. Keir Starmer hosted a dinner in London the same"
                + " evening, alongside Mark Rutte, according to Karoline Leavitt.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 3));
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(2);
        assertThat(events).anySatisfy(e -> assertThat(present(e)).containsExactlyInAnyOrder("Friedrich Merz",
                "Volodymyr Zelensky", "Emmanuel Macron"));
        assertThat(events).anySatisfy(e -> assertThat(present(e)).containsExactlyInAnyOrder("Keir Starmer",
                "Mark Rutte"));
    }

    @Test
    void aBareTitleInAGovernmentReadoutIsTheHolderInTheCountryTheArticleNames() {
        String text = "NEW ZEALAND | OFFICE OF THE PRIME MINISTER\n\nReadout: call on trade\n\nThe Prime Minister spoke"
                + " with the President of Brazil, Luiz Inácio Lula da Silva, on Monday. New Zealand and Brazil will"
                + " keep in touch before the next trade round.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 3));
        someEventWith(events, "Christopher Luxon", "Luiz Inácio Lula da Silva");
    }

    @Test
    void anUnnamedCounterpartIsTheHolderOfTheSameOfficeInThatCountry() {
        String text = "ROME, 3 June 2025 (Parley Wire) - Giorgia Meloni received her Indian counterpart in Rome on"
                + " Tuesday. Later Hakan Fidan spoke to his French counterpart by phone.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 3));
        assertThat(events).as(SeedArticlesTest.dump(events)).anySatisfy(e -> assertThat(present(e))
                .containsExactlyInAnyOrder("Giorgia Meloni", "Narendra Modi"));
        assertThat(events).anySatisfy(e -> assertThat(present(e))
                .containsExactlyInAnyOrder("Hakan Fidan", "Jean-Noël Barrot"));
    }

    @Test
    void thoseWhoSentNoOneStayedAway() {
        String text = "JEDDAH, 3 June 2025 (Parley Wire) - A summit on Red Sea shipping opened in Jeddah on Monday,"
                + " chaired by Mohammed bin Salman. A dozen leaders came, among them Abdel Fattah el-Sisi. Neither Israel"
                + " nor Hamas sent anyone.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 3));
        assertThat(events).as(SeedArticlesTest.dump(events)).anySatisfy(e -> {
            assertThat(present(e)).contains("Mohammed bin Salman", "Abdel Fattah el-Sisi");
            assertThat(e.participants()).anySatisfy(p -> {
                assertThat(p.name()).isEqualTo("Hamas");
                assertThat(p.role()).isEqualTo(Role.ABSENT);
            });
        });
    }

    @Test
    void theSidesNamedInAnAgreementsNameAreNotAtTheEvent() {
        String text = "CAIRO, 3 June 2025 (Parley Wire) - Donald Trump and Abdel Fattah el-Sisi held a summit in Cairo"
                + " on Monday to endorse the Israel-Hamas truce.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 3));
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(1);
        assertThat(present(events.get(0))).containsExactlyInAnyOrder("Donald Trump", "Abdel Fattah el-Sisi");
    }

    /** Whose adviser, envoy or spokesperson someone is names their office: that principal takes no part. */
    @Test
    void thePrincipalOfAnAdviserTakesNoPart() {
        String text = "NAIROBI, 3 June 2025 (Parley Wire) - Massad Boulos, senior adviser to President Trump on Africa,"
                + " met Kenya's President William Ruto in Nairobi on Monday. Ruto later received Jean-Noël Barrot,"
                + " the envoy of President Emmanuel Macron, at State House.\n";
        List<Event> events = extract(text, LocalDate.of(2025, 6, 3));
        someEventWith(events, "Massad Boulos", "William Ruto");
        assertThat(events).as(SeedArticlesTest.dump(events))
                .allSatisfy(e -> assertThat(present(e)).doesNotContain("Donald Trump", "Emmanuel Macron"));
    }
}
