package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/**
 * "afterwards", "then", "later" count from the last event told with a day, never from an undated one told in between
 * (session 17). In a desk note of numbered sections, a later section's sentence that names the lead act's people
 * ("X addressed the signing; Y joined by video link") made an undated event, and the press conference "afterwards"
 * below it was left undated ("relative to the previous event, which has no date"). Our own words, two layouts.
 */
class AfterwardsFromDatedTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 10);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("note.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    private static void pressConferenceOnTheDay(String text) {
        List<Event> es = extract(text);
        assertThat(es).as(SeedArticlesTest.dump(es)).filteredOn(e -> e.type() == EventType.PRESS_CONFERENCE)
                .extracting(e -> e.date().iso()).containsExactly("2025-06-10");
    }

    @Test
    void deskNoteInNumberedSections() {
        pressConferenceOnTheDay("""
                PACIFIC DESK NOTE
                Marlin Advisory | Pacific Desk

                HEADLINE: Chile and Peru signed a fisheries pact in Arica this morning.

                1. MORNING
                At 08:30 the two delegations met at the port authority.

                2. THE CEREMONY
                President Gabriel Boric addressed the signing in Arica; President Dina Boluarte joined by video link.

                3. AFTER
                - Boric spoke to the press afterwards.
                """);
    }

    @Test
    void bulletinWithThenUnderAnUndatedSection() {
        pressConferenceOnTheDay("""
                Andes bulletin

                Ecuador and Colombia signed a border protocol in Quito today.

                ## The signing
                President Daniel Noboa hosted the signing; President Gustavo Petro took part by video link.

                ## Next
                Noboa then held a news conference at the Carondelet Palace.
                """);
    }
}
