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
        String folded = Normalizer.normalize(sentence, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
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
