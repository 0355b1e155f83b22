package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;
import parley.domain.Role;

/** "chaired by A, with B and C": the role of a passive agent stays with the agent; those told "with" it attend. */
class PassiveAgentRolesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12);

    private static Event only(String body) {
        String text = "SOUTHERN DESK\nPublished: 12 March 2026\n\nLeaders gather\n\n" + body + "\n";
        Article a = new Article("agents.txt", "txt", "", text, null, null, null, ANCHOR);
        List<Event> events = new RuleBasedExtractor().extract(a, ANCHOR).events();
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(1);
        return events.get(0);
    }

    private static Map<String, Role> roles(Event e) {
        return e.participants().stream().collect(Collectors.toMap(Participant::name, Participant::role));
    }

    @Test
    void onlyTheOneAfterChairedByChairs() {
        Event e = only("The regional meeting in Lima was chaired by Peruvian President Dina Boluarte, with "
                + "Ecuadorian President Daniel Noboa and Colombian President Gustavo Petro.");
        assertThat(roles(e)).containsEntry("Dina Boluarte", Role.CHAIR).containsEntry("Daniel Noboa", Role.ATTENDEE)
                .containsEntry("Gustavo Petro", Role.ATTENDEE);
    }

    @Test
    void thoseAttendingWithTheChairDoNotTakeTheChairsRoleNorGiveThemTheirs() {
        Event e = only("The summit in Quito on Tuesday was chaired by Ecuadorian President Daniel Noboa, with "
                + "Colombian President Gustavo Petro and Peruvian President Dina Boluarte attending.");
        assertThat(roles(e)).containsEntry("Daniel Noboa", Role.CHAIR).containsEntry("Gustavo Petro", Role.ATTENDEE)
                .containsEntry("Dina Boluarte", Role.ATTENDEE);
    }

    @Test
    void coChairsAndHostsKeepTheirRoleAlone() {
        Event e = only("The summit in Brasilia on Monday was co-chaired by Brazilian President Luiz Inacio Lula da "
                + "Silva and Chilean President Gabriel Boric, with Colombian President Gustavo Petro.");
        assertThat(roles(e)).containsEntry("Gabriel Boric", Role.CO_CHAIR).containsEntry("Gustavo Petro", Role.ATTENDEE);
        Event h = only("The talks in Montevideo were hosted by Uruguayan President Yamandu Orsi, along with "
                + "Argentine President Javier Milei and Paraguayan President Santiago Pena.");
        assertThat(roles(h)).containsEntry("Yamandú Orsi", Role.HOST).containsEntry("Javier Milei", Role.ATTENDEE)
                .containsEntry("Santiago Peña", Role.ATTENDEE);
    }
}
