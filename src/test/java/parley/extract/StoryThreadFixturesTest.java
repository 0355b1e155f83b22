package parley.extract;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles of our own for dates, status and duplicates within one article (session 9): "the same day" after a
 * paragraph of background takes the day of the story's thread ({@link SectionDates#sameDayFrom}); "in March of that
 * year" takes the year the text last named ({@code TimexTagger.THAT_YEAR}).
 */
class StoryThreadFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"same-day-anaphora", "that-year", "offer-own-day",
            "summit-bilaterals", "briefing-state-visit",
            "overnight-statement", "dated-by-a-later-post",
            "roster-after-its-meeting", "trip-stops", "stay-ending-today",
            "month-restatement", "attended-the-gathering",
            "past-year-stretch"})
    void datesAndReportsWithinOneArticle(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }
}
