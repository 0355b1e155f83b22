package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Role;

/** Being invited to an occasion is no attendance of it (session 15). */
class InvitedAttendeesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "WORLD DESK\nPublished: 12 March 2026\n\nGuest lists\n\n" + body + "\n";
        Article a = new Article("invited.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Role roleOf(Event e, String name) {
        return e.participants().stream().filter(p -> p.name().equals(name)).map(p -> p.role()).findFirst()
                .orElse(null);
    }

    @Test
    void anInviteeIsNamedButNotPresent() {
        for (String invited : List.of("was invited to attend", "had been invited to", "has been invited to join")) {
            List<Event> found = events("Volodymyr Zelensky " + invited + " the summit of Donald Trump and Keir "
                    + "Starmer in Washington on Monday.");
            assertThat(found).as(invited).hasSize(1);
            Event summit = found.get(0);
            assertThat(roleOf(summit, "Donald Trump")).as(invited).isEqualTo(Role.ATTENDEE);
            Role z = roleOf(summit, "Volodymyr Zelensky");
            assertThat(z == null || !z.present()).as(invited + ": " + z).isTrue();
        }
    }
}
