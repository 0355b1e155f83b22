package parley.extract;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * The story's clock: a time in the lead's main clause moves the narrative reference time even when the clause has no
 * trigger ("was welcomed this morning by …", "The shift came in May 2023."), a time in an aside ("who landed late
 * last night") does not, and a release's arrival of the night before is a flashback: the story is of today.
 */
class StoryClockTest {
    @Test
    void aWelcomeWithNoTriggerSetsTheDayThatThenCountsFrom() throws IOException {
        ExpectedEvents.checkFixture("story-clock-release");
    }

    @Test
    void lastNightsArrivalIsAFlashbackInAReleaseOfToday() throws IOException {
        ExpectedEvents.checkFixture("story-clock-arrival");
    }

    @Test
    void aMonthNamedInAMainClauseDatesWhatFollows() throws IOException {
        ExpectedEvents.checkFixture("story-clock-explainer");
    }

    @Test
    void aRuleLineAfterTheGreetingIsNoParagraphOfTheStory() throws IOException {
        ExpectedEvents.checkFixture("story-clock-rule-line");
        ExpectedEvents.checkFixture("story-clock-rule-line2");
    }
}
