package parley.extract;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles of our own that test what Parley must not report: a summit named only as the setting of a meeting told
 * as background, and a meeting agreed on, looked forward to or urged on others as if held that day
 * ({@link SentenceLinks}); undated remarks and trips in an article that dates its events ({@link LooseReports});
 * one host meeting two different groups the same day as one meeting ({@link ArticleEvents}); and cues of type
 * ({@link SentenceEvents}): who "addressed" a meeting spoke at it (no statement of its own), to "call" the
 * discussion useful is to describe it (no call), to "visit" a person is to meet them, and a summit after "since"
 * is a yardstick of history, no event.
 */
class PrecisionFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"sidelines-setting", "loose-remarks", "agreed-meetings", "one-host-two-guests",
            "type-cues"})
    void reportsOnlyWhatTheArticleReports(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }
}
