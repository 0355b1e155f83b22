package parley.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import parley.domain.EditRecord;
import parley.domain.Event;
import parley.domain.EventStore;
import parley.domain.Mention;
import parley.domain.Tombstone;

/**
 * A command whose effect is a set of events before and after: the events are replaced wholesale under their own
 * ids, so undo and redo are exact and later commands that name those ids still find them.
 */
final class EventChange implements EditCommand {
    /** Works out, inside the transaction, what the events become. */
    @FunctionalInterface
    interface Plan {
        Change plan(EventStore.Transaction tx);
    }

    /**
     * @param before events as they are (each must exist)
     * @param after  what they become; id 0 for a new event, an id of {@code before} missing here means deleted
     * @param buried tombstones for deleted events
     * @param action short name of the edit for the log ("set-date")
     * @param detail what changed, in words
     */
    record Change(List<Event> before, List<Event> after, List<Tombstone> buried, String action, String detail) {
    }

    private final EventStore store;
    private final String description;
    private final Plan plan;
    private Change done;
    /** The newest version of each event the analyst is known to have seen or written, by id ({@link #expecting}). */
    private final Map<Long, Long> seen = new java.util.HashMap<>();
    /** The versions this command's last step left its events at, by id: undo and redo go on only from those. */
    private final Map<Long, Long> left = new LinkedHashMap<>();

