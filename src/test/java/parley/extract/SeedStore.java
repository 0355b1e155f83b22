package parley.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import parley.domain.Article;
import parley.domain.DateBasis;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.domain.Mention;
import parley.domain.Source;

/**
 * An in-memory stand-in for the store that imports articles exactly as ImportService does: extract, then for
 * each event ask for candidates dated within a day of it (plus all undated events) and let the merger decide.
 */
final class SeedStore {
    final List<Source> sources = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    private final RuleBasedExtractor extractor = new RuleBasedExtractor();
    private final EventMerger merger = new EventMerger();
    private long nextEventId = 1;

    static Path sharedSeeds() {
        Path seeds = Path.of("..", "shared", "seeds").toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) {
            throw new IllegalStateException("The seed articles are missing: expected them in " + seeds
                    + " (the shared folder beside the worktree). This test needs them; it does not skip.");
        }
        return seeds;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + p, e);
        }
    }

    Extraction add(long sourceId, String file, String text, LocalDate anchor, DateBasis basis) {
        sources.add(new Source(sourceId, file, "txt", null, null, null, anchor, basis, null,
                Integer.toHexString(text.hashCode()), text, Instant.EPOCH));
        Article article = new Article(file, "txt", "", text, null, null, null, anchor);
        Extraction x = extractor.extract(article, anchor);
        for (Event found : x.events()) {
            Event event = withSource(found, sourceId);
            Optional<Event> same = merger.findSame(event, candidates(event));
            if (same.isPresent()) {
                events.set(events.indexOf(same.get()), merger.merge(same.get(), event));
            } else {
                events.add(event.withId(nextEventId++));
            }
        }
        return x;
    }

    /** What the store does before an article is re-extracted: its mentions go; events left with none go too. */
    void removeMentionsOf(long sourceId) {
        List<Event> kept = new ArrayList<>();
        for (Event e : events) {
            List<Mention> left = e.mentions().stream().filter(m -> m.sourceId() != sourceId).toList();
            if (!left.isEmpty()) {
                kept.add(new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                        e.participants(), left, e.disagreements()));
            }
        }
        events.clear();
        events.addAll(kept);
    }

    /** Extracts again, as ImportService does when an undated source gets a date. */
    void reextract(long sourceId, String file, String text, LocalDate anchor) {
        removeMentionsOf(sourceId);
        sources.removeIf(s -> s.id() == sourceId);
        add(sourceId, file, text, anchor, DateBasis.INFERRED);
    }

    private List<Event> candidates(Event e) {
        List<Event> out = new ArrayList<>();
        for (Event c : events) {
            if (!c.date().known() || !e.date().known()) {
                if (!c.date().known()) {
                    out.add(c);
                }
                continue;
            }
            LocalDate from = e.date().start().minusDays(1);
            LocalDate to = e.date().lastDay().plusDays(1);
            if (!c.date().start().isAfter(to) && !c.date().lastDay().isBefore(from)) {
                out.add(c);
            }
        }
        if (!e.date().known()) {
            // ImportService asks candidates(null, null) for an undated event: every stored event
            return new ArrayList<>(events);
        }
        return out;
    }

    private static Event withSource(Event e, long sourceId) {
        List<Mention> mentions = e.mentions().stream().map(m -> m.withSource(sourceId)).toList();
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), mentions, e.disagreements());
    }
}
