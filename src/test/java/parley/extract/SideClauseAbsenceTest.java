package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Role;

/** An absence told in a "who" clause about the subject belongs to another occasion, not the main event (session 15). */
class SideClauseAbsenceTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "WORLD DESK\nPublished: 12 March 2026\n\nEnvoys on the move\n\n" + body + "\n";
        Article a = new Article("side-clause.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Role roleOf(Event e, String name) {
        return e.participants().stream().filter(p -> p.name().equals(name)).map(p -> p.role())
                .findFirst().orElse(null);
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void aNegatedPresenceInAWhoClauseLeavesTheSubjectAtTheMainEvent() {
        for (String side : List.of("who was not part of the Rome team", "who was not among the envoys sent to Rome",
                "who was left out of the Rome delegation")) {
            List<Event> found = events("Envoy Steve Witkoff, " + side + ", is due in Moscow on Wednesday for talks "
                    + "with Vladimir Putin.");
            assertThat(found).as(side).hasSize(1);
            Event talks = found.get(0);
            assertThat(roleOf(talks, "Steve Witkoff")).as(side).isNotNull().isNotEqualTo(Role.ABSENT);
        }
    }

    @Test
    void anAbsenceOfTheMainClauseStillCounts() {
        Event summit = only(events("Olaf Scholz did not attend the summit of Giorgia Meloni and Emmanuel "
                + "Macron in Rome on Monday."), EventType.SUMMIT);
        assertThat(roleOf(summit, "Olaf Scholz")).isEqualTo(Role.ABSENT);
    }
}
