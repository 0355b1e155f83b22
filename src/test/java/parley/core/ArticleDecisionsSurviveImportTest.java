package parley.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Importer;
import parley.domain.Participant;

/**
 * What an article's own consolidation keeps apart stays apart in the store: a meeting on the margins of a summit
 * reported before the summit itself, and one person's call with two leaders and his later call with a third the same
 * day. Cross-article rules alone would merge them (the import sees only outlines, not the sentences).
 */
class ArticleDecisionsSurviveImportTest {
    @TempDir
    Path tmp;

    @Test
    void importKeepsTheArticlesSeparateEvents() throws Exception {
        Path file = tmp.resolve("kept-apart-liveblog.txt");
        try (var in = getClass().getResourceAsStream("/parley/core/kept-apart-liveblog.txt")) {
            Files.write(file, in.readAllBytes());
        }
        try (Parley parley = Parley.open(tmp.resolve("store"))) {
            parley.importer().importPaths(List.of(file), Importer.Progress.NONE);
            List<Event> events = parley.store().events();
            assertThat(events).extracting(e -> e.type() + " " + names(e)).containsExactlyInAnyOrder(
                    "MEETING [Giorgia Meloni, Pedro Sánchez]",
                    "SUMMIT [Emmanuel Macron, Giorgia Meloni, Nikos Christodoulides, Pedro Sánchez]",
                    "CALL [Donald Tusk, Emmanuel Macron, Friedrich Merz]",
                    "CALL [Emmanuel Macron, Keir Starmer]");
            assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                    .satisfies(e -> assertThat(e.date().start()).hasToString("2026-03-14"));
        }
    }

    private static Set<String> names(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
