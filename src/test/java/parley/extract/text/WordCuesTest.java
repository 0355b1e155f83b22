package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

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
    void startInSaysWhatIndexOfTestedAgainstTheEndSays() {
        Random random = new Random(28);
        for (String word : new String[] {"ab", "a", "aba", "é"}) {
            for (int round = 0; round < 5_000; round++) {
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(10); i > 0; i--) {
                    sb.append("abé ".charAt(random.nextInt(4)));
                }
                String s = sb.toString();
                int from = random.nextInt(s.length() + 2) - 1;
                int to = random.nextInt(s.length() + 2);
                int k = s.indexOf(word, from);
                int expected = k >= 0 && k < to ? k : -1;
                assertThat(WordCues.startIn(s, word, from, to)).as("'%s' in '%s' [%d, %d)", word, s, from, to)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void lastRunsStartWhereTheLastWordsDo() {
        String t = "talks  ahead of\tthe Gulf Summit ";
        assertThat(WordCues.startOfLastRuns(t, 0, t.length(), 2)).isEqualTo(t.indexOf("Gulf"));
        assertThat(WordCues.startOfLastRuns(t, 0, t.length(), 5)).isEqualTo(t.indexOf("ahead"));
        assertThat(WordCues.startOfLastRuns(t, 0, t.length(), 9)).isEqualTo(0);
        assertThat(WordCues.startOfLastRuns(t, 3, t.length(), 9)).isEqualTo(3);
    }

    /**
     * An end-anchored pattern spanning at most five runs finds the same from the last six as from the start (one
     * more: '$' may stand before a final line terminator that is no space).
     */
    @Test
    void anEndAnchoredPatternFindsTheSameFromTheLastRuns() {
        Pattern p = Pattern.compile("(?i)\\b(?:after|ahead of)\\s+(?:the|a)?\\s*(?:\\S*|(?-i:\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+))\\s*$");
        String[] bits = {"after", "ahead", " of", "the", "a", "Gulf", "Summit", " ", "  ", "\t", "\n", "(", "x",
            "\u2028", "Safter", "-"};
        String edge = "talks ahead of the Gulf Summit \u2028";
        assertThat(p.matcher(edge.substring(WordCues.startOfLastRuns(edge, 0, edge.length(), 5))).find()).isFalse();
        Random random = new Random(15);
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder(n == 0 ? edge : "");
            for (int k = random.nextInt(9); k >= 0; k--) {
                b.append(bits[random.nextInt(bits.length)]);
            }
            String t = n == 1 ? edge : b.toString();
            int from = WordCues.startOfLastRuns(t, 0, t.length(), 6);
            assertThat(p.matcher(t.substring(from)).find()).as("'%s'", t).isEqualTo(p.matcher(t).find());
        }
    }
}
