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

/** Who leads a side of the talks ("Heading the … side was X", "Leading the … delegation, X …") takes part. */
class SideLeadersTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12);
    private static final String OPENING = "Talks between Russia and Ukraine resumed in Istanbul on Monday, hosted by "
            + "Turkish Foreign Minister Hakan Fidan. ";

    private static Map<String, Role> roles(String body) {
        String text = "WESTERN DESK\nPublished: 12 March 2026\n\nTalks resume\n\n" + body + "\n";
        Article a = new Article("sides.txt", "txt", "", text, null, null, null, ANCHOR);
        List<Event> events = new RuleBasedExtractor().extract(a, ANCHOR).events();
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(1);
        return events.get(0).participants().stream().collect(Collectors.toMap(Participant::name, Participant::role));
    }

    @Test
    void aFrontedHeadingWithItsVerbAfterNamesTheLeader() {
        assertThat(roles(OPENING + "Heading the Russian delegation was Vladimir Medinsky."))
                .containsEntry("Vladimir Medinsky", Role.ATTENDEE);
        assertThat(roles("Sudanese and rebel negotiators met in Nairobi on Monday with Kenyan President William Ruto. "
                + "Heading the government side were Defence Minister Yassin Ibrahim and Finance Minister Gibril "
                + "Ibrahim.")).containsKeys("Yassin Ibrahim", "Gibril Ibrahim");
    }

    @Test
    void aFrontedLeadingBeforeTheSubjectNamesTheLeader() {
        assertThat(roles(OPENING + "Leading the Ukrainian side, Rustem Umerov said Kyiv wanted a ceasefire first."))
                .containsEntry("Rustem Umerov", Role.ATTENDEE);
    }

    @Test
    void whoHeadedATeamStillTakesPart() {
        assertThat(roles(OPENING + "Rustem Umerov headed the Ukrainian team."))
                .containsEntry("Rustem Umerov", Role.ATTENDEE);
    }
}
