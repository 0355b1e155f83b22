package parley.core;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import parley.domain.Article;

/**
 * Fingerprints of an article's sentences, so articles that report the same facts in near-identical words can be
 * found: case, punctuation, quote styles and diacritics are ignored; short sentences ("Read more") are left out.
 */
final class SentencePrints {
    static final int MIN_WORDS = 6;

    private SentencePrints() {
    }

    static Set<Long> of(String text, List<Article.Span> sentences) {
        Set<Long> prints = new LinkedHashSet<>();
        for (Article.Span s : sentences) {
            String norm = normalise(text.substring(s.start(), s.end()));
            if (norm.chars().filter(c -> c == ' ').count() + 1 >= MIN_WORDS) {
                prints.add(fnv64(norm));
            }
        }
        return prints;
    }

    static String normalise(String sentence) {
        String ascii = asciiNormalised(sentence);
        return ascii != null ? ascii : unicodeNormalised(sentence);
    }

    /** Decomposed, marks dropped, lower-cased, every run of what is neither letter nor digit one space. */
    static String unicodeNormalised(String sentence) {
        String folded = Normalizer.normalize(sentence, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /**
     * {@link #normalise} of a sentence in ASCII alone (most sentences), in one pass without the decomposition and
     * the two patterns, which were most of an article's prints on the import's preparers; null when the sentence
     * holds any other character. For ASCII the two agree: nothing decomposes, letters and digits are [A-Za-z0-9].
     */
    static String asciiNormalised(String sentence) {
        StringBuilder out = new StringBuilder(sentence.length());
        boolean gap = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            boolean word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
            if (!word) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) {
                out.append(' ');
            }
            gap = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /** 64-bit FNV-1a: stable across runs and JVMs, unlike String.hashCode's 32 bits. */
    static long fnv64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
