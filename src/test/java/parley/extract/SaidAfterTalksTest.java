package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * "said on <day> after talks with Y", "told reporters on <day> after meeting Y": the occasion the telling followed is
 * held that day (session 18, q-report A2 (2)); a definite "after the meeting" still points back. Sentences of our own.
 */
class SaidAfterTalksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Peru will reopen its embassy in La Paz, Foreign Minister Elmer Schialer said on Tuesday after talks with Bolivian Foreign Minister Celinda Sosa.|Celinda Sosa|2026-03-10",
        "Foreign Minister Penny Wong said on Friday following talks with Foreign Minister Sugiono that the two countries would sign a defence pact.|Sugiono|2026-03-06",
        "Japan and Korea will expand their currency swap, Finance Minister Katsunobu Kato told reporters on Monday after meeting his Korean counterpart, Choi Sang-mok.|Katsunobu Kato|2026-03-09",
        "Chancellor Friedrich Merz told journalists on Wednesday after a meeting with President Emmanuel Macron that Europe must spend more on defence.|Emmanuel Macron|2026-03-11"})
    void theOccasionIsHeldThatDay(String sentence, String who, String day) {
        Extraction x = FloatedPlansTest.extract(sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).anyMatch(e -> (e.type() == EventType.MEETING
                || e.type() == EventType.TALKS) && e.status() == EventStatus.HELD && day.equals(e.date().iso())
                && e.participants().stream().anyMatch(p -> p.name().equals(who)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Peru will reopen its embassy in La Paz, Foreign Minister Elmer Schialer said on Tuesday after talks with Bolivian Foreign Minister Celinda Sosa.|Celinda Sosa"})
    void aPlaceInWhatWasSaidIsNotTheOccasions(String sentence, String who) {
        Extraction x = FloatedPlansTest.extract(sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).filteredOn(e -> e.participants().stream()
                .anyMatch(p -> p.name().equals(who))).isNotEmpty().allMatch(e -> e.location() == null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Petro said on Wednesday after the meeting that the two would cooperate.|2026-03-09"})
    void aDefiniteMeetingStillPointsBack(String sentence, String day) {
        Extraction x = FloatedPlansTest.extract("President Lula met President Gustavo Petro in Bogota on Monday.\n\n"
                + sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).filteredOn(e -> e.type() == EventType.MEETING)
                .hasSize(1).allMatch(e -> day.equals(e.date().iso()));
    }
}
