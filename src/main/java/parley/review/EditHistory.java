package parley.review;

import java.util.ArrayDeque;
import java.util.Deque;
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

    /** Executes the command and makes it the next to undo. */
    public EditCommand perform(EditCommand command) {
        command.execute();
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
        c.undo();
        redo.push(undo.pop());
        return Optional.of(c);
    }

    /** Redoes the last undone edit; empty when there is none. */
    public Optional<EditCommand> redo() {
        EditCommand c = redo.peek();
        if (c == null) {
            return Optional.empty();
        }
        c.redo();
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
    }
}
