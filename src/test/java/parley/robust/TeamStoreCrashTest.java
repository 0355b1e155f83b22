package parley.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.bench.CorpusGenerator;
import parley.domain.StoreAddress;
import parley.store.TestPostgres;

/**
 * An import into a team store killed outright (kill -9) part-way: what it committed are whole articles with their
 * events, nothing of the rest; importing the same files again adds exactly the rest.
 */
class TeamStoreCrashTest {
    private static final int ARTICLES = 400;

    @TempDir
    Path temp;

    @Test
    void anImportKilledMidwayLeavesWholeArticlesAndTheRestImportsOnRetry() throws Exception {
        List<Path> files = new CorpusGenerator(16).write(temp.resolve("corpus"), ARTICLES);
        StoreAddress.Server database = TestPostgres.freshStore();
        try {
            String url = TestPostgres.url(database);
            Process first = importing(url, "first");
            long committed = 0;
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (committed == 0 && first.isAlive() && System.nanoTime() < until) {
                Thread.sleep(20);
                committed = count(database, "SELECT count(*) FROM sources");
            }
            assertThat(first.isAlive()).as("still importing when killed").isTrue();
            first.destroyForcibly();   // SIGKILL: no shutdown hook, no rollback from the client
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

            long kept = count(database, "SELECT count(*) FROM sources");
            assertThat(kept).as("some but not all articles were committed").isBetween(1L, (long) ARTICLES - 1);
            java.util.Map<String, Long> whole = sentencesByArticleImportedAlone(files);
            java.util.Map<String, Long> afterKill = sentencesByArticle(database);
            assertThat(afterKill).hasSize((int) kept);
            afterKill.forEach((sha, n) -> assertThat(n).as("sentences stored for article %s", sha)
                    .isEqualTo(whole.get(sha)));
            assertThat(count(database, "SELECT count(*) FROM events e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM mentions m WHERE m.event_id = e.id)")).as("events without their sentences").isZero();
            assertThat(count(database, "SELECT count(*) FROM mentions m WHERE NOT EXISTS "
                    + "(SELECT 1 FROM sources s WHERE s.id = m.source_id)")).isZero();

            Process again = importing(url, "again");
            assertThat(again.waitFor(600, TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(temp.resolve("again.out"));
            assertThat(again.exitValue()).as(Files.readString(temp.resolve("again.err"))).isZero();
            assertThat(out).contains((ARTICLES - kept) + " imported").contains(kept + " duplicate")
                    .contains(" 0 failed");
            assertThat(sentencesByArticle(database)).isEqualTo(whole);
        } finally {
            TestPostgres.drop(database);
        }
    }

    private Process importing(String url, String name) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", url, "import", temp.resolve("corpus").toString()));
        return ChildParley.command(temp.resolve(name + ".err"), args.toArray(String[]::new))
                .redirectOutput(temp.resolve(name + ".out").toFile()).start();
    }

    @Test
    void aConnectionDroppedMidImportIsStoredAgainOnANewOneAndNothingIsLost() throws Exception {
        List<Path> files = new CorpusGenerator(17).write(temp.resolve("corpus"), ARTICLES);
        StoreAddress.Server database = TestPostgres.freshStore();
        try {
            Process importer = importing(TestPostgres.url(database), "dropped");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            boolean droppedMidTransaction = false;
            while (count(database, "SELECT count(*) FROM sources") == 0 && importer.isAlive()
                    && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            while (!droppedMidTransaction && importer.isAlive() && System.nanoTime() < until) {
                // Once, while the importer is inside a transaction (a group): the server ends its session.
                // Materialized first: a plain WHERE may call pg_terminate_backend before the other conditions.
                droppedMidTransaction = count(database, "WITH importing AS MATERIALIZED (SELECT pid FROM"
                        + " pg_stat_activity WHERE datname = '" + database.database() + "' AND application_name ="
                        + " 'Parley' AND state IN ('active', 'idle in transaction') AND pid <> pg_backend_pid())"
                        + " SELECT count(*) FROM importing WHERE pg_terminate_backend(pid)") > 0;
                Thread.sleep(5);
            }
            assertThat(droppedMidTransaction).as("the connection was dropped during the import").isTrue();
            assertThat(importer.waitFor(600, TimeUnit.SECONDS)).isTrue();
            String out = Files.readString(temp.resolve("dropped.out"));
            assertThat(importer.exitValue()).as(out + Files.readString(temp.resolve("dropped.err"))).isZero();
            assertThat(out).contains(ARTICLES + " imported").contains(" 0 failed");
            assertThat(sentencesByArticle(database)).isEqualTo(sentencesByArticleImportedAlone(files));
        } finally {
            TestPostgres.drop(database);
        }
    }

    /** Each article's count of supporting sentences, by its SHA-256, as one import into an embedded store gives. */
    private java.util.Map<String, Long> sentencesByArticleImportedAlone(List<Path> files) {
        try (parley.core.Parley alone = parley.core.Parley.open(temp.resolve("alone"))) {
            alone.importer().importPaths(List.of(temp.resolve("corpus")), parley.domain.Importer.Progress.NONE);
            java.util.Map<Long, String> shaOf = new java.util.HashMap<>();
            alone.store().sources().forEach(src -> shaOf.put(src.id(), src.sha256()));
            java.util.Map<String, Long> out = new java.util.HashMap<>();
            shaOf.values().forEach(sha -> out.put(sha, 0L));
            alone.store().timelineEvents().forEach(e -> e.mentions().forEach(
                    m -> out.merge(shaOf.get(m.sourceId()), 1L, Long::sum)));
            assertThat(out).hasSize(files.size());
            return out;
        }
    }

    private static java.util.Map<String, Long> sentencesByArticle(StoreAddress.Server database) throws Exception {
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        try (Connection c = TestPostgres.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT s.sha256, count(m.event_id) FROM sources s LEFT JOIN mentions m"
                     + " ON m.source_id = s.id GROUP BY s.sha256")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long count(StoreAddress.Server database, String sql) throws Exception {
        try (Connection c = TestPostgres.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
