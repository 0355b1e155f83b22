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
    void refusesWhatItCannotAnswer() {
        assertThatThrownBy(() -> set.bits("tomorrow")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordSet("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WordSet(new String[65])).isInstanceOf(RuntimeException.class);
    }
}
