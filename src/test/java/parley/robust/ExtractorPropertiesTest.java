package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import parley.SharedData;
import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.domain.Mention;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;

/**
 * The extractor on random and mutated article text: it never throws, and every mention lies inside the text and
 * is exactly the text between its offsets; every sentence span lies inside the text too.
 */
class ExtractorPropertiesTest {
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor();
    private static final List<String> BASES = bases();
    /** Words the extractor reacts to, so random sequences of them reach deep into its rules. */
    private static final List<String> WORDS = List.of("The", "foreign", "minister", "ministers", "of", "Poland",
            "France", "Germany", "met", "meet", "will", "talks", "summit", "called", "phone", "call", "visit",
            "visited", "did", "not", "attend", "in", "Warsaw", "Paris", "on", "Monday", "Tuesday", "next", "week",
            "last", "March", "3", "2024", "12-14", "said", "\"", "'", "“", "”", "(", ")", ",", ".", "—", "-", ";",
            ":", "\n", "\n\n", "Mr.", "Dr.", "U.S.", "NATO", "EU", "Sikorski", "Barrot", "Wadephul", "press",
            "conference", "statement", "strike", "between", "and", "with", "by", "video", "yesterday", "tomorrow",
            "earlier", "later", "2025-08-12", "12:30", "GMT", "\u00a0", "\t");

    /** Tries per property; a longer hunt: -Dparley.fuzz.tries=5000. */
    private static final int TRIES = Integer.getInteger("parley.fuzz.tries", 200);
    /** Fixed seed: a failure names its try, and the same try fails again. */
    private static final long SEED = Long.getLong("parley.fuzz.seed", 20251122L);

    @Test
    void mutatedArticlesKeepEveryMentionInsideTheText() {
        forAll(ExtractorPropertiesTest::mutatedArticle);
    }

    @Test
    void sequencesOfTriggerWordsKeepEveryMentionInsideTheText() {
        forAll(ExtractorPropertiesTest::wordSoup);
    }

    @Test
    void arbitraryUnicodeNeverBreaksTheExtractor() {
        forAll(r -> randomString(r, r.nextInt(3_001)));
    }

    private static void forAll(Function<Random, String> texts) {
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            String text = texts.apply(random);
            LocalDate anchor = anchor(random);
            try {
                check(text, anchor);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("try " + i + " (seed " + SEED + ", anchor " + anchor + ") failed on: "
                        + (text.length() > 500 ? text.substring(0, 500) + "…" : text), e);
            }
        }
    }

    private static void check(String text, LocalDate anchor) {
        Article article = new Article("fuzz.txt", "text", "0".repeat(64), text, null, null, null, anchor);
        Extraction extraction = EXTRACTOR.extract(article, anchor);
        for (Event e : extraction.events()) {
            for (Mention m : e.mentions()) {
                assertThat(m.start()).as("start of %s", m).isBetween(0, text.length());
                assertThat(m.end()).as("end of %s", m).isBetween(m.start(), text.length());
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        for (Article.Span s : EXTRACTOR.sentences(text)) {
            assertThat(s.start()).isBetween(0, text.length());
            assertThat(s.end()).isBetween(s.start(), text.length());
        }
    }

    private static LocalDate anchor(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> null;
            case 1 -> LocalDate.of(2024, 3, 4);
            default -> LocalDate.of(2000, 1, 1).plusDays(r.nextInt(5_900_000) - 3_000_000);
        };
    }

    /** Any code points, surrogates and controls included, like a damaged file would hold. */
    private static String randomString(Random r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x10000) : (char) (32 + r.nextInt(95)));
        }
        return b.toString();
    }

    private static String wordSoup(Random r) {
        int n = r.nextInt(401);
        List<String> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            words.add(WORDS.get(r.nextInt(WORDS.size())));
        }
        return String.join(" ", words);
    }

    private static String mutatedArticle(Random r) {
        String t = BASES.get(r.nextInt(BASES.size()));
        int edits = 1 + r.nextInt(8);
        for (int i = 0; i < edits; i++) {
            t = new Mutation(r.nextInt(5), r.nextDouble(), r.nextInt(401), randomString(r, 1 + r.nextInt(40)),
                    r.nextLong()).apply(t);
        }
        return t;
    }

    /** One edit at a relative position: delete, duplicate, shuffle, insert random Unicode, insert a huge line. */
    private record Mutation(int kind, double at, int length, String inserted, long seed) {
        String apply(String t) {
            int from = (int) (at * t.length());
            int to = Math.min(t.length(), from + length);
            return switch (kind) {
                case 0 -> t.substring(0, from) + t.substring(to);
                case 1 -> t.substring(0, to) + t.substring(from, to) + t.substring(to);
                case 2 -> t.substring(0, from) + shuffled(t.substring(from, to), seed) + t.substring(to);
                case 3 -> t.substring(0, from) + inserted + t.substring(from);
                default -> t.substring(0, from) + inserted.repeat(Math.max(1, 30_000 / Math.max(1,
                        inserted.length()))).replace('\n', ' ') + t.substring(from);
            };
        }

        private static String shuffled(String s, long seed) {
            List<Integer> cps = new ArrayList<>(s.chars().boxed().toList());
            java.util.Collections.shuffle(cps, new java.util.Random(seed));
            StringBuilder b = new StringBuilder();
            cps.forEach(c -> b.append((char) c.intValue()));
            return b.toString();
        }
    }

    private static List<String> bases() {
        List<String> texts = new ArrayList<>();
        try {
            Path samples = Path.of("assets", "samples");
            FileArticleReader reader = new FileArticleReader();
            for (String name : List.of("baltic-ministers-wire.txt", "grain-corridor-talks.html",
                    "ottawa-visit-release.md")) {
                texts.add(reader.read(samples.resolve(name)).text());
            }
            try (var seeds = Files.list(SharedData.seeds())) {
                for (Path p : seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (parley.domain.UnreadableFileException e) {
            throw new IllegalStateException("a sample article could not be read: " + e.getMessage(), e);
        }
        return List.copyOf(texts);
    }
}
