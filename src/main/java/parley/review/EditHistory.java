package parley.review;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The undo and redo stacks of one session. A command that fails leaves both stacks as they were; a new edit
 * clears the redo stack. Not thread-safe: the window calls it from one background worker at a time.
 */
public final class EditHistory {
    /** Edits kept for undo; older ones drop off. */
    public static final int LIMIT = 500;

    private final Deque<EditCommand> undo = new ArrayDeque<>();
    private final Deque<EditCommand> redo = new ArrayDeque<>();
    /**
     * The version this session's edits last left each event at: what the analyst knows of it even before the window
     * has read it again, so an edit, undo or redo is refused only for another writer's change.
     */
    private final Map<Long, Long> ours = new HashMap<>();

    /** Executes the command and makes it the next to undo. */
    public EditCommand perform(EditCommand command) {
        command.expecting(ours);
        command.execute();
        ours.putAll(command.versions());
        undo.push(command);
        redo.clear();
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        return command;
    }

    /** Undoes the last edit; empty when there is none. */
    public Optional<EditCommand> undo() {
        EditCommand c = undo.peek();
        if (c == null) {
            return Optional.empty();
        }
        c.expecting(ours);
        c.undo();
        ours.putAll(c.versions());
        redo.push(undo.pop());
        return Optional.of(c);
    }

    /** Redoes the last undone edit; empty when there is none. */
    public Optional<EditCommand> redo() {
        EditCommand c = redo.peek();
        if (c == null) {
            return Optional.empty();
        }
        c.expecting(ours);
        c.redo();
        ours.putAll(c.versions());
        undo.push(redo.pop());
        return Optional.of(c);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** "Undo Change date of …" or "Undo" when there is nothing to undo. */
    public String undoLabel() {
        return undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description();
    }

    public String redoLabel() {
        return redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description();
    }

    /** Forgets every edit (the store keeps them; only undo is lost). */
    public void clear() {
        undo.clear();
        redo.clear();
        ours.clear();
    }
}
