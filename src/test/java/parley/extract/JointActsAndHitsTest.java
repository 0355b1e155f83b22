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
 * Two people announcing a plan together make a joint statement; aircraft, artillery and munitions that "hit" a target
 * are a use of force (session 14). Sentences of our own.
 */
class JointActsAndHitsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String text) {
        Article a = new Article("joint.txt", "txt", "", text + "\n\n", null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    @Test
    void twoLeadersAnnouncingAPlanTogetherMakeAJointStatement() {
        List<Event> found = events("In Bogotá on Monday, Gustavo Petro and Nicolás Maduro announced a plan for the "
                + "border crossings.");
        assertThat(found).hasSize(1);
        Event statement = found.get(0);
        assertThat(statement.type()).isEqualTo(EventType.STATEMENT);
        assertThat(statement.participants().stream().map(Participant::name))
                .contains("Gustavo Petro", "Nicolás Maduro");
        assertThat(statement.date().start()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(statement.location()).isEqualTo("Bogotá");
    }

    @Test
    void aircraftAndMunitionsThatHitATargetAreForce() {
        assertThat(events("Colombian aircraft hit rebel camps near the border on Saturday."))
                .anyMatch(e -> e.type() == EventType.MILITARY);
        assertThat(events("Warplanes had hit two depots outside Goma on Sunday, the army said."))
                .anyMatch(e -> e.type() == EventType.MILITARY);
        assertThat(events("Higher tariffs hit exports on Monday.")).isEmpty();
    }

    @Test
    void twoPeopleNamedTogetherWhoSpokeOnADayHadAConversation() {
        List<Event> found = events("Presidents Daniel Noboa and Gustavo Petro spoke on Sunday.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventType.CALL);
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2026, 3, 8));
        Event planned = events("Ecuadorian President Daniel Noboa and Colombian President Gustavo Petro are expected "
                + "to talk on Friday.").get(0);
        assertThat(planned.date().start()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(planned.participants().stream().map(Participant::name))
                .contains("Daniel Noboa", "Gustavo Petro");
        // a speech at a gathering, one speaker, or no day of its own: no conversation between them
        assertThat(events("Daniel Noboa and Gustavo Petro spoke at the forum in Quito on Tuesday."))
                .noneMatch(e -> e.type() == EventType.CALL);
        assertThat(events("Daniel Noboa spoke on Tuesday.")).isEmpty();
        assertThat(events("Daniel Noboa and Gustavo Petro spoke often.")).isEmpty();
    }
}
