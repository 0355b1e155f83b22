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

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

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

    @Property
    void mutatedArticlesKeepEveryMentionInsideTheText(@ForAll("mutatedArticles") String text,
                                                      @ForAll("anchors") LocalDate anchor) {
        check(text, anchor);
    }

    @Property
    void sequencesOfTriggerWordsKeepEveryMentionInsideTheText(@ForAll("wordSoup") String text,
                                                              @ForAll("anchors") LocalDate anchor) {
        check(text, anchor);
    }

    @Property
    void arbitraryUnicodeNeverBreaksTheExtractor(@ForAll("anyText") String text, @ForAll("anchors") LocalDate anchor) {
        check(text, anchor);
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

    @Provide
    Arbitrary<LocalDate> anchors() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.just(LocalDate.of(2024, 3, 4)),
                Arbitraries.integers().between(-3_000_000, 2_900_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d)));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(3_000);
    }

    @Provide
    Arbitrary<String> wordSoup() {
        return Arbitraries.of(WORDS).list().ofMaxSize(400)
                .map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<String> mutatedArticles() {
        Arbitrary<String> base = Arbitraries.of(BASES);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(8);
        return Combinators.combine(base, mutations).as((text, list) -> {
            String t = text;
            for (Mutation m : list) {
                t = m.apply(t);
            }
            return t;
        });
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

    private static Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 400), Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40),
                Arbitraries.longs()).as(Mutation::new);
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
