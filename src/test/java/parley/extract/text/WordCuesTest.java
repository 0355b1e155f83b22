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

    @Test
    void aBoundedSearchStopsAtTheEndOfItsSentence() {
        int firstEnd = TEXT.indexOf('.') + 1;
        assertThat(WordCues.earliest(TEXT, 0, firstEnd, VERBS)).as("no cue in the first sentence").isEqualTo(-1);
        int second = firstEnd + 1;
        int secondEnd = TEXT.indexOf('.', second) + 1;
        assertThat(WordCues.earliest(TEXT, second, secondEnd, VERBS)).isEqualTo(TEXT.indexOf("announced"));
        // a cue that starts inside the bounds is found even when it runs past them, as the unbounded search finds it
        int cut = TEXT.indexOf("announced") + 3;
        assertThat(WordCues.earliest(TEXT, second, cut, VERBS)).isEqualTo(TEXT.indexOf("announced"));
        assertThat(WordCues.earliest(TEXT, second, TEXT.length() + 10, VERBS)).isEqualTo(TEXT.indexOf("announced"));
    }
}
