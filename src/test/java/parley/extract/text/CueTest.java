package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CueTest {
    @Test
    void aCueIsFoundAmongTheTokensOfARangeInAnyCase() {
        Cue meeting = Cue.of("met", "talks");
        Tokens t = Tokens.of("The envoys MET in Oslo. Nobody spoke of metals.");
        assertThat(t.has(meeting, 0, t.size())).isTrue();
        assertThat(t.next(meeting, 0, t.size())).isEqualTo(2);
        int second = t.indexAt(t.text().indexOf("Nobody"));
        assertThat(t.has(meeting, second, t.size())).isFalse(); // "metals" is another word
        assertThat(t.hasAt(meeting, 0, t.text().indexOf('.'))).isTrue();
        assertThat(t.hasAt(meeting, t.text().indexOf("in"), t.text().length())).isFalse();
    }

    @Test
    void aCueMadeAfterTheTokensWereFirstAskedIsStillFound() {
        Tokens t = Tokens.of("Ministers signed a pact on Friday.");
        assertThat(t.has(Cue.of("ministers"), 0, t.size())).isTrue();
        Cue later = Cue.of("pact");
        assertThat(t.has(later, 0, t.size())).isTrue();
        assertThat(t.next(later, 0, 3)).isEqualTo(-1);
    }

    @Test
    void aRegionCuttingAWordSeesTheCutPartAsAPatternDoes() {
        Cue condemned = Cue.of("condemned");
        Tokens t = Tokens.of("They uncondemned it, and a meth lab.");
        int un = t.text().indexOf("uncondemned");
        assertThat(t.hasAt(condemned, un, t.text().length())).isFalse();
        assertThat(t.hasAt(condemned, un + 2, t.text().length())).isTrue(); // the pattern sees "condemned"
        Cue met = Cue.of("met");
        int meth = t.text().indexOf("meth");
        assertThat(t.hasAt(met, 0, meth + 4)).isFalse();
        assertThat(t.hasAt(met, 0, meth + 3)).isTrue(); // the region ends inside "meth": a pattern sees "met"
        assertThat(t.hasAt(met, meth + 1, meth + 3)).isFalse(); // "et"
    }

    @Test
    void cueWordsAreSingleFoldedTokens() {
        assertThatThrownBy(() -> Cue.of("held talks")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cue.of("Met")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyCuesEachKeepTheirOwnWords() {
        Cue[] cues = new Cue[150];
        for (int i = 0; i < cues.length; i++) {
            cues[i] = Cue.of("word" + i);
        }
        Tokens t = Tokens.of("only word7 and word130 here");
        for (int i = 0; i < cues.length; i++) {
            assertThat(t.has(cues[i], 0, t.size())).as("cue %d", i).isEqualTo(i == 7 || i == 130);
        }
    }
}
