/**
 * The desktop window. {@link parley.ui.ParleyApp} opens the store in the background and shows
 * {@link parley.ui.MainView}, which is built from the two ports ({@code EventStore}, {@code Importer}) so tests pass
 * fakes. The views (participants, timeline, sources, selected event, status bar) are thin over
 * {@link parley.ui.MainViewModel}, which holds the observable state and runs every store read, import and export as
 * a background Task. The window holds the store's timeline rows, without the supporting sentences: the selected
 * event is read whole for the details pane, the search reads the sentences after the first frame, event exports read
 * full events. At launch the timeline first shows the events table's outline (every mark, no participants or
 * mentions) while the rows are read; nothing acts on it: the timeline ignores the mouse and a selection waits for
 * the complete row. {@link parley.ui.MainView#enableReview} adds analyst review ({@link parley.ui.ReviewModel}: the
 * Edit menu with undo/redo, the review bar, the edit dialog and the review queue; adding an event from text selected in
 * a source, merging the events picked on the timeline, the split dialog and each event's history, through
 * {@link parley.ui.EventActions}). The sources panel opens an
 * article's text with its event sentences highlighted and selectable ({@link parley.ui.SourceText}); a search box, the lanes layout,
 * themes ({@link parley.ui.Theme}) and the desk saved per store ({@link parley.ui.DeskState}, {@code desk.json}
 * beside the database) complete the window. No SQL here, only the interfaces of {@link parley.domain}.
 */
package parley.ui;
