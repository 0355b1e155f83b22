package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/** "the deputy minister", "the special envoy": the one person the article introduced with that office. */
class RoleOnlyMentionsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12);

    private static List<String> meetingNames(String body) {
        String text = "CAPITAL DESK\nPublished: 12 March 2026\n\nConsultations\n\n" + body + "\n";
        Article a = new Article("roles.txt", "txt", "", text, null, null, null, ANCHOR);
        List<Event> events = new RuleBasedExtractor().extract(a, ANCHOR).events();
        List<Event> meetings = events.stream().filter(e -> e.type() == parley.domain.EventType.MEETING).toList();
        assertThat(meetings).as(SeedArticlesTest.dump(events)).hasSize(1);
        return meetings.get(0).participants().stream().map(Participant::name).toList();
    }

    @Test
    void theDeputyMinisterIsTheOneDeputyMinisterIntroduced() {
        assertThat(meetingNames("Vietnamese Deputy Foreign Minister Nguyen Minh Hang arrived in Canberra on Sunday for "
                + "two days of consultations.\n\nOn Monday the deputy minister met Australian Trade Minister Don "
                + "Farrell in Canberra.")).contains("Nguyen Minh Hang", "Don Farrell");
        assertThat(meetingNames("Lena Ortiz, Chile's deputy interior minister, toured the border region last week."
                + "\n\nOn Tuesday the deputy minister met Bolivian Foreign Minister Celinda Sosa in La Paz."))
                .contains("Lena Ortiz", "Celinda Sosa");
    }

    @Test
    void theSpecialEnvoyIsTheOneSpecialEnvoyIntroduced() {
        assertThat(meetingNames("Norway's special envoy for the Sahel, Tor Wennesland, flew to Mali on Friday.\n\n"
                + "The special envoy met Malian Foreign Minister Abdoulaye Diop in Bamako on Tuesday."))
                .contains("Tor Wennesland", "Abdoulaye Diop");
    }

    @Test
    void twoHoldersOfTheOfficeLeaveTheMentionUnresolved() {
        assertThat(meetingNames("Chilean Deputy Interior Minister Lena Ortiz and Peruvian Deputy Trade Minister Ana "
                + "Vega spoke at a forum last week.\n\nOn Tuesday the deputy minister met Bolivian Foreign Minister "
                + "Celinda Sosa in La Paz.")).doesNotContain("Lena Ortiz", "Ana Vega");
    }
}
