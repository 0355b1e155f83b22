package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.SharedData;

class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void versionComesFromThePom() {
        CliRun run = CliRun.of("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out().trim()).matches("Parley \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("import", "sources", "events", "export-png", "--db");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(CliRun.of("frobnicate").status()).isEqualTo(2);
        assertThat(CliRun.of("--db", tmp.toString(), "import").status()).isEqualTo(2);
        assertThat(CliRun.of("--db", tmp.toString(), "export-png").status()).isEqualTo(2);
    }

    @Test
    void importingTheSeedsTwiceReportsDuplicatesAndChangesNothing() throws Exception {
        String db = tmp.resolve("store").toString();
        CliRun first = CliRun.of("--db", db, "import", SharedData.seeds().toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported  000_325b66f23103642b.txt", "imported  001_f663aefb1bc6d503.txt")
                .contains("skipped   expected-events.json (not an article type)");
        String before = CliRun.of("--db", db, "events", "--json").out();

        CliRun second = CliRun.of("import", "--db", db, SharedData.seeds().resolve("000_325b66f23103642b.txt").toString(),
                SharedData.seeds().resolve("001_f663aefb1bc6d503.txt").toString());
        assertThat(second.status()).isZero();
        assertThat(second.out()).contains("duplicate 000_325b66f23103642b.txt", "duplicate 001_f663aefb1bc6d503.txt",
                "0 imported, 2 duplicate, 0 failed");
        assertThat(CliRun.of("--db", db, "events", "--json").out()).isEqualTo(before);
    }

    @Test
    void anImportOrReextractionLeavesTheTimelineRowsReadyForTheNextLaunch() throws Exception {
        Path db = tmp.resolve("store");
        CliRun imported = CliRun.of("--db", db.toString(), "import",
                SharedData.seeds().resolve("000_325b66f23103642b.txt").toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        try (parley.domain.EventStore store = parley.store.H2EventStore.open(db)) {
            assertThat(store.timelineReadsQuickly()).as("packed at the end of the import").isTrue();
            assertThat(store.timelineEvents()).hasSameSizeAs(store.events()).isNotEmpty();
        }
        CliRun again = CliRun.of("--db", db.toString(), "import",
                SharedData.seeds().resolve("001_f663aefb1bc6d503.txt").toString());
        assertThat(again.status()).as(again.err()).isZero();
        CliRun reextracted = CliRun.of("--db", db.toString(), "reextract");
        assertThat(reextracted.status()).as(reextracted.err()).isZero();
        try (parley.domain.EventStore store = parley.store.H2EventStore.open(db)) {
            assertThat(store.timelineReadsQuickly()).as("packed again after the later writes").isTrue();
            assertThat(store.timelineEvents()).extracting(parley.domain.Event::id)
                    .isEqualTo(store.events().stream().map(parley.domain.Event::id).toList());
        }
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheRestStillGoesIn() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("drop"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.copy(SharedData.seeds().resolve("001_f663aefb1bc6d503.txt"), folder.resolve("good.txt"));

        CliRun run = CliRun.of("--db", tmp.resolve("store").toString(), "import", folder.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).containsPattern("failed +empty\\.txt: .+").contains("imported  good.txt");
        CliRun sources = CliRun.of("--db", tmp.resolve("store").toString(), "sources");
        assertThat(sources.out()).contains("good.txt", "2025-08-12", "Rebecca Henrys").doesNotContain("empty.txt");
    }

    @Test
    void eventsJsonFollowsTheContract() throws Exception {
        String db = tmp.resolve("store").toString();
        CliRun.of("--db", db, "import", SharedData.seeds().resolve("000_325b66f23103642b.txt").toString(),
                SharedData.seeds().resolve("001_f663aefb1bc6d503.txt").toString());
        JsonNode root = new ObjectMapper().readTree(CliRun.of("--db", db, "events", "--json").out());

        assertThat(root.get("sources")).hasSize(2);
        for (JsonNode s : root.get("sources")) {
            assertThat(s.has("id") && s.has("file") && s.has("title") && s.has("publisher") && s.has("author")
                    && s.has("published") && s.has("sha256")).isTrue();
            assertThat(s.get("publishedBasis").asText()).isIn("STATED", "INFERRED", "SET_BY_USER", "UNKNOWN");
            assertThat(s.get("sha256").asText()).matches("[0-9a-f]{64}");
            assertThat(s.get("readingNotes").isArray()).isTrue();
            assertThat(s.get("publishedSignal").isNull()).as("a signal exactly when the file gave a date")
                    .isEqualTo(!s.get("publishedBasis").asText().equals("STATED"));
        }
        assertThat(root.get("events")).isNotEmpty();
        for (JsonNode e : root.get("events")) {
            assertThat(e.get("type").asText()).isIn("CALL", "MEETING", "SUMMIT", "TALKS", "VISIT", "PRESS_CONFERENCE",
                    "STATEMENT", "MILITARY", "OTHER");
            assertThat(e.get("precision").asText()).isIn("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "UNKNOWN");
            assertThat(e.get("status").asText()).isIn("HELD", "PLANNED", "PROPOSED", "CANCELLED");
            assertThat(e.has("id") && e.has("title") && e.has("date") && e.has("time") && e.has("end")
                    && e.has("location")).isTrue();
            if (!e.get("date").isNull()) {
                assertThat(e.get("date").asText()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
            }
            for (JsonNode p : e.get("participants")) {
                assertThat(p.get("name").asText()).isNotBlank();
                assertThat(p.get("role").asText()).isIn("HOST", "CHAIR", "CO_CHAIR", "ATTENDEE", "JOINED", "SPEAKER",
                        "ABSENT", "MENTIONED");
            }
            assertThat(e.get("mentions")).isNotEmpty();
            for (JsonNode m : e.get("mentions")) {
                String file = fileOf(root, m.get("source").asLong());
                String text = Files.readString(SharedData.seeds().resolve(file));
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
                        .isEqualTo(m.get("text").asText());
            }
        }
    }

    @Test
    void sourcesTableShowsUndatedAndInferredDates() {
        String db = tmp.resolve("store").toString();
        CliRun.of("--db", db, "import", SharedData.seeds().resolve("000_325b66f23103642b.txt").toString());
        assertThat(CliRun.of("--db", db, "sources").out()).contains("000_325b66f23103642b.txt", "undated", "UNKNOWN");
        CliRun.of("--db", db, "import", SharedData.seeds().resolve("001_f663aefb1bc6d503.txt").toString());
        assertThat(CliRun.of("--db", db, "sources").out()).containsPattern("000_325b66f23103642b\\.txt +2025-08-12 +INFERRED");
    }

    private static String fileOf(JsonNode root, long sourceId) {
        for (JsonNode s : root.get("sources")) {
            if (s.get("id").asLong() == sourceId) {
                return s.get("file").asText();
            }
        }
        throw new AssertionError("mention names unknown source " + sourceId);
    }
}
