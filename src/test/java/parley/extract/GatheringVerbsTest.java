package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Role;

/** Gathering people is meeting them: "gathered", "assembled", "brought together" with people as the object (session 15). */
class GatheringVerbsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "EUROPE DESK\nPublished: 12 March 2026\n\nCapitals compare notes\n\n" + body + "\n";
        Article a = new Article("gathering.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role() != Role.ABSENT).map(p -> p.name()).toList();
    }

    @Test
    void gatheringNamedLeadersIsAMeetingWithThem() {
        for (String verb : List.of("gathered", "assembled", "brought together")) {
            List<Event> found = events("Prime Minister Keir Starmer " + verb + " Donald Tusk and Giorgia Meloni in "
                    + "London on Wednesday.");
            assertThat(found).as(verb).hasSize(1);
            Event e = found.get(0);
            assertThat(e.type()).as(verb).isEqualTo(EventType.MEETING);
            assertThat(e.date().start()).as(verb).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(present(e)).as(verb).contains("Keir Starmer", "Donald Tusk", "Giorgia Meloni");
        }
    }

    @Test
    void aGroupOfOfficeHoldersCountsAsPeople() {
        List<Event> found = events("Chancellor Friedrich Merz gathered four Nordic prime ministers at the chancellery "
                + "on Monday. President Emmanuel Macron assembled the defence ministers of the coalition in Paris on "
                + "Tuesday.");
        assertThat(found).extracting(Event::type).containsOnly(EventType.MEETING);
        assertThat(found).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10));
    }

    @Test
    void theArticlesOwnWordMakesItASummit() {
        List<Event> found = events("Pedro Sanchez brought together Giorgia Meloni and Kyriakos Mitsotakis for a summit "
                + "on migration in Madrid on Friday.");
        assertThat(found).extracting(Event::type).containsExactly(EventType.SUMMIT);
    }

    @Test
    void gatheringThingsOrGatheringAsAGroupIsNoMeeting() {
        assertThat(events("Investigators gathered evidence in Kyiv on Monday. Protesters assembled outside the embassy "
                + "in Paris on Tuesday. The campaign brought together volunteers' donations in Rome on Wednesday."))
                .isEmpty();
    }
}
