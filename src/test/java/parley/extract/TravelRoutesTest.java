package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/**
 * A trip told by its route (session 17): "travelled from Seoul to Busan", "flew from Lima to Quito" is a visit to the
 * place after "to", not to the place it set out from. Sentences written for this test.
 */
class TravelRoutesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 4, 2);

    private static List<Event> visits(String body) {
        String text = "ANDES DESK\nPublished: 2 April 2025\n\nLeaders on the road\n\n" + body + "\n";
        Article a = new Article("routes.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events().stream()
                .filter(e -> e.type() == EventType.VISIT).toList();
    }

    @Test
    void aRouteIsAVisitToItsEnd() {
        assertThat(visits("On 31 March, President Gabriel Boric and his minister Alberto van Klaveren travelled from "
                + "Seoul to Busan by train.")).singleElement().satisfies(e -> {
                    assertThat(e.location()).isEqualTo("Busan");
                    assertThat(e.date().start()).isEqualTo(LocalDate.of(2025, 3, 31));
                    assertThat(e.participants()).extracting(p -> p.name()).contains("Gabriel Boric", "Alberto van Klaveren");
                });
        assertThat(visits("Foreign Minister Alberto van Klaveren flew from Lima to Quito on Monday."))
                .singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Quito"));
        assertThat(visits("President Gabriel Boric travelled from Santiago to Montevideo on Tuesday for the "
                + "inauguration.")).singleElement().satisfies(e -> assertThat(e.location()).isEqualTo("Montevideo"));
    }

    @Test
    void aRouteOfThingsIsNoTrip() {
        assertThat(visits("The trade fair travelled from city to city last year.")).isEmpty();
    }
}
