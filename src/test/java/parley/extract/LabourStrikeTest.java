package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.EventType;

/** A strike named by a hyphenated or possessive modifier ("all-out", "nurses'") is industrial action, not force. */
class LabourStrikeTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 6, 4);

    private static long military(String text) {
        Article a = new Article("strike.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events().stream()
                .filter(e -> e.type() == EventType.MILITARY).count();
    }

    @Test
    void hyphenatedAndPossessiveLabourModifiersAreNotUsesOfForce() {
        assertThat(military("Harbour pilots have been on an all-out strike since 2 May, after short stoppages that "
                + "began on 14 April.")).isZero();
        assertThat(military("The nurses' strike entered its third week on Monday.")).isZero();
    }

    @Test
    void aStrikeOfForceIsStillMilitary() {
        assertThat(military("An air strike hit a depot near the border on 2 June, the army said.")).isEqualTo(1);
    }
}
