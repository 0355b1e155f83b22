package parley.extract;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * News copy: a past report with no time of its own goes on with the day an earlier sentence of its own paragraph told
 * something on ("On Wednesday came the harder conversation. X met Y. … X also held talks with Z."), past a sentence
 * between, not with the lead's day (session 18).
 */
class ParagraphDayTest {
    @Test
    void aDayToldEarlierInTheParagraphDatesWhatFollowsInIt() throws IOException {
        ExpectedEvents.checkFixture("fallback-paragraph-day");
    }
}
