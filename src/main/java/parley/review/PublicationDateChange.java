package parley.review;

import java.time.LocalDate;

import parley.domain.DateBasis;
import parley.domain.EditRecord;
import parley.domain.EventStore;
import parley.domain.Source;

/** Sets or corrects an article's publication date; undo puts back the old date with its basis (stated, inferred…). */
final class PublicationDateChange implements EditCommand {
    private final EventStore store;
    private final SourceDating dating;
    private final long sourceId;
    private final LocalDate date;
    private final Source before;

    PublicationDateChange(EventStore store, SourceDating dating, long sourceId, LocalDate date) {
        this.store = store;
        this.dating = dating;
        this.sourceId = sourceId;
        this.date = date;
        this.before = store.source(sourceId)
                .orElseThrow(() -> new IllegalArgumentException("There is no source " + sourceId + " in the store."));
    }

    @Override
    public String description() {
        return "Set publication date of '" + Review.shorten(before.title() != null ? before.title() : before.file())
                + "' to " + (date == null ? "none" : date);
    }

    @Override
    public void execute() {
        dating.setPublicationDate(sourceId, date, date == null ? DateBasis.UNKNOWN : DateBasis.SET_BY_USER, null);
        log("set-publication-date", (before.published() == null ? "none" : before.published()) + " → "
                + (date == null ? "none" : date));
    }

    @Override
    public void undo() {
        dating.setPublicationDate(sourceId, before.published(), before.publishedBasis(), before.inferredFrom());
        log("undo", description());
    }

    @Override
    public void redo() {
        execute();
    }

    private void log(String action, String detail) {
        store.write(tx -> tx.recordEdit(EditRecord.now(null, sourceId, action, detail)));
    }
}
