package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import parley.core.Parley;
import parley.domain.Article;
import parley.domain.Event;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Mention;
import parley.domain.Source;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;

/**
 * kill -9 in the middle of importing 1,000 files: the store opens, every article is all there or not there at all,
 * and importing the folder again brings in exactly the rest.
 */
class KilledImportTest {
    private static final int FILES = 1_000;
    /** Kill after this many files are reported imported: well inside the import, never at its end. */
    private static final int KILL_AFTER = 150;

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void everyArticleIsWholeOrAbsentAndTheSecondImportBringsInTheRest() throws Exception {
        Path folder = temp.resolve("articles");
        List<Path> files = GeneratedArticles.write(folder, FILES);
        Path db = temp.resolve("store");

        long started = System.nanoTime();
        Process child = ChildParley.start(temp.resolve("child-errors.txt"), "--db", db.toString(), "import",
                folder.toString());
        int imported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (imported < KILL_AFTER && (line = out.readLine()) != null) {
                if (line.startsWith("imported")) {
                    imported++;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(imported).as("the child imported before it was killed; its errors: %s",
                Files.readString(temp.resolve("child-errors.txt"))).isEqualTo(KILL_AFTER);
        System.out.printf("killed import: %d files reported in %d ms before kill -9%n", imported,
                (System.nanoTime() - started) / 1_000_000);

        int survivors;
        try (Parley parley = Parley.open(db)) {
            List<Source> sources = parley.store().sources();
            survivors = sources.size();
            assertThat(survivors).as("what was reported imported survived").isBetween(KILL_AFTER, FILES - 1);
            assertWholeOrAbsent(parley, sources, folder);
            long checked = System.nanoTime();

            ImportSummary again = parley.importer().importPaths(List.of(folder), Importer.Progress.NONE);
            assertThat(again.count(FileOutcome.Kind.DUPLICATE)).isEqualTo(survivors);
            assertThat(again.count(FileOutcome.Kind.IMPORTED)).isEqualTo(FILES - survivors);
            assertThat(again.count(FileOutcome.Kind.FAILED)).isZero();

            List<Source> all = parley.store().sources();
            assertThat(all).hasSize(FILES);
            assertThat(all.stream().map(Source::sha256).collect(Collectors.toSet())).hasSize(FILES);
            assertThat(all.stream().map(Source::file).collect(Collectors.toSet()))
                    .isEqualTo(files.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
            assertEvidenceIsLinked(parley, all);
            System.out.printf("killed import: %d of %d survived, the second import brought in %d in %d ms%n",
                    survivors, FILES, FILES - survivors, (System.nanoTime() - checked) / 1_000_000);
        }
    }

    /**
     * Each stored source carries exactly the mentions a fresh extraction of its file gives; every event has a mention
     * and every mention a stored source.
     */
    private static void assertWholeOrAbsent(Parley parley, List<Source> sources, Path folder) throws Exception {
        Map<Long, Set<String>> storedMentions = assertEvidenceIsLinked(parley, sources);
        int withEvents = 0;
        FileArticleReader reader = new FileArticleReader();
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        for (Source s : sources) {
            Article article = reader.read(folder.resolve(s.file()));
            assertThat(s.sha256()).isEqualTo(article.sha256());
            Set<String> expected = extractor.extract(article, article.published()).events().stream()
                    .flatMap(e -> e.mentions().stream()).map(KilledImportTest::key).collect(Collectors.toSet());
            if (!expected.isEmpty()) {
                withEvents++;
            }
            assertThat(storedMentions.getOrDefault(s.id(), Set.of())).as("mentions of %s", s.file())
                    .isEqualTo(expected);
        }
        assertThat(withEvents).as("the fixture articles report events").isGreaterThan(sources.size() * 9 / 10);
    }

    /** Every event has a mention and every mention a stored source; returns each source's mentions. */
    private static Map<Long, Set<String>> assertEvidenceIsLinked(Parley parley, List<Source> sources) {
        Set<Long> sourceIds = sources.stream().map(Source::id).collect(Collectors.toSet());
        Map<Long, Set<String>> storedMentions = new HashMap<>();
        for (Event e : parley.store().events()) {
            assertThat(e.mentions()).as("event %d has evidence", e.id()).isNotEmpty();
            for (Mention m : e.mentions()) {
                assertThat(sourceIds).as("mention of event %d points at a stored source", e.id())
                        .contains(m.sourceId());
                storedMentions.computeIfAbsent(m.sourceId(), k -> new HashSet<>()).add(key(m));
            }
        }
        assertThat(storedMentions.keySet()).as("sources with evidence").hasSizeGreaterThan(sources.size() * 9 / 10);
        return storedMentions;
    }

    private static String key(Mention m) {
        return m.start() + ":" + m.end() + ":" + m.text();
    }
}
