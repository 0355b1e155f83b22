package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/** An earthquake, a storm or a flood that "struck" is no use of force; missiles that struck still are. Our sentences. */
class NaturalDisastersTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("n.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    @Test
    void natureStrikingIsNoMilitaryEvent() {
        List<Event> es = extract("""
                Disasters this week

                A strong earthquake struck eastern Anatolia on Monday, killing dozens.

                On Sunday Cyclone Idris struck the coast of Mozambique for a second time.

                A magnitude 6.8 quake struck off the northern coast on Tuesday.

                Severe floods struck the delta region on Wednesday.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es)).noneMatch(e -> e.type() == EventType.MILITARY);
    }

    @Test
    void missilesThatStruckStillAreForce() {
        List<Event> es = extract("""
                Overnight attacks

                Russian missiles struck Kharkiv on Monday, a day after the storm.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es)).anyMatch(e -> e.type() == EventType.MILITARY);
    }
}
