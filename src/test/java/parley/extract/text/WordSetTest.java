package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordSetTest {
    private static final String[] WORDS = {"later", " day", "then", "the same", "é", "a.m."};
    private final WordSet set = new WordSet(WORDS);

    @Test
    void saysWhatContainsSaysForEveryWordAndText() {
        List<String> texts = List.of("", "Two days later the envoys met.", "then", "At 9 a.m. the same day",
                "a café meeting", "translaters lateR", "theday", "the sam", "day");
        for (String text : texts) {
            long mask = set.in(text);
            for (int i = 0; i < WORDS.length; i++) {
                assertThat((mask & set.bits(WORDS[i])) != 0).as("'%s' in '%s'", WORDS[i], text)
                        .isEqualTo(text.contains(WORDS[i]));
            }
        }
    }

    @Test
    void bitsOfSeveralWordsTestAny() {
        long mask = set.in("three days later");
        assertThat(mask & set.bits("then", "later")).isNotZero();
        assertThat(mask & set.bits("then", "the same")).isZero();
    }

    @Test
    void firstSaysWhereTheEarliestWordStartsWithinBounds() {
        String text = "Two days later, the same day, then";
        assertThat(set.first(text, 0, text.length())).isEqualTo(text.indexOf(" day"));
        assertThat(set.first(text, 5, text.length())).isEqualTo(text.indexOf("later"));
        assertThat(set.first(text, 0, 3)).isEqualTo(-1);
        assertThat(set.first(text, text.indexOf("then"), text.indexOf("then") + 1)).as("a word may run past the end")
                .isEqualTo(text.indexOf("then"));
    }

    @Test
    void firstIgnoreCaseFindsWhereACaseInsensitivePatternFirstFindsAWord() {
        String[] words = {"advis", "chief of staff", "x", "aide", "é"};
        WordSet lower = new WordSet(words);
        List<String> texts = List.of("", "Senior ADVISER to", "the Chief Of Staff", "X", "aIDE", "ad vis", "tax",
                "café", "Chief of\u00a0staff", "no cue at all", "A", "aidé");
        for (String text : texts) {
            int expected = -1;
            for (String w : words) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)" + java.util.regex.Pattern.quote(w))
                        .matcher(text);
                if (m.find() && (expected < 0 || m.start() < expected)) {
                    expected = m.start();
                }
            }
            assertThat(lower.firstIgnoreCase(text, 0, text.length())).as("'%s'", text).isEqualTo(expected);
        }
    }

    @Test
    void firstAndInAgreeWithIndexOfOnEveryPrefixAndSuffix() {
        String text = "At 9 a.m. the same day, then later: théday é";
        for (int from = 0; from <= text.length(); from++) {
            String t = text.substring(from);
            int expected = -1;
            for (String w : WORDS) {
                int k = t.indexOf(w);
                if (k >= 0 && (expected < 0 || k < expected)) {
                    expected = k;
                }
                assertThat((set.in(t) & set.bits(w)) != 0).as("'%s' in '%s'", w, t).isEqualTo(k >= 0);
            }
            assertThat(set.first(t, 0, t.length())).as("'%s'", t).isEqualTo(expected);
        }
    }

    @Test
    void refusesWhatItCannotAnswer() {
        assertThatThrownBy(() -> set.bits("tomorrow")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordSet("")).isInstanceOf(IllegalArgumentException.class);
        String[] many = new String[65];
        java.util.Arrays.setAll(many, i -> "w" + i);
        WordSet wide = new WordSet(many);
        assertThatThrownBy(() -> wide.in("w1")).as("bits for at most 64 words").isInstanceOf(IllegalStateException.class);
        assertThat(wide.anyIn("a w64 b")).as("any number of words for anyIn").isTrue();
    }

    @Test
    void anyInSaysWhatContainsOnTheSpanSaysForRandomTextsAndBounds() {
        String[] words = {"ab", "b", "abc", "ca", "é’", "éx", "cc c", "aaaa"};
        WordSet any = new WordSet(words);
        java.util.Random random = new java.util.Random(17);
        String alphabet = "abc é’x";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            String span = text.substring(from, to);
            boolean expected = java.util.Arrays.stream(words).anyMatch(span::contains);
            assertThat(any.anyIn(text, from, to)).as("'%s' [%d, %d)", text, from, to).isEqualTo(expected);
        }
    }
}
