package parley.extract;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles of our own that test what Parley must not report: a summit named only as the setting of a meeting held
 * on its sidelines and a meeting agreed on or looked forward to as held that day ({@link SentenceLinks}), undated remarks and trips in an article that dates its events
 * ({@link LooseReports}).
 */
class PrecisionFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"sidelines-setting", "loose-remarks", "agreed-meetings"})
    void reportsOnlyWhatTheArticleReports(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }
}
