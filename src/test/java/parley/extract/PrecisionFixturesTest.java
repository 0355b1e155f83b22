package parley.extract;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles of our own that test what Parley must not report: a summit named only as the setting of a meeting told
 * as background, and a meeting agreed on, looked forward to or urged on others as if held that day
 * ({@link SentenceLinks}); undated remarks and trips in an article that dates its events ({@link LooseReports});
 * one host meeting two different groups the same day as one meeting ({@link ArticleEvents}); a meeting on the sidelines
 * of a summit as the summit, and separate calls or meetings with several counterparts as one
 * ({@link SeparateEncounters}).
 */
class PrecisionFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"sidelines-setting", "loose-remarks", "agreed-meetings", "one-host-two-guests",
        "separate-encounters", "sentence-apart"})
    void reportsOnlyWhatTheArticleReports(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }
}
