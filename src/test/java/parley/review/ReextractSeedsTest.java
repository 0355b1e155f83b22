package parley.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.SharedData;
import parley.core.Parley;
import parley.domain.Event;
import parley.domain.Importer;

/**
 * "Re-extract all" on the two real seed articles, which report shared events: without edits the same events come
 * back with the same evidence, none lost and none doubled. (Participant roles may differ where the first import had
 * merged a role in from a neighbouring report: re-extraction rebuilds machine-made events from scratch.)
 */
class ReextractSeedsTest {
    @TempDir
    Path temp;

    @Test
    void reextractingTheSeedsGivesTheSameTimeline() {
        try (Parley parley = Parley.open(temp.resolve("store"))) {
            parley.importer().importPaths(List.of(SharedData.seeds()), Importer.Progress.NONE);
            List<String> before = parley.store().events().stream().map(ReextractSeedsTest::evidence).toList();
            assertThat(before).isNotEmpty();
            long start = System.nanoTime();
            assertThat(parley.reextractAll(Importer.Progress.NONE)).isEqualTo(2);
            System.out.printf("re-extract all: 2 seed articles in %d ms%n", (System.nanoTime() - start) / 1_000_000);
            List<String> after = parley.store().events().stream().map(ReextractSeedsTest::evidence).toList();
            assertThat(after).containsExactlyInAnyOrderElementsOf(before);
        }
    }

    /** An event by what it is and what supports it: type, date and its sentences' places. */
    private static String evidence(Event e) {
        return e.type() + " " + e.date() + " " + e.status() + " " + e.mentions().stream()
                .map(m -> m.sourceId() + ":" + m.start() + "-" + m.end()).toList();
    }
}
