package parley.extract;

import java.io.IOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles of our own for references, places and occasions (session 12): "the two", "both" with no noun are the
 * people the last sentences named ({@link Story#groupReferent}); a seat of government or residence stands for its
 * city ({@link Places}, `residences.tsv`); the one arriving in "Hours before X arrived, Y posted …" is no speaker
 * ({@link Clauses}); "Al Thani" alone is the Al Thani the article named last ({@link EntityFinder}); a statement
 * issued at the end of a meeting makes the meeting an event ({@link SentenceLinks}); who agrees that deputies will
 * meet is not at that meeting; "the president" of two is the one of the sentence's country; a step after a group goes
 * on from the day last told, and "met the press" is a press conference.
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
