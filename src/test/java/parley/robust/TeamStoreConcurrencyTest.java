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
    /** Enough copies that both imports run for several commit groups at once. */
    private static final int COPIES = 300;

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
                    // participants too: "held separate calls with X and Y" is two calls citing one sentence
                    List<String> who = e.participants().stream().map(pa -> pa.name() + "/" + pa.role()).sorted()
                            .toList();
                    sameEvent.merge(e.type() + " " + e.date() + " " + who + " " + its, 1, Integer::sum);
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

    /**
     * 300 copies of one report, each with a line of its own (so 300 articles), split between two processes that
     * import at the same moment: every copy reports the same events, so the store must hold them once, as after one
     * copy alone — never one event per process that read the store before the other had written.
     */
    @Test
    void twoProcessesImportingDifferentReportsOfTheSameEventsStoreThemOnce() throws Exception {
        String report = Files.readString(articles().get(1));
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        Path copies = Files.createDirectories(temp.resolve("copies"));
        for (int i = 1; i <= COPIES; i++) {
            Path copy = copies.resolve("copy-" + i + ".txt");
            Files.writeString(copy, report + "\n\nDesk reference " + i + ".\n");
            (i % 2 == 0 ? second : first).add(copy.toString());
        }
        int eventsOfOneCopy;
        try (Parley alone = Parley.open(temp.resolve("one-copy"))) {
            alone.importer().importPaths(List.of(Path.of(first.get(0))), parley.domain.Importer.Progress.NONE);
            eventsOfOneCopy = alone.store().events().size();
        }
        assertThat(eventsOfOneCopy).as("the report has events to merge").isGreaterThan(3);
        StoreAddress.Server database = TestPostgres.freshStore();
        try {
            String url = TestPostgres.url(database);
            Process one = importing(url, first, "first");
            Process two = importing(url, second, "second");
            for (Process p : List.of(one, two)) {
                assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("the import finished").isTrue();
                assertThat(p.exitValue()).isZero();
            }
            try (Parley parley = Parley.open(database)) {
                assertThat(parley.store().sources()).hasSize(COPIES);
                List<Event> events = parley.store().events();
                List<String> citing = events.stream().map(e -> e.title() + " cites "
                        + e.mentions().stream().map(m -> m.sourceId()).distinct().count() + " copies").toList();
                assertThat(citing).as("each event once, with every copy's sentence").hasSize(eventsOfOneCopy)
                        .allMatch(line -> line.endsWith(" cites " + COPIES + " copies"));
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
