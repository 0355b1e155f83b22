package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.StoreAddress;
import parley.store.TestPostgres;

/** Every store command on a team store (--db postgresql://…) gives what it gives on the embedded store. */
class TeamStoreCommandLineTest {
    @TempDir
    Path temp;

    @Test
    void theCommandsWorkOnATeamStoreAsOnAFolder() throws Exception {
        Path seeds = Path.of("..", "shared", "seeds").toAbsolutePath();
        String folder = temp.resolve("store").toString();
        StoreAddress.Server database = TestPostgres.emptyDatabase();
        try {
            String url = TestPostgres.url(database);
            for (String db : new String[] {folder, url}) {
                CliRun imported = CliRun.of("--db", db, "import", seeds.toString());
                assertThat(imported.status()).as(imported.err()).isZero();
                assertThat(imported.out()).contains("2 imported, 0 duplicate, 0 failed");
            }
            assertThat(CliRun.of("--db", url, "import", seeds.toString()).out())
                    .as("a second import finds the articles already in").contains("0 imported, 2 duplicate");

            assertThat(run(url, "sources")).isEqualTo(run(folder, "sources"));
            String json = run(url, "events", "--json");
            assertThat(json).isEqualTo(run(folder, "events", "--json")).contains("\"events\"");
            assertThat(run(url, "events")).isEqualTo(run(folder, "events"));

            // the first event the timeline lists (ids follow extraction, which may merge an early report away)
            String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("events").get(0)
                    .path("id").asText();
            assertThat(run(url, "edit", "confirm", id)).isEqualTo(run(folder, "edit", "confirm", id));
            assertThat(run(url, "edit", "history", id)).contains("confirm", "(login " + database.user() + ")");
            assertThat(run(folder, "edit", "history", id)).contains("confirm").doesNotContain("(login");
            assertThat(run(url, "reextract")).isEqualTo(run(folder, "reextract"));
            assertThat(run(url, "events", "--json")).isEqualTo(run(folder, "events", "--json"));

            Path png = temp.resolve("team.png");
            run(url, "export-png", "--out", png.toString(), "--width", "800", "--height", "400");
            assertThat(Files.size(png)).isPositive();
        } finally {
            TestPostgres.drop(database);
        }
    }

    private static String run(String db, String... command) {
        String[] args = new String[command.length + 2];
        args[0] = "--db";
        args[1] = db;
        System.arraycopy(command, 0, args, 2, command.length);
        CliRun r = CliRun.of(args);
        assertThat(r.status()).as("%s: %s", String.join(" ", command), r.err()).isZero();
        return r.out();
    }
}
