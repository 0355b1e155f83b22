package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;

/** "was unable to travel", "was prevented from travelling": an obstacle, so no visit was held. Our sentences. */
class ThwartedTravelTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    @Test
    void travelThatCouldNotHappenIsNoHeldVisit() {
        List<Event> es = extract("""
                Trips that fell through

                President Cyril Ramaphosa was unable to travel to Luanda on Monday because of the floods at home.

                Opposition leader Martin Fayulu was prevented from travelling to Kinshasa on Friday.

                President William Ruto was unable to visit Juba on Thursday as planned.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es))
                .noneMatch(e -> e.type() == EventType.VISIT && e.status() == EventStatus.HELD);
    }

    @Test
    void aTripMadeAfterAnEarlierObstacleIsHeld() {
        List<Event> es = extract("""
                Starmer in Paris

                Prime Minister Keir Starmer travelled to Paris on Monday, after he had been unable to fly on Sunday.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es))
                .anyMatch(e -> e.type() == EventType.VISIT && e.status() == EventStatus.HELD);
    }
}
