package parley.extract;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * A time inside a clause embedded after a noun that is not the event's (a relative clause about a place or a
 * document, a participle about a pact or a person) dates that clause's own act, not the event: "held talks at the
 * hall where he had demonstrated in 2009", "signed the decree enacting the pact agreed in March", "President X,
 * elected in February, met Y". The event takes the section's day instead; a time of its own still wins.
 */
class EmbeddedClauseDatesTest {
    @Test
    void aTimeOfAnEmbeddedClauseDoesNotDateTheEvent() throws IOException {
        ExpectedEvents.checkFixture("embedded-clause-dates");
    }
}
