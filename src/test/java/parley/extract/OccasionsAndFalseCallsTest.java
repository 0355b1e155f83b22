package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/**
 * Occasions, chamber acts and false calls (session 17): nouns of occasions no trigger covered, and words that only
 * look like a call. Sentences of our own.
 */
class OccasionsAndFalseCallsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String text) {
        Article a = new Article("occasions.txt", "txt", "", text + "\n\n", null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    @Test
    void aPressOrMediaAvailabilityIsAPressConference() {
        assertThat(events("Chancellor Otto Brandvik and Prime Minister Erna Lindqvist held a joint press availability "
                + "in Oslo on Monday.")).anyMatch(e -> e.type() == EventType.PRESS_CONFERENCE);
        assertThat(events("Foreign Minister Kari Moen gave a media availability in Bergen on Tuesday."))
                .anyMatch(e -> e.type() == EventType.PRESS_CONFERENCE);
    }

    @Test
    void phoneAsAModifierOfNumberIsNoCall() {
        assertThat(events("Foreign Minister Ilze Kalnina met Foreign Minister Tomas Varga in Riga on Monday, and "
                + "the two exchanged phone numbers.")).noneMatch(e -> e.type() == EventType.CALL);
        assertThat(events("Ilze Kalnina gave Tomas Varga her telephone number on Monday."))
                .noneMatch(e -> e.type() == EventType.CALL);
        // the verb still calls
        assertThat(events("Ilze Kalnina phoned Tomas Varga on Monday."))
                .anyMatch(e -> e.type() == EventType.CALL);
    }
}
