package parley.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.IntSupplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;

import parley.domain.EditRecord;
import parley.domain.Event;
import parley.domain.EventChangedException;
import parley.review.EditCommand;
import parley.review.EditHistory;
import parley.review.Review;

/**
 * The analyst's edits for the window: commands are made and run on the worker (never on the FX thread), the undo and
 * redo labels follow the history, and the main view model re-reads the store after each step. The worker runs one
 * task at a time, so the history is only ever touched from one thread.
 */
public final class ReviewModel {
    private final Review review;
    private final MainViewModel vm;
    private final Executor executor;
    private final IntSupplier reextractAll;
    private final EditHistory history = new EditHistory();

    private final StringProperty undoLabel = new SimpleStringProperty("Undo");
    private final StringProperty redoLabel = new SimpleStringProperty("Redo");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final SortedList<Event> queue;
    private final ObservableList<Long> selection = FXCollections.observableArrayList();
    private final IntegerProperty revision = new SimpleIntegerProperty();

    public ReviewModel(Review review, MainViewModel vm, Executor executor, IntSupplier reextractAll) {
        this.review = review;
        this.vm = vm;
        this.executor = executor;
        this.reextractAll = reextractAll;
        FilteredList<Event> unconfirmed = new FilteredList<>(vm.events(), e -> !e.confirmed());
        queue = new SortedList<>(unconfirmed, newestFirst());
    }

    /** Unconfirmed events, newest first (undated last): what is left to check. */
    public SortedList<Event> queue() {
        return queue;
    }

    /** Makes the command from the review (reading the store) and performs it, in the background. */
    public Task<EditCommand> perform(Function<Review, EditCommand> make) {
        return step(() -> history.perform(make.apply(review)));
    }

    /**
     * Performs the edit, then selects the event it names at {@code pick} (0: the first) once the window has read the
     * store again: the merged event, the new half of a split, the added event.
     */
    public Task<EditCommand> performAndSelect(Function<Review, EditCommand> make, int pick) {
        return step(() -> history.perform(make.apply(review)), pick, "");
    }

    /** Merges the events (the first is kept: its fields, id and title win) and selects the result. */
    public Task<EditCommand> merge(List<Long> ids) {
        Map<Long, Long> seen = seen(ids);
        return performAndSelect(r -> r.merge(ids).expecting(seen), 0);
    }

    /** Moves the sentences at these positions of the event to a new event, and selects the new one. */
    public Task<EditCommand> split(long eventId, Set<Integer> positions) {
        Map<Long, Long> seen = seen(List.of(eventId));
        return performAndSelect(r -> r.split(eventId, positions).expecting(seen), 1);
    }

    /** Adds the event by hand, supported by the evidence (or none), and selects it. */
    public Task<EditCommand> add(Event draft, Review.Evidence evidence) {
        return performAndSelect(r -> r.add(draft, evidence), 0);
    }

    /** The sentences a selection of a source's text covers and a guessed event, read in the background. */
    public Task<Review.Draft> draft(long sourceId, int start, int end) {
        return read(() -> review.draftFromSelection(sourceId, start, end), "Cannot add from the selection");
    }

    /** The event with all its sentences, read in the background (the timeline's rows may carry none). */
    public Task<Event> fullEvent(long id) {
        return read(() -> review.find(id).orElseThrow(() -> new IllegalArgumentException(
                "The event is no longer in the store.")), "Cannot read the event");
    }

    /** The event's edit records, oldest first, read in the background. */
    public Task<List<EditRecord>> history(long id) {
        return read(() -> review.history(id), "Cannot read the event's history");
    }

