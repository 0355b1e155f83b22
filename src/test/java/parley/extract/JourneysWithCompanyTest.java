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
 * "flew with two aides, but only to Tromsø", "travelled with her trade minister to Bogotá": a journey told with its
 * company before the destination is a visit there; "went with the proposal to Parliament" is none.
 */
class JourneysWithCompanyTest {
    /** A Thursday. */
    private static final LocalDate ANCHOR = LocalDate.of(2026, 7, 30);

    private static List<Event> visits(String text) {
        Article a = new Article("journeys.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events().stream()
                .filter(e -> e.type() == EventType.VISIT).toList();
    }

    private static Event visit(String text) {
        List<Event> v = visits(text);
        assertThat(v).hasSize(1);
        return v.get(0);
    }

    @Test
    void aJourneyButOnlyAsFarAsAPlace() {
        Event e = visit("On 2 July the foreign minister of Estonia, Margus Tsahkna, flew with two aides, but only to "
                + "Tromsø, where he met fishermen.");
        assertThat(e.location()).isEqualTo("Tromsø");
        assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 7, 2));
    }

    @Test
    void companionsAndOtherVerbs() {
        assertThat(visit("Prime Minister Lars Holt flew with his wife instead to Reykjavik on Sunday.").location())
                .isEqualTo("Reykjavik");
        assertThat(visit("On Friday President Rosa Quispe travelled with her trade minister to Bogotá.").location())
                .isEqualTo("Bogotá");
        Event warsaw = visit("On 5 July Chancellor Friedrich Merz went with the economy minister, Katherina Reiche, to "
                + "Warsaw.");
        assertThat(warsaw.location()).isEqualTo("Warsaw");
        assertThat(warsaw.participants()).extracting(Participant::name).contains("Friedrich Merz", "Katherina Reiche");
    }

    @Test
    void noDestinationNoJourney() {
        assertThat(visits("The coalition went with the proposal to Parliament on Monday.")).isEmpty();
        assertThat(visits("President Rosa Quispe flew with the air force to test the new jets on Monday.")).isEmpty();
        assertThat(visits("The ministry went with a cautious line, according to Reuters.")).isEmpty();
    }
}
