package parley.extract;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles of our own for references, places and occasions (session 12): "the two", "both" with no noun are the
 * people the last sentences named ({@link Story#groupReferent}); a seat of government or residence stands for its
 * city ({@link Places}, `residences.tsv`); the one arriving in "Hours before X arrived, Y posted …" is no speaker
 * ({@link Clauses}).
 */
class ReferencesFixturesTest {
    @ParameterizedTest
    @ValueSource(strings = {"bare-group-counts", "seats-for-cities", "remark-before-arrival", "family-names",
            "statement-closing-meeting", "deputies-meet-apart",
            "president-of-the-sentence", "group-steps-and-press"})
    void referencesPlacesAndOccasions(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }
}
