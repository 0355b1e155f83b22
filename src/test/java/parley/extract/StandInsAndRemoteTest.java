package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

/** Who stood in for a leader who stayed away, and who followed a summit from afar, take part in it. */
class StandInsAndRemoteTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12);

    private static Map<String, Role> summitRoles(String body) {
        String text = "NORTHERN DESK\nPublished: 12 March 2026\n\nLeaders meet\n\n" + body + "\n";
        Article a = new Article("standins.txt", "txt", "", text, null, null, null, ANCHOR);
        List<Event> summits = new RuleBasedExtractor().extract(a, ANCHOR).events().stream()
                .filter(e -> e.type() == EventType.SUMMIT).toList();
        assertThat(summits).hasSize(1);
        return summits.get(0).participants().stream().collect(Collectors.toMap(Participant::name, Participant::role));
    }

    @Test
    void aStandInSentInAnAbsentLeadersPlaceTakesPartAndTheLeaderIsAbsent() {
        Map<String, Role> roles = summitRoles("Portuguese Prime Minister Luis Montenegro hosted Irish Taoiseach "
                + "Micheal Martin for a summit in Lisbon on Sunday. Belgian Prime Minister Bart De Wever did not attend "
                + "and sent Foreign Minister Maxime Prevot in his place.");
        assertThat(roles).containsEntry("Bart De Wever", Role.ABSENT);
        assertThat(roles.get("Maxime Prévot").present()).isTrue();
    }

    @Test
    void whoTookTheAbsentLeadersSeatTakesPart() {
        Map<String, Role> roles = summitRoles("Norwegian Prime Minister Jonas Gahr Store hosted Swedish Prime Minister "
                + "Ulf Kristersson for a summit in Oslo on Monday. Danish Prime Minister Mette Frederiksen stayed away; "
                + "her foreign minister, Lars Lokke Rasmussen, took her seat.");
        assertThat(roles).containsEntry("Mette Frederiksen", Role.ABSENT);
        assertThat(roles.get("Lars Løkke Rasmussen").present()).isTrue();
    }

    @Test
    void whoFollowedTheSummitByVideoTookPart() {
        Map<String, Role> roles = summitRoles("Italian Prime Minister Giorgia Meloni hosted Greek Prime Minister "
                + "Kyriakos Mitsotakis for a summit in Rome on Tuesday. Maltese Prime Minister Robert Abela followed "
                + "the summit by video from Valletta.");
        assertThat(roles.get("Robert Abela")).isNotNull();
        assertThat(roles.get("Robert Abela").present()).isTrue();
    }
}
