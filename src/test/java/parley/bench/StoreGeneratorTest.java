package parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Event;
import parley.domain.EventStore;
import parley.domain.Mention;
import parley.domain.Source;
import parley.store.H2EventStore;

class StoreGeneratorTest {

    @Test
    void writesTheEventsWithParticipantsAndMentionsIntoTheirSourcesText(@TempDir Path dir) {
        try (EventStore store = H2EventStore.open(dir.resolve("store"))) {
            StoreGenerator.Written written = new StoreGenerator(5).fill(store, 1_234);
            assertThat(written.events()).isEqualTo(1_234);
            assertThat(written.sources()).isEqualTo(124);
            List<Event> events = store.events();
            assertThat(events).hasSize(1_234);
            Map<Long, Source> sources = store.sources().stream()
                    .collect(Collectors.toMap(Source::id, Function.identity()));
            assertThat(sources).hasSize(124);
            assertThat(events).allSatisfy(e -> {
                assertThat(e.participants()).hasSizeBetween(2, 4);
                assertThat(e.mentions()).hasSizeBetween(1, 3);
            });
            Source first = store.source(events.get(0).mentions().get(0).sourceId()).orElseThrow();
            for (Mention m : events.get(0).mentions()) {
                assertThat(m.text()).isEqualTo(first.text().substring(m.start(), m.end()));
            }
            long undated = events.stream().filter(e -> !e.date().known()).count();
            assertThat(undated).isBetween(1L, 60L);
            int firstYear = events.get(0).date().start().getYear();
            int lastYear = events.get(events.size() - 1 - (int) undated).date().start().getYear();
            assertThat(lastYear - firstYear).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void theSameSeedWritesTheSameStore(@TempDir Path dir) {
        List<Event> one;
        List<Event> two;
        try (EventStore store = H2EventStore.open(dir.resolve("one"))) {
            new StoreGenerator(9).fill(store, 200);
            one = store.events();
        }
        try (EventStore store = H2EventStore.open(dir.resolve("two"))) {
            new StoreGenerator(9).fill(store, 200);
            two = store.events();
        }
        assertThat(two).isEqualTo(one);
    }
}
