package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code parley edit ...} and {@code parley reextract} on a real store holding our own fixture article. */
class EditCommandLineTest {
    @TempDir
    Path tmp;
    String db;

    @BeforeEach
    void importFixture() throws Exception {
        db = tmp.resolve("store").toString();
        Path article = Files.copy(Path.of(getClass().getResource("/parley/review/talks.txt").toURI()),
                tmp.resolve("talks.txt"));
        CliRun run = CliRun.of("--db", db, "import", article.toString());
        assertThat(run.status()).as(run.err()).isZero();
    }

    private JsonNode events() throws Exception {
        CliRun run = CliRun.of("--db", db, "events", "--json");
        assertThat(run.status()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out()).get("events");
    }

    private JsonNode event(long id) throws Exception {
        for (JsonNode e : events()) {
            if (e.get("id").asLong() == id) {
                return e;
            }
        }
        return null;
    }

    @Test
    void jsonShowsTheReviewFlagsAndEditsSetThem() throws Exception {
        JsonNode first = events().get(0);
        assertThat(first.get("confirmed").asBoolean()).isFalse();
        assertThat(first.get("edited").asBoolean()).isFalse();
        long id = first.get("id").asLong();

        CliRun confirm = CliRun.of("--db", db, "edit", "confirm", String.valueOf(id));
        assertThat(confirm.status()).as(confirm.err()).isZero();
        assertThat(confirm.out()).startsWith("Confirm 'Call: Starmer, Zelensky'");
        CliRun date = CliRun.of("edit", "set-date", "--db", db, String.valueOf(id), "2025-08", "--precision", "MONTH");
        assertThat(date.status()).as(date.err()).isZero();
        assertThat(date.out()).contains("Change date of 'Call: Starmer, Zelensky' to 2025-08");

        JsonNode edited = event(id);
        assertThat(edited.get("confirmed").asBoolean()).isTrue();
        assertThat(edited.get("edited").asBoolean()).isTrue();
        assertThat(edited.get("date").asText()).isEqualTo("2025-08");
        assertThat(edited.get("precision").asText()).isEqualTo("MONTH");

        CliRun reextract = CliRun.of("--db", db, "reextract");
        assertThat(reextract.status()).as(reextract.err()).isZero();
        assertThat(reextract.out()).contains("re-extracted 1 article, 2 events");
        assertThat(event(id).get("date").asText()).isEqualTo("2025-08");

        CliRun history = CliRun.of("--db", db, "edit", "history", String.valueOf(id));
        assertThat(history.status()).isZero();
        assertThat(history.out()).contains("confirm", "set-date", "date 2025-08-11 (day) → 2025-08 (month)",
                System.getProperty("user.name")).contains("2 edits");
    }

    @Test
    void deleteAndMergeFromTheCommandLine() throws Exception {
        long a = events().get(0).get("id").asLong();
        long b = events().get(1).get("id").asLong();
        CliRun merge = CliRun.of("--db", db, "edit", "merge", String.valueOf(b), String.valueOf(a));
        assertThat(merge.status()).as(merge.err()).isZero();
        assertThat(events()).hasSize(1);
        assertThat(events().get(0).get("mentions")).hasSize(3);
        CliRun delete = CliRun.of("--db", db, "edit", "delete", String.valueOf(b));
        assertThat(delete.status()).as(delete.err()).isZero();
        assertThat(events()).isEmpty();
        assertThat(CliRun.of("--db", db, "reextract").out()).contains("0 events");
    }

    @Test
    void anUnknownEventIsAPlainErrorAndBadUsageIsTwo() {
        CliRun missing = CliRun.of("--db", db, "edit", "confirm", "999");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("There is no event 999");
        assertThat(CliRun.of("--db", db, "edit", "merge", "1").status()).isEqualTo(2);
        assertThat(CliRun.of("--db", db, "edit", "set-type", "1", "PARTY").status()).isEqualTo(2);
    }
}
