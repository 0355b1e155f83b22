package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCuesTest {
    private static final String[] VERBS = {"said", "announced"};
    private static final String TEXT = "The envoy arrived. The minister announced a date. Later she said more.";

    @Test
    void theNearestCueAfterTheStartWins() {
        assertThat(WordCues.earliest(TEXT, 0, VERBS)).isEqualTo(TEXT.indexOf("announced"));
        assertThat(WordCues.earliest(TEXT, TEXT.indexOf("Later"), VERBS)).isEqualTo(TEXT.indexOf("said"));
        assertThat(WordCues.earliest(TEXT, TEXT.indexOf("said") + 1, VERBS)).isEqualTo(-1);
    }
}