    EventChange(EventStore store, String description, Plan plan) {
        this.store = store;
        this.description = description;
        this.plan = plan;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public EditCommand expecting(Map<Long, Long> seenVersions) {
        // Versions only grow: of two things known about an event, the newer one counts.
        seenVersions.forEach((id, v) -> seen.merge(id, v, Math::max));
        return this;
    }

    @Override
    public Map<Long, Long> versions() {
        return Map.copyOf(left);
    }

    /**
     * Runs the plan against the events as stored now (it reads them locked); refused when one of them is no longer
     * the version the analyst saw. Each event written gets a new version, remembered for undo.
     */
    @Override
    public void execute() {
        done = store.write(tx -> {
            Change c = plan.plan(tx);
            for (Event b : c.before()) {
                Long expected = seen.get(b.id());
                if (expected != null && expected != b.version()) {
                    tx.expectVersion(b.id(), expected);
                }
            }
            List<Event> stored = new ArrayList<>();
            for (Event b : c.before()) {
                if (c.after().stream().noneMatch(a -> a.id() == b.id())) {
                    tx.deleteEvent(b.id());
                }
            }
            for (Event a : c.after()) {
                if (a.id() == 0) {
                    stored.add(a.withId(tx.insertEvent(a)).withVersion(0));
                } else {
                    stored.add(a.withVersion(tx.restoreEvent(a)));
                }
            }
            tx.bury(c.buried());
            Change applied = new Change(c.before(), stored, c.buried(), c.action(), c.detail());
            record(tx, applied, c.action(), c.detail());
            return applied;
        });
        left.clear();
        done.after().forEach(e -> left.put(e.id(), e.version()));
    }

    /** Refused when another writer changed one of the edited events since (sentences added do not count). */
    @Override
    public void undo() {
        requireDone();
        Map<Long, Long> now = store.write(tx -> {
            unchangedSince(tx, done.after());
            Map<Long, Long> versions = replace(tx, done.after(), done.before(), true);
            done.buried().stream().map(Tombstone::eventId).distinct().forEach(tx::unbury);
            record(tx, done, "undo", description);
            return versions;
        });
        left.clear();
        left.putAll(now);
    }

    @Override
    public void redo() {
        requireDone();
        Map<Long, Long> now = store.write(tx -> {
            unchangedSince(tx, done.before());
            Map<Long, Long> versions = replace(tx, done.before(), done.after(), false);
            tx.bury(done.buried());
            record(tx, done, "redo", description);
            return versions;
        });
        left.clear();
        left.putAll(now);
    }

    /** Each of these events this command's last step left is still at the version it left it at. */
    private void unchangedSince(EventStore.Transaction tx, List<Event> events) {
        for (Event e : events) {
            Long version = left.get(e.id());
            if (version != null) {
                // A later edit of this session that was undone since left it at a newer version of its own.
                tx.expectVersion(e.id(), Math.max(version, seen.getOrDefault(e.id(), version)));
            }
        }
    }

    @Override
    public List<Long> eventIds() {
        return done == null ? List.of() : done.after().stream().map(Event::id).toList();
    }

    /**
     * Removes the {@code from} events that {@code to} lacks and puts every {@code to} event back as it was, keeping
     * the sentences an import added to the {@code from} events since: each goes to the {@code to} event of the same id,
     * or else to the first {@code to} event (a merge undone, a split redone). When {@code to} is empty (an added event
     * undone) and {@code keepOrphans} holds, they stay as a machine-made event, as the import would have made them.
     */
    private static Map<Long, Long> replace(EventStore.Transaction tx, List<Event> from, List<Event> to,
                                           boolean keepOrphans) {
        Map<Long, List<Mention>> gainedBy = new LinkedHashMap<>();
        for (Event f : from) {
            // Locked: an import's sentence waits for this step, then joins what it restores.
            List<Mention> gained = gained(f, tx.lockEvent(f.id()).orElse(null));
            if (!gained.isEmpty()) {
                gainedBy.put(f.id(), gained);
            }
        }
        List<Event> target = new ArrayList<>(to);
        for (int i = 0; i < target.size(); i++) {
            Event t = target.get(i);
            if (from.stream().noneMatch(f -> f.id() == t.id())) {
                // an added event redone over what its undo left: the sentences gained meanwhile stay
                target.set(i, withMentions(t, gained(t, tx.lockEvent(t.id()).orElse(null))));
            }
        }
        Event orphan = null;
        for (Map.Entry<Long, List<Mention>> g : gainedBy.entrySet()) {
            int at = indexOf(target, g.getKey());
            if (at < 0 && !target.isEmpty()) {
                at = 0;
            }
            if (at >= 0) {
                target.set(at, withMentions(target.get(at), g.getValue()));
            } else if (keepOrphans) {
                Event current = tx.event(g.getKey()).orElseThrow();
                Event base = orphan != null ? orphan : withMentions(current, List.of(), true).withReview(false, false);
                orphan = withMentions(base, g.getValue());
            }
        }
        for (Event f : from) {
            if (target.stream().noneMatch(t -> t.id() == f.id()) && (orphan == null || orphan.id() != f.id())) {
                tx.deleteEvent(f.id());
            }
        }
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (Event t : target) {
            versions.put(t.id(), tx.restoreEvent(t));
        }
        if (orphan != null) {
            versions.put(orphan.id(), tx.restoreEvent(orphan));
        }
        return versions;
    }

    /** Sentences the event holds now that it did not hold when this command left it. */
    private static List<Mention> gained(Event left, Event now) {
        if (now == null) {
            return List.of();
        }
        Set<String> had = new HashSet<>();
        left.mentions().forEach(m -> had.add(key(m)));
        return now.mentions().stream().filter(m -> !had.contains(key(m))).toList();
    }

    private static Event withMentions(Event e, List<Mention> extra) {
        return withMentions(e, extra, false);
    }

    /** The event with these sentences added (or, with {@code only}, with just these), in source order. */
    private static Event withMentions(Event e, List<Mention> extra, boolean only) {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        if (!only) {
            e.mentions().forEach(m -> byKey.putIfAbsent(key(m), m));
        }
        extra.forEach(m -> byKey.putIfAbsent(key(m), m));
        List<Mention> ms = new ArrayList<>(byKey.values());
        ms.sort(Comparator.comparingLong(Mention::sourceId).thenComparingInt(Mention::start));
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), ms, e.disagreements(), e.confirmed(), e.edited(), e.version());
    }

    private static int indexOf(List<Event> events, long id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static String key(Mention m) {
        return m.sourceId() + ":" + m.start() + ":" + m.end();
    }

    private static void record(EventStore.Transaction tx, Change c, String action, String detail) {
        Set<Long> ids = new LinkedHashSet<>();
        c.before().forEach(e -> ids.add(e.id()));
        c.after().forEach(e -> ids.add(e.id()));
        for (long id : ids) {
            tx.recordEdit(EditRecord.now(id, null, action, detail));
        }
    }

    private void requireDone() {
        if (done == null) {
            throw new IllegalStateException("'" + description + "' has not been made yet.");
        }
    }
}
