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
 * A plural encounter noun before a list of counterparts ("courtesy calls on A, B and C", "meetings with A and B")
 * counts one encounter per counterpart; a singular "a meeting with A and B" stays one. Sentences of our own.
 */
class PluralEncountersTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("p.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    private static List<List<String>> meetings(List<Event> es) {
        return es.stream().filter(e -> e.type() == EventType.MEETING)
                .map(e -> e.participants().stream().filter(p -> p.role().present()).map(Participant::name).sorted()
                        .toList()).toList();
    }

    @Test
    void courtesyCallsOnAListAreOneMeetingEach() {
        List<Event> es = extract("""
                Minister Lindqvist in Manila

                On Monday Foreign Minister Karl Lindqvist paid courtesy calls on President Maria Alvarez, \
                Vice-President Jorge Soto and Chief Justice Elena Ramos.
                """);
        assertThat(meetings(es)).as(SeedArticlesTest.dump(es)).hasSize(3)
                .allSatisfy(ps -> assertThat(ps).hasSize(2).contains("Karl Lindqvist"));
        assertThat(es).allSatisfy(e -> assertThat(e.date().iso()).isEqualTo("2026-03-09"));
    }

    @Test
    void meetingsWithTwoNamedHostsAreTwoMeetings() {
        List<Event> es = extract("""
                Envoy's day in Nairobi

                On Tuesday envoy Rosa Mendes held meetings with President Grace Wanjiru and Speaker Paul Otieno \
                at State House.
                """);
        assertThat(meetings(es)).as(SeedArticlesTest.dump(es)).containsExactlyInAnyOrder(
                List.of("Grace Wanjiru", "Rosa Mendes"), List.of("Paul Otieno", "Rosa Mendes"));
    }

    @Test
    void aVerblessProgrammeLineOfCallsSplitsToo() {
        List<Event> es = extract("""
                The minister's programme in Manila

                ## Monday, 9 March

                - Morning: courtesy calls on President Maria Alvarez, Vice-President Jorge Soto and Chief Justice \
                Elena Ramos.
                """);
        assertThat(meetings(es)).as(SeedArticlesTest.dump(es)).hasSize(3);
    }

    @Test
    void aSingularMeetingWithTwoStaysOne() {
        List<Event> es = extract("""
                Envoy's day in Nairobi

                On Tuesday envoy Rosa Mendes had a meeting with President Grace Wanjiru and Speaker Paul Otieno \
                at State House.
                """);
        assertThat(meetings(es)).as(SeedArticlesTest.dump(es)).hasSize(1);
    }
}