    private <T> Task<T> read(java.util.concurrent.Callable<T> what, String failure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return what.call();
            }
        };
        task.setOnFailed(e -> vm.statusProperty().set(failure + ": " + message(task.getException())));
        executor.execute(task);
        return task;
    }

    /** Ids of the events selected on the timeline, in the order picked (the window keeps it bound). */
    public ObservableList<Long> selection() {
        return selection;
    }

    /** Counts the edits applied to the window (each after its refresh): views of the history re-read on it. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision;
    }

    public Task<EditCommand> undo() {
        return step(() -> history.undo().orElse(null), -1, "Undone: ");
    }

    public Task<EditCommand> redo() {
        return step(() -> history.redo().orElse(null), -1, "Redone: ");
    }

    public Task<EditCommand> confirm(Event e) {
        return perform(r -> r.confirm(e.id()).expecting(Map.of(e.id(), e.version())));
    }

    public Task<EditCommand> delete(Event e) {
        return perform(r -> r.delete(e.id()).expecting(Map.of(e.id(), e.version())));
    }

    /**
     * The edit dialog's save: refused, without a change, when the event is no longer the version the dialog was
     * opened on (another analyst or an import changed it meanwhile); the window then shows the new version.
     */
    public Task<EditCommand> update(Event e, Event changed) {
        return perform(r -> r.update(e.id(), changed).expecting(Map.of(e.id(), changed.version())));
    }

    /** The versions of these events as the window shows them now (read on the FX thread, where the list lives). */
    private Map<Long, Long> seen(List<Long> ids) {
        Map<Long, Long> seen = new java.util.HashMap<>();
        for (long id : ids) {
            shown(id).ifPresent(e -> seen.put(id, e.version()));
        }
        return seen;
    }

    /** Extracts every article again with the current rules; analysts' events stay. */
    public Task<Integer> reextractAll() {
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                return reextractAll.getAsInt();
            }
        };
        task.setOnSucceeded(e -> vm.refresh().setOnSucceeded(r -> vm.statusProperty().set(
                "Re-extracted " + task.getValue() + (task.getValue() == 1 ? " article" : " articles"))));
        task.setOnFailed(e -> vm.statusProperty().set("Re-extraction failed: " + message(task.getException())));
        executor.execute(task);
        return task;
    }

    private interface Step {
        EditCommand run();
    }

    /** Labels as they stand after a step, read on the worker that owns the history. */
    private record Outcome(EditCommand command, String undo, String redo, boolean canUndo, boolean canRedo) {
    }

    private Task<EditCommand> step(Step step) {
        return step(step, -1, "");
    }

    /** @param said what the status line puts before the command's description ("Undone: ") */
    private Task<EditCommand> step(Step step, int pick, String said) {
        java.util.concurrent.atomic.AtomicReference<Outcome> outcome = new java.util.concurrent.atomic.AtomicReference<>();
        Task<EditCommand> task = new Task<>() {
            @Override
            protected EditCommand call() {
                EditCommand c = step.run();
                outcome.set(new Outcome(c, history.undoLabel(), history.redoLabel(), history.canUndo(),
                        history.canRedo()));
                return c;
            }
        };
        task.setOnSucceeded(e -> {
            Outcome o = outcome.get();
            undoLabel.set(o.undo());
            redoLabel.set(o.redo());
            canUndo.set(o.canUndo());
            canRedo.set(o.canRedo());
            // This handler runs before the refresh applies what it read: the rest waits for that.
            vm.refresh().addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, r ->
                    javafx.application.Platform.runLater(() -> {
                        EditCommand c = o.command();
                        if (c != null && pick >= 0 && pick < c.eventIds().size()) {
                            shown(c.eventIds().get(pick)).ifPresent(vm.selectedEventProperty()::set);
                        }
                        revision.set(revision.get() + 1);
                        if (c != null) {
                            vm.statusProperty().set(said + c.description());
                        }
                    }));
        });
        task.setOnFailed(e -> {
            Throwable why = task.getException();
            if (why instanceof EventChangedException) {
                // Someone else's version won: show it (the refresh re-selects the event), then say why nothing changed.
                vm.refresh().addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, r ->
                        javafx.application.Platform.runLater(() -> vm.statusProperty().set(message(why))));
            }
            vm.statusProperty().set("Not changed: " + message(why));
        });
        executor.execute(task);
        return task;
    }

    /** The event with this id as the window shows it now. */
    Optional<Event> shown(long id) {
        return vm.events().stream().filter(e -> e.id() == id).findFirst();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel;
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public MainViewModel main() {
        return vm;
    }

    private static Comparator<Event> newestFirst() {
        Comparator<Event> byDate = Comparator.comparing(e -> e.date().start(),
                Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder()));
        return byDate.reversed().thenComparing(Comparator.comparingLong(Event::id).reversed());
    }

    private static String message(Throwable t) {
        return t == null ? "unknown error" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
