package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/** What a meeting prepares is another occasion: "meet in Rome to prepare the summit" is a meeting, not the summit. */
class PreparedEventTest {
    private static final LocalDate MON_10_MAR = LocalDate.of(2025, 3, 10);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("p.txt", "txt", "", text, null, null, null, MON_10_MAR),
                MON_10_MAR).events();
    }

    @Test
    void aMeetingThatPreparesASummitStaysAMeeting() {
        for (String text : List.of(
                "Antonio Tajani will meet Jean-Noël Barrot in Rome on Wednesday to prepare the summit.",
                "Antonio Tajani will meet Jean-Noël Barrot in Rome on Wednesday to prepare for the summit.",
                "Antonio Tajani will meet Jean-Noël Barrot in Rome on Wednesday in preparation for the summit.")) {
            List<Event> events = extract(text);
            Event rome = events.stream().filter(e -> "Rome".equals(e.location())).findFirst()
                    .orElseThrow(() -> new AssertionError(SeedArticlesTest.dump(events)));
            assertThat(rome.type()).as(SeedArticlesTest.dump(events)).isEqualTo(EventType.MEETING);
            assertThat(rome.date().iso()).isEqualTo("2025-03-12");
        }
    }
}
