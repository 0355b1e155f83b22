package parley.extract.text;

import java.util.HashMap;
import java.util.Map;

/**
 * The words a rule's patterns cannot match without (its cue), asked of a sentence's tokens before the patterns run:
 * {@link Tokens#has}. Every cue's words are looked up once per token of an article (one map look-up per token for all
 * the cues together, {@link Tokens}), so a rule's gate costs a bit test per token of the sentence instead of a pattern
 * tried at each of its positions.
 *
 * <p>A gate must never turn away a sentence the patterns would match: list every word a match must hold as a whole
 * token (a run of letters and digits, {@link Tokens}), in its folded form (lower case, no diacritics). A cue word's
 * token that is there without the pattern matching only costs the pattern's run.
 */
public final class Cue {
    /** The words of every cue made so far, each with the bits of its cues (bit i of word i / 64 for cue i). */
    record Vocabulary(Map<String, long[]> bits, int count) {
        int width() {
            return (count + 63) >>> 6;
        }
    }

    private static volatile Vocabulary vocabulary = new Vocabulary(Map.of(), 0);

    final int id;
    private final String[] words;

    private Cue(int id, String[] words) {
        this.id = id;
        this.words = words;
    }

    /** A cue of these words: each one token's folded form ("met", "talks"; not "held talks", not "Met"). */
    public static Cue of(String... words) {
        for (String w : words) {
            if (w.isEmpty() || !w.equals(Tokens.fold(w)) || !w.chars().allMatch(Character::isLetterOrDigit)) {
                throw new IllegalArgumentException("not one folded token: '" + w + "'");
            }
        }
        synchronized (Cue.class) {
            Vocabulary v = vocabulary;
            int id = v.count();
            int width = (id + 64) >>> 6;
            Map<String, long[]> bits = new HashMap<>();
            v.bits().forEach((w, b) -> bits.put(w, java.util.Arrays.copyOf(b, width)));
            for (String w : words) {
                bits.computeIfAbsent(w, k -> new long[width])[id >>> 6] |= 1L << id;
            }
            vocabulary = new Vocabulary(Map.copyOf(bits), id + 1);
            return new Cue(id, words.clone());
        }
    }

    /**
     * A cue of those of the words that a token can be (folded, letters and digits only): what a look-up of each
     * token's folded word in the set finds, with the bit test of {@link Tokens#has} instead of a hash look-up per
     * token of each sentence.
     */
    public static Cue ofTokenWords(java.util.Collection<String> words) {
        return of(words.stream().filter(w -> !w.isEmpty() && w.equals(Tokens.fold(w))
                && w.chars().allMatch(Character::isLetterOrDigit)).sorted().toArray(String[]::new));
    }

    /** Whether the folded word is one of this cue's. */
    boolean holds(String folded) {
        long[] b = vocabulary.bits().get(folded);
        return b != null && (b[id >>> 6] & 1L << id) != 0;
    }

    /** The vocabulary as it stands: a new cue makes a new one, after which tokens look their words up again. */
    static Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public String toString() {
        return "Cue" + java.util.Arrays.toString(words);
    }
}
