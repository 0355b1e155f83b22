package parley.ui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * Makes a node accept files and folders dropped on it. The handler sees only the list of files, so it is tested
 * without any drag gesture; while files hover, the node has the pseudo-class {@code :drop-target}.
 */
public final class FileDrop {
    public static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private FileDrop() {
    }

    public static void install(Node target, Consumer<List<File>> handler) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                target.pseudoClassStateChanged(DROP_TARGET, true);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_EXITED, e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard db = e.getDragboard();
            boolean ok = db.hasFiles() && !db.getFiles().isEmpty();
            if (ok) {
                handler.accept(List.copyOf(db.getFiles()));
            }
            target.pseudoClassStateChanged(DROP_TARGET, false);
            e.setDropCompleted(ok);
            e.consume();
        });
    }
}
