package parley.extract;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * Wire copy whose lead tells its news with no time of its own: the dateline's day ("OSLO, Feb 9 (Wire) -", "ROME,
 * Tuesday (Wire) —"), or the article's day under a dateline with no date ("BRUSSELS —"), dates the lead's held events
 * and, through the story's day, what the story's people did next; background and plans keep their own dates (session 18).
 */
class DatelineDayTest {
    @Test
    void aDatedCapitalsDatelineDatesTheLeadsNews() throws IOException {
        ExpectedEvents.checkFixture("fallback-dateline-wire");
    }

    @Test
    void aWeekdayDatelineDatesTheLeadButNotBackgroundOrPlans() throws IOException {
        ExpectedEvents.checkFixture("fallback-dateline-weekday");
    }

    @Test
    void aDatelineWithNoDateIsTheArticlesDay() throws IOException {
        ExpectedEvents.checkFixture("fallback-dateline-undated");
    }

    @Test
    void aMastheadDateLineAndHeadlineAboveTheDatelineOpenNoSections() throws IOException {
        ExpectedEvents.checkFixture("fallback-dateline-masthead");
    }
}
