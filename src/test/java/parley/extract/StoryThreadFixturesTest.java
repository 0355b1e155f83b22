package parley.extract;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles of our own for dates, status and duplicates within one article (session 9): "the same day" after a
 * paragraph of background takes the day of the story's thread ({@link SectionDates#sameDayFrom}); "in March of that
 * year" takes the year the text last named; an offer's own day does not date the event offered; "At the summit on
 * Saturday, X will meet Y" is a bilateral beside the summit; "the Geneva talks", "the one-day summit" and a roster
 * "arriving for the summit on Monday" are the event already told, while "a next round" and "a previous summit" are
 * not ({@link Story#definite}, {@link Story#coreferDated}).
 */
class StoryThreadFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"same-day-anaphora", "that-year", "offer-own-day",
            "summit-bilaterals", "one-occasion-told-again", "briefing-state-visit",
            "overnight-statement"})
    void datesAndReportsWithinOneArticle(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }
}
