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
 * Event words that report no new event (session 13, {@link NotNews}, {@link Unasserted}): an event pointed back at
 * ("in response to the attack", "condemned the shelling of February", "raise the shelling at next week's assembly"),
 * figures of speech ("is under attack", "the summit of the table"), gatherings of sport or business, a trip not made,
 * an audience spoken to, and a matter "left for later". Sentences of our own.
 */
class NotNewsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "EASTERN DESK\nPublished: 12 March 2026\n\nA week of envoys\n\n" + body + "\n";
        Article a = new Article("not-news.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<Event> of(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void anEventRaisedAtALaterForumIsNoNewEvent() {
        List<Event> found = events("Hungarian Prime Minister Viktor Orban met Austrian Chancellor Karl Nehammer in "
                + "Vienna on Monday. Delegates are expected to raise the shelling at next week's assembly.");
        assertThat(of(found, EventType.MILITARY)).isEmpty();
        assertThat(of(found, EventType.MEETING)).hasSize(1);
    }

    @Test
    void anAttackAnsweredOrCondemnedIsPointedBackAt() {
        List<Event> found = events("Polish Prime Minister Donald Tusk spoke by phone with Ukrainian President "
                + "Volodymyr Zelensky on Tuesday in response to Monday's attack on Lviv. Lithuanian Foreign Minister "
                + "Kestutis Budrys on Wednesday condemned the shelling of February and the strikes of last month.");
        assertThat(of(found, EventType.MILITARY)).isEmpty();
        Event call = of(found, EventType.CALL).get(0);
        assertThat(call.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void anAttackJudgedInWhatWasSaidIsNoNewAttack() {
        List<Event> found = events("Danish Prime Minister Mette Frederiksen said on Monday that the strikes on the port "
                + "were a war crime.");
        assertThat(of(found, EventType.MILITARY)).isEmpty();
        assertThat(of(found, EventType.STATEMENT)).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 3, 9)));
    }

    @Test
    void anIdeaUnderAttackAndTheSummitOfATableAreFigures() {
        List<Event> found = events("Free trade, Foreign Minister Annalena Baerbock warned on Tuesday, is under "
                + "attack. Arsenal climbed to the summit of the table on Sunday.");
        assertThat(found).isEmpty();
    }

    @Test
    void clubsAndTheirDirectorsAreNoDiplomats() {
        List<Event> found = events("The club's director met the Real Madrid sporting director Juni Calafat in Madrid "
                + "on Tuesday. Barcelona sporting director Deco met Bayern Munich chairman Herbert Hainer in Munich on "
                + "Wednesday to discuss a transfer.");
        assertThat(found).isEmpty();
    }

    /** A coach's or a club president's press remarks are sport, not diplomacy; a minister's stay (session 18). */
    @Test
    void aClubsPressConferenceIsNoDiplomacy() {
        assertThat(events("The club's president, Ama Boateng, told a press conference on Monday that talks with the "
                + "stadium owners would go on. Coach Daniel Osei held a news conference at the club's training ground "
                + "on Tuesday.")).isEmpty();
        assertThat(of(events("Sports minister Kwame Asante told a press conference at the stadium on Monday that the "
                + "league would restart."), EventType.PRESS_CONFERENCE)).hasSize(1);
    }

    @Test
    void whoDidNotMakeTheTripIsAbsentNotATraveller() {
        List<Event> found = events("Leaders of the East African Community met in Arusha on Saturday. Kenyan "
                + "President William Ruto did not make the trip; his deputy came instead.");
        assertThat(of(found, EventType.VISIT)).isEmpty();
        Event meeting = of(found, EventType.MEETING).get(0);
        assertThat(meeting.participants()).filteredOn(p -> p.name().equals("William Ruto"))
                .extracting(Participant::role).containsExactly(Role.ABSENT);
        List<Event> two = events("Leaders of the East African Community met in Arusha on Saturday. The Kenyan "
                + "president did not make the trip to Arusha, and Tanzanian President Samia Suluhu Hassan skipped the "
                + "trip too.");
        assertThat(of(two, EventType.VISIT)).isEmpty();
        assertThat(of(two, EventType.MEETING).get(0).participants()).filteredOn(p -> p.role() == Role.ABSENT)
                .extracting(Participant::name).containsExactlyInAnyOrder("William Ruto", "Samia Suluhu Hassan");
    }

    @Test
    void speakingToSoldiersThePressOrParliamentIsNoCall() {
        List<Event> found = events("Argentine President Javier Milei spoke to soldiers in Ushuaia on Monday.");
        assertThat(of(found, EventType.CALL)).isEmpty();
        // the press and a chamber spoken to: words to reporters, an address
        List<Event> press = events("Speaking briefly to local reporters in Lima on Tuesday, Peruvian Foreign Minister "
                + "Elmer Schialer said the border would reopen. Schialer spoke to parliament on Wednesday.");
        assertThat(of(press, EventType.CALL)).isEmpty();
        assertThat(of(press, EventType.PRESS_CONFERENCE)).hasSize(1);
        assertThat(of(press, EventType.STATEMENT)).hasSize(1);
    }

    @Test
    void aMatterLeftForLaterIsNoDeparture() {
        List<Event> found = events("The border dispute, Narendra Modi said on Monday, was left for later stages of "
                + "the talks.");
        assertThat(of(found, EventType.VISIT)).isEmpty();
    }
}
