package parley.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import parley.domain.EditRecord;
import parley.domain.Event;

/**
 * The selected event's edit history under its evidence: who changed it, when, and what changed, in words, newest
 * first. Read from the store in the background when the selection changes and after every edit, undo and redo.
 */
final class EventHistoryView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final ReviewModel review;
    private final VBox lines = new VBox(4);
    private final Label heading = new Label("History");
    private long shownId = -1;

    EventHistoryView(ReviewModel review) {
        super(4);
        this.review = review;
        setId("event-history");
        getStyleClass().add("event-history");
        heading.getStyleClass().add("details-history-title");
        lines.setId("event-history-lines");
        getChildren().addAll(heading, lines);
        review.main().selectedEventProperty().addListener((o, a, b) -> {
            if (b == null || a == null || a.id() != b.id()) {
                load(b);
            }
        });
        review.revisionProperty().addListener((o, a, b) -> load(review.main().selectedEventProperty().get()));
        load(review.main().selectedEventProperty().get());
    }

    private void load(Event e) {
        setVisible(e != null);
        setManaged(e != null);
        if (e == null) {
            shownId = -1;
            lines.getChildren().clear();
            return;
        }
        long id = e.id();
        if (id != shownId) {
            lines.getChildren().clear();
        }
        shownId = id;
        var task = review.history(id);
        task.setOnSucceeded(x -> {
            if (shownId == id) {
                show(task.getValue());
            }
        });
    }

    private void show(List<EditRecord> records) {
        List<Label> out = new ArrayList<>();
        for (int i = records.size() - 1; i >= 0; i--) {
            EditRecord r = records.get(i);
            Label who = label(r.who() + " · " + (r.at() == null ? "" : WHEN.format(r.at().atZone(ZoneId.systemDefault()))),
                    "details-history-when");
            Label what = label(describe(r), "details-history-what");
            what.getStyleClass().add("history-" + r.action());
            out.add(who);
            out.add(what);
        }
        heading.setText(records.isEmpty() ? "History" : "History · " + records.size()
                + (records.size() == 1 ? " edit" : " edits"));
        if (out.isEmpty()) {
            out.add(label("Not edited: as extraction made it.", "details-history-none"));
        }
        lines.getChildren().setAll(out);
    }

    /** One edit in words: "Changed date 2025-08-11 (day) → 2025-08-14 (day)", "Undid: Confirm 'Call: …'". */
    static String describe(EditRecord r) {
        String d = r.detail() == null ? "" : r.detail();
        return switch (r.action()) {
            case "confirm" -> "Confirmed";
            case "unconfirm" -> "Confirmation withdrawn";
            case "add" -> "Added by hand: " + d;
            case "delete" -> "Deleted: " + d;
            case "merge" -> "Merged: " + d;
            case "split" -> "Split: " + d;
            case "undo" -> "Undid: " + d;
            case "redo" -> "Redid: " + d;
            case "edit" -> "Edited: " + d;
            default -> r.action().startsWith("set-") ? "Changed " + d : r.action() + ": " + d;
        };
    }

    /** The lines shown (for tests): when and who, then what, newest first. */
    List<String> shownLines() {
        return lines.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static Label label(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
