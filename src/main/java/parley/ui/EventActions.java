package parley.ui;

import java.util.List;
import java.util.function.Supplier;

import javafx.stage.Window;

import parley.domain.Event;
import parley.review.Review;

/**
 * The review actions that need more than the selected event: adding an event from the sentence selected in a source,
 * merging the events selected on the timeline, splitting an event's sentences, showing its history. Each reads what it
 * needs in the background and asks the analyst in a dialog on the FX thread; the edit itself runs on the worker.
 */
final class EventActions {
    private final ReviewModel review;
    private final SourceText sourceText;
    private final EventDetails details;
    private final EventHistoryView history;
    private final Supplier<Window> window;

    EventActions(ReviewModel review, SourceText sourceText, EventDetails details, EventHistoryView history,
                 Supplier<Window> window) {
        this.review = review;
        this.sourceText = sourceText;
        this.details = details;
        this.history = history;
        this.window = window;
    }

    /** Opens the add dialog for the sentences the selection covers, prefilled with what they seem to report. */
    void addFromSelection() {
        SourceText.Selection sel = sourceText.selectionProperty().get();
        if (sel == null) {
            status("Select a sentence in an article's text first (open the article in Sources).");
            return;
        }
        var draft = review.draft(sel.sourceId(), sel.start(), sel.end());
        draft.setOnSucceeded(e -> {
            Review.Draft d = draft.getValue();
            String source = review.main().sourceRow(sel.sourceId()).map(SourceRow::title).orElse(null);
            EventEditDialog.showAdd(window.get(), d.event(), d.sentence(), source).ifPresent(ev -> {
                review.add(ev, d.evidence());
                sourceText.clearSelection();
            });
        });
    }

    /** Merges the events selected on the timeline into the first one picked. */
    void mergeSelected() {
        List<Long> ids = List.copyOf(review.selection());
        if (ids.size() < 2) {
            status("Select two or more events to merge: Ctrl+click them on the timeline.");
            return;
        }
        review.merge(ids);
    }

    /** Asks which of the selected event's sentences move to a new event, then splits it. */
    void splitSelected() {
        Event sel = review.main().selectedEventProperty().get();
        if (sel == null) {
            return;
        }
        var full = review.fullEvent(sel.id());
        full.setOnSucceeded(e -> {
            Event event = full.getValue();
            if (event.mentions().size() < 2) {
                status("'" + event.title() + "' has one sentence: there is nothing to split.");
                return;
            }
            SplitDialog.show(window.get(), event, id -> review.main().sourceRow(id).map(SourceRow::title)
                    .orElse("source " + id)).ifPresent(positions -> review.split(event.id(), positions));
        });
    }

    /** Shows the selected event's edit history in its details. */
    void showHistory() {
        if (review.main().selectedEventProperty().get() != null) {
            details.revealSection(history);
        }
    }

    private void status(String s) {
        review.main().statusProperty().set(s);
    }
}
