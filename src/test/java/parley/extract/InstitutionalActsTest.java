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
 * Acts of institutions and states as OTHER events (session 14): a council's vote on a draft, a formal notification
 * of a council, sanctions taking effect, prisoners exchanged between states; not a bill at home nor a club's
 * exchange. Sentences of our own.
 */
class InstitutionalActsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "WORLD DESK\nPublished: 12 March 2026\n\nCouncil week\n\n" + body + "\n";
        Article a = new Article("acts.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Event other(String body) {
        List<Event> of = events(body).stream().filter(e -> e.type() == EventType.OTHER).toList();
        assertThat(of).as("OTHER events of %s", body).hasSize(1);
        return of.get(0);
    }

    private static List<String> names(Event e) {
        return e.participants().stream().map(Participant::name).toList();
    }

    @Test
    void aDraftThatFailsOrIsVetoedInACouncilIsAnActOfTheCouncilOrTheVetoingState() {
        Event failed = other("- 9 March: A Security Council text extending the observers in Cyprus falls short: "
                + "eight votes in favour. Not enough. Then: a Security Council draft resolution on the Sahel fails on 10 March.");
        assertThat(failed.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(names(failed)).contains("UN Security Council");
        Event vetoed = other("A Council draft to prolong the arms monitors in Libya was vetoed by China on Tuesday.");
        assertThat(names(vetoed)).containsExactly("China");
        assertThat(vetoed.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void statesNotifyingACouncilAndSanctionsTakingEffectAreActs() {
        Event notified = other("Norway and Denmark formally notified the Security Council on Monday of the breach.");
        assertThat(names(notified)).contains("Norway", "Denmark");
        Event sanctions = other("UN sanctions on Eritrea were re-imposed at midnight on Sunday.");
        assertThat(sanctions.date().start()).isEqualTo(LocalDate.of(2026, 3, 8));
    }

    @Test
    void prisonersExchangedBetweenStatesAreAnAct() {
        Event swap = other("Caracas and Quito exchanged 12 prisoners at an airfield in Panama on Wednesday.");
        assertThat(names(swap)).containsExactly("Venezuela", "Ecuador");
        Event between = other("A detainee swap between Sudan and South Sudan took place on Monday.");
        assertThat(names(between)).contains("Sudan", "South Sudan");
    }

    @Test
    void domesticVotesSportAndConditionsAreNoActs() {
        assertThat(events("The budget bill failed in the Senate of Chile on Tuesday.")).isEmpty();
        assertThat(events("Boca and River agreed an exchange of players on Monday.")).isEmpty();
        assertThat(events("If the draft fails at the Council on Friday, Norway will table another.")).isEmpty();
    }
}
