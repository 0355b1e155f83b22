package parley.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import parley.domain.EditRecord;
import parley.domain.Event;
import parley.domain.EventStore;
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
    public void execute() {
        done = store.write(tx -> {
            Change c = plan.plan(tx);
            List<Event> stored = new ArrayList<>();
            for (Event b : c.before()) {
                if (c.after().stream().noneMatch(a -> a.id() == b.id())) {
                    tx.deleteEvent(b.id());
                }
            }
            for (Event a : c.after()) {
                if (a.id() == 0) {
                    stored.add(a.withId(tx.insertEvent(a)));
                } else {
                    tx.restoreEvent(a);
                    stored.add(a);
                }
            }
            tx.bury(c.buried());
            Change applied = new Change(c.before(), stored, c.buried(), c.action(), c.detail());
            record(tx, applied, c.action(), c.detail());
            return applied;
        });
    }

    @Override
    public void undo() {
        requireDone();
        store.write(tx -> {
            replace(tx, done.after(), done.before());
            done.buried().stream().map(Tombstone::eventId).distinct().forEach(tx::unbury);
            record(tx, done, "undo", description);
            return null;
        });
    }

    @Override
    public void redo() {
        requireDone();
        store.write(tx -> {
            replace(tx, done.before(), done.after());
            tx.bury(done.buried());
            record(tx, done, "redo", description);
            return null;
        });
    }

    @Override
    public List<Long> eventIds() {
        return done == null ? List.of() : done.after().stream().map(Event::id).toList();
    }

    /** Removes the {@code from} events that {@code to} lacks and puts every {@code to} event back as it was. */
    private static void replace(EventStore.Transaction tx, List<Event> from, List<Event> to) {
        for (Event f : from) {
            if (to.stream().noneMatch(t -> t.id() == f.id())) {
                tx.deleteEvent(f.id());
            }
        }
        to.forEach(tx::restoreEvent);
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
