package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.core.Parley;
import parley.domain.Event;
import parley.domain.Source;
import parley.domain.StoreAddress;
import parley.store.TestPostgres;

/**
 * Two Parley processes on one team store at the same moment, which H2's one-process lock never allows: each article
 * ends up stored once with its events once, whichever process got to it first.
 */
class TeamStoreConcurrencyTest {
    @TempDir
    Path temp;

    @Test
    void twoProcessesImportingTheSameArticlesStoreEachOnce() throws Exception {
        List<Path> articles = articles();
        List<String> forward = articles.stream().map(Path::toString).toList();
        List<String> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        StoreAddress.Server database = TestPostgres.freshStore();
        try {
            String url = TestPostgres.url(database);
            // One imports front to back, the other back to front: they meet on the same articles in the middle.
            Process one = importing(url, forward, "one");
            Process two = importing(url, backward, "two");
            for (Process p : List.of(one, two)) {
                assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("the import finished").isTrue();
            }
            List<String> lines = new ArrayList<>();
            for (String name : List.of("one", "two")) {
                String out = Files.readString(temp.resolve(name + ".out"));
                String err = Files.readString(temp.resolve(name + ".err"));
                assertThat(out).as("process %s (errors: %s)", name, err).contains(" 0 failed");
                out.lines().filter(l -> l.startsWith("imported ") || l.startsWith("duplicate ")
                        || l.startsWith("failed ")).forEach(lines::add);
            }
            assertThat(one.exitValue()).isZero();
            assertThat(two.exitValue()).isZero();
            assertThat(lines).as("every file reported by both").hasSize(2 * articles.size())
                    .noneMatch(l -> l.startsWith("failed"));
            assertThat(lines.stream().filter(l -> l.startsWith("imported"))).as("each article imported by one of them")
                    .hasSize(articles.size());

            try (Parley parley = Parley.open(database)) {
                List<Source> sources = parley.store().sources();
                assertThat(sources).hasSize(articles.size());
                assertThat(sources.stream().map(Source::sha256).distinct()).hasSize(articles.size());
                Map<Long, String> shaOf = new HashMap<>();
                sources.forEach(src -> shaOf.put(src.id(), src.sha256()));
                Map<String, Integer> sameEvent = new HashMap<>();
                java.util.Set<String> evidence = new java.util.TreeSet<>();
                for (Event e : parley.store().events()) {
                    List<String> its = e.mentions().stream()
                            .map(m -> shaOf.get(m.sourceId()) + ":" + m.start() + "-" + m.end()).sorted().toList();
                    assertThat(its).as("event %s names each sentence once", e.id()).doesNotHaveDuplicates();
                    sameEvent.merge(e.type() + " " + e.date() + " " + its, 1, Integer::sum);
                    evidence.addAll(its);
                }
                assertThat(sameEvent.values()).as("no event stored twice").containsOnly(1);
                assertThat(evidence).as("the same evidence as one process importing alone")
                        .isEqualTo(evidenceImportedAlone(articles));
            }
        } finally {
            TestPostgres.drop(database);
        }
    }

    private java.util.Set<String> evidenceImportedAlone(List<Path> articles) {
        try (Parley alone = Parley.open(temp.resolve("alone"))) {
            alone.importer().importPaths(articles, parley.domain.Importer.Progress.NONE);
            Map<Long, String> shaOf = new HashMap<>();
            alone.store().sources().forEach(src -> shaOf.put(src.id(), src.sha256()));
            java.util.Set<String> evidence = new java.util.TreeSet<>();
            for (Event e : alone.store().events()) {
                e.mentions().forEach(m -> evidence.add(shaOf.get(m.sourceId()) + ":" + m.start() + "-" + m.end()));
            }
            return evidence;
        }
    }

    private Process importing(String url, List<String> files, String name) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", url, "import"));
        args.addAll(files);
        return ChildParley.command(temp.resolve(name + ".err"), args.toArray(String[]::new))
                .redirectOutput(temp.resolve(name + ".out").toFile()).start();
    }

    /** The seed articles and the development files (a, b) of the shared corpus: about twenty real articles. */
    private List<Path> articles() throws Exception {
        Path shared = Path.of("..", "shared");
        List<Path> out = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(out::add);
        }
        try (Stream<Path> dev = Files.list(shared.resolve("corpus").resolve("dev"))) {
            dev.filter(p -> p.getFileName().toString().matches("[ab]\\d\\d\\..*")).sorted().forEach(out::add);
        }
        assertThat(out).hasSizeGreaterThan(10);
        return out.stream().map(Path::toAbsolutePath).toList();
    }
}
