package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/**
 * A supposed case of force is no military event (session 17): "an attack on X would be an attack on all of us", "a
 * strike on the port could be answered within hours", "any invasion will be met with force". Once a readout's heading
 * dates its sentences, such a warning was read as that day's attack. Our own words.
 */
class SupposedForceTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 14);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("r.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    @Test
    void warningsAboutAnAttackAreNoAttack() {
        List<Event> es = extract("""
                Readouts of the Foreign Minister

                READOUT | 12 June 2025
                Foreign Minister Elina Valtonen met Foreign Minister Margus Tsahkna in Tallinn today.
                An attack on Estonia by Russia would be an attack on all of NATO, Valtonen said.

                READOUT | 13 June 2025
                Valtonen met Prime Minister Kristen Michal in Tallinn today.
                A strike on Narva could be answered within hours, Michal added.
                Any invasion of Latvia will be met with force, the two agreed.
                Such an assault might trigger the alliance's collective defence clause.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es)).noneMatch(e -> e.type() == EventType.MILITARY);
        assertThat(es).filteredOn(e -> e.type() == EventType.MEETING).hasSize(2);
    }

    @Test
    void theGuardReadsOnlySupposedCases() {
        String s1 = "An attack on Estonia would be an attack on all of us.";
        assertThat(Unasserted.hypothetical(s1, 0, 3, 9, s1.length())).isTrue();
        assertThat(Unasserted.hypothetical(s1, 0, 33, 39, s1.length())).isTrue();
        String s2 = "A drone strike on the port will be investigated.";
        assertThat(Unasserted.hypothetical(s2, 0, 8, 14, s2.length())).isFalse(); // "will" needs "any"
        String s3 = "The attack on Kharkiv would later be called the worst of the war.";
        assertThat(Unasserted.hypothetical(s3, 0, 4, 10, s3.length())).isFalse(); // a definite attack happened
        String s4 = "Russia launched an attack on Kharkiv overnight.";
        assertThat(Unasserted.hypothetical(s4, 0, 19, 25, s4.length())).isFalse();
    }
}
