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
 * Occasions kept apart and occasions told twice, and the types of two-party meetings (session 14). Sentences of our
 * own.
 */
class OccasionsApartTogetherTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "REGIONAL DESK\nPublished: 12 March 2026\n\nLeaders and envoys this week\n\n" + body + "\n";
        Article a = new Article("occasions14.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    // --- a forum's sitting and the bilateral beside it

    @Test
    void aForumsPlenaryDoesNotAbsorbTheHostsBilateralThatDay() {
        List<Event> es = events("The Pacific Alliance ministers sat in plenary session in Santiago on Monday under"
                + " Chile's foreign minister Alberto van Klaveren, with Peru's Elmer Schialer and Mexico's Juan Ramón de"
                + " la Fuente. On Monday in Santiago van Klaveren also met Schialer alone.");
        assertThat(es).hasSize(2);
        assertThat(es).anySatisfy(e -> assertThat(present(e))
                .containsExactlyInAnyOrder("Alberto van Klaveren", "Elmer Schialer"));
        assertThat(es).anySatisfy(e -> assertThat(present(e)).contains("Juan Ramón de la Fuente"));
    }

    // --- speakers

    @Test
    void twoSpeakersOfOneSentenceMakeTwoStatements() {
        List<Event> es = events("On Monday Kenya's foreign minister Musalia Mudavadi issued a statement on the truce,"
                + " and Tanzania's foreign minister Mahmoud Thabit Kombo said in a statement that Dodoma would wait.");
        assertThat(es).hasSize(2);
        assertThat(es).allSatisfy(e -> assertThat(present(e)).hasSize(1));
        List<Event> joint = events("Kenya's foreign minister Musalia Mudavadi and Tanzania's foreign minister Mahmoud"
                + " Thabit Kombo said in a joint statement on Tuesday that the border would reopen.");
        assertThat(joint).hasSize(1);
    }

    // --- the article's news and an occasion months before it

    @Test
    void theUndatedNewsIsNotTheMeetingDatedMonthsBefore() {
        List<Event> es = events("Indonesia's foreign minister Sugiono met Malaysia's foreign minister Mohamad Hasan in"
                + " Jakarta to discuss the maritime border. Sugiono and Mohamad Hasan had also met in January on the"
                + " margins of a forum.");
        Event january = es.stream().filter(e -> "2026-01".equals(e.date().iso())).findFirst().orElseThrow();
        assertThat(january.location()).isNull();
        assertThat(january.mentions()).noneMatch(m -> m.text().contains("Jakarta"));
        assertThat(es).anySatisfy(e -> assertThat(e.location()).isEqualTo("Jakarta"));
    }

    // --- types

    @Test
    void aConversationHeldInPersonIsAMeetingAndOneWithoutPlaceStaysACall() {
        List<Event> placed = events("On Wednesday Peru's president José Jerí had a long conversation with Chile's"
                + " president Gabriel Boric at the government palace in Lima.");
        assertThat(placed).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.MEETING);
            assertThat(e.location()).isEqualTo("Lima");
        });
        List<Event> together = events("Canada's Anita Anand held a face-to-face conversation with Mexico's Juan Ramón"
                + " de la Fuente on Monday.");
        assertThat(together).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.MEETING));
        for (String s : List.of("Brazil's president Lula da Silva had a conversation with Gabriel Boric on Friday.",
                "Gabriel Boric had a telephone conversation with Lula da Silva on Friday, speaking from Santiago.",
                "In Santiago on Friday, Gabriel Boric had a conversation with Lula da Silva.")) {
            assertThat(events(s)).as(s).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.CALL));
        }
    }

    // --- one occasion told twice

    @Test
    void talksInACountryAndTheDelegationsMeetingInItsCapitalAreOneOccasion() {
        List<Event> es = events("Ethiopia and Eritrea agreed on Tuesday to reopen their border crossings after talks"
                + " in Kenya. The two delegations, meeting in Nairobi, also agreed to exchange prisoners.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.date().iso()).isEqualTo("2026-03-10");
            assertThat(e.location()).isEqualTo("Nairobi");
        });
    }

    @Test
    void aMeetingTheyAgreedAfterSharesTheDayOfTheAgreement() {
        for (String s : List.of("Nduhungirehe and Kayikwamba Wagner agreed on Friday to a ceasefire after meeting"
                        + " in Doha.",
                "Rwanda's Olivier Nduhungirehe and Congo's Thérèse Kayikwamba Wagner agreed on Friday to the"
                        + " corridor plan, after meeting for two days in Doha.")) {
            assertThat(events(s)).as(s).singleElement().satisfies(e -> {
                assertThat(e.date().iso()).isEqualTo("2026-03-06");
                assertThat(e.status()).isEqualTo(parley.domain.EventStatus.HELD);
            });
        }
        List<Event> plan = events("Rwanda's Olivier Nduhungirehe and Congo's Thérèse Kayikwamba Wagner agreed on"
                + " Friday to meet in Doha.");
        assertThat(plan).singleElement().satisfies(e ->
                assertThat(e.status()).isEqualTo(parley.domain.EventStatus.PLANNED));
    }

    @Test
    void theTopicOfABriefingDoesNotTypeIt() {
        List<Event> es = events("On Monday the foreign ministry spokeswoman Mao Ning gave a briefing on the outcome of"
                + " the summit.");
        assertThat(es).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.PRESS_CONFERENCE);
            assertThat(present(e)).containsExactly("Mao Ning");
        });
    }
}
