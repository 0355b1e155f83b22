package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The article's hits answer every question exactly as the set's own scan of the same text (or copy) does. */
class WordHitsTest {
    /** Words sharing beginnings, one-character words, spaces, capitals, non-ASCII first and second characters. */
    private static final WordSet A = new WordSet("met", "meet", " met", "held", "he", ":", ";", "talks", "Talks",
            "é", "aé", "día", "the day", " ago", "k");
    private static final WordSet B = new WordSet("me", "eet", "d", "days later", "talk", "Ké", "ks");
    /** Lower-case words, as the sets asked ignoring case are. */
    private static final WordSet C = new WordSet("today", "tomorrow", "by", "before", "é", "k", "week", "kiss",
            "its", "takes", "seKs", "Ask", "ask");
    /** Letters that match others ignoring case: the Kelvin sign, dotted capital I, long s, dotless i. */
    private static final String ALPHABET = "metMETdhlaoyskgKiI :;.,\u00e9\u00c9\u212a\u0130\u03a3\u00edb wr"
            + "\u017f\u0131";

    private static String random(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    @Test
    void answersAsTheScansOnRandomTextsAndRanges() {
        Random r = new Random(30);
        for (int round = 0; round < 4000; round++) {
            String text = random(r, 1 + r.nextInt(60));
            if (round % 3 == 0) {
                text = text.replace('\u0130', 'i'); // mostly texts that lower-case in place, some that do not
            }
            WordHits hits = WordHits.of(text);
            for (int k = 0; k < 8; k++) {
                int from = r.nextInt(text.length() + 1);
                int to = from + r.nextInt(text.length() - from + 1);
                String part = text.substring(from, to);
                String lower = part.toLowerCase(Locale.ROOT);
                for (WordSet set : new WordSet[] {A, B, C}) {
                    String at = "'" + text + "' [" + from + ", " + to + ")";
                    assertThat(hits.anyIn(set, from, to)).as(at).isEqualTo(set.anyIn(text, from, to));
                    assertThat(hits.first(set, from, to)).as(at).isEqualTo(set.first(text, from, to));
                    int within = set.first(part, 0, part.length());
                    assertThat(hits.firstWithin(set, from, to)).as(at).isEqualTo(within < 0 ? -1 : from + within);
                    assertThat(hits.firstIgnoreCase(set, from, to)).as(at).isEqualTo(set.firstIgnoreCase(text, from, to));
                    assertThat(hits.in(set, from, to)).as(at).isEqualTo(set.in(part));
                    assertThat(hits.inLowerCase(set, from, to)).as(at).isEqualTo(set.in(lower));
                    assertThat(hits.anyInLowerCase(set, from, to)).as(at).isEqualTo(set.anyIn(lower));
                    if (hits.lowerCasesInPlace()) {
                        int lw = set.first(lower, 0, lower.length());
                        assertThat(hits.firstWithinLowerCase(set, from, to)).as(at)
                                .isEqualTo(lw < 0 ? -1 : from + lw);
                    }
                }
            }
        }
    }

    @Test
    void aTextThatDoesNotLowerCaseInPlaceIsAnsweredFromCopies() {
        WordHits hits = WordHits.of("\u0130STANBUL TALKS");
        assertThat(hits.lowerCasesInPlace()).isFalse();
        assertThat(hits.inLowerCase(A, 0, 14)).isEqualTo(A.in("\u0130STANBUL TALKS".toLowerCase(Locale.ROOT)));
    }

    @Test
    void aSetFirstAskedAfterThePassJoinsIt() {
        WordHits hits = WordHits.of("The envoys met on the day before.");
        assertThat(hits.anyIn(A, 0, 33)).isTrue();
        WordSet late = new WordSet("envoys", "before");
        assertThat(hits.first(late, 0, 33)).isEqualTo(4);
        assertThat(hits.anyIn(A, 0, 33)).isTrue();
    }
}
