package parley.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import parley.domain.Event;
import parley.domain.EventStore;
import parley.domain.Mention;
import parley.domain.Source;

/** An in-memory store with the read side of {@link EventStore}; writes go through {@link #add}. */
public class FakeEventStore implements EventStore {
    private final List<Source> sources = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private boolean closed;

    public synchronized long add(Source source, List<Event> sourceEvents) {
        long id = sources.size() + 1;
        sources.add(source.withId(id));
        for (Event e : sourceEvents) {
            List<Mention> ms = e.mentions().isEmpty()
                    ? List.of(new Mention(id, 0, 1, "x", "test"))
                    : e.mentions().stream().map(m -> m.withSource(id)).toList();
            events.add(new Event(events.size() + 1, e.type(), e.title(), e.date(), e.derivation(), e.location(),
                    e.status(), e.participants(), ms, e.disagreements()));
        }
        return id;
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public synchronized boolean containsSha(String sha256) {
        return sources.stream().anyMatch(s -> s.sha256().equals(sha256));
    }

    @Override
    public synchronized List<Source> sources() {
        return List.copyOf(sources);
    }

    @Override
    public synchronized Optional<Source> source(long id) {
        return sources.stream().filter(s -> s.id() == id).findFirst();
    }

    @Override
    public synchronized List<Event> events() {
        List<Event> out = new ArrayList<>(events);
        out.sort(Comparator.comparing((Event e) -> e.date().start(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(Event::id));
        return out;
    }

    @Override
    public synchronized List<Event> eventsBetween(LocalDate from, LocalDate to) {
        return events().stream().filter(e -> e.date().known() && !e.date().start().isAfter(to)
                && !e.date().lastDay().isBefore(from)).toList();
    }

    @Override
    public synchronized Optional<Event> event(long id) {
        return events.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public synchronized Map<Long, Integer> eventCountsBySource() {
        Map<Long, Integer> out = new HashMap<>();
        for (Event e : events) {
            e.mentions().stream().map(Mention::sourceId).distinct().forEach(id -> out.merge(id, 1, Integer::sum));
        }
        return out;
    }

    @Override
    public Map<Long, Integer> sourcesSharingSentences(Set<Long> fingerprints) {
        return Map.of();
    }

    @Override
    public <T> T write(Work<T> work) {
        throw new UnsupportedOperationException("the fake store is written through add()");
    }

    @Override
    public void close() {
        closed = true;
    }
}
