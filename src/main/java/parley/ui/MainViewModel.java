package parley.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

import parley.domain.Event;
import parley.domain.EventStore;
import parley.domain.FileOutcome;
import parley.domain.ImportSummary;
import parley.domain.Importer;
import parley.domain.Source;
import parley.export.ExportOptions;
import parley.export.PngExporter;
import parley.timeline.LegendFilter;
import parley.timeline.TimelineIndex;

/**
 * The state of the main window, without any window: events and sources read from the store, participant filters,
 * the selection, and the progress of imports and exports. Every read and write of the store runs as a Task on the
 * executor; results are applied on the FX thread.
 */
public final class MainViewModel {
    private final EventStore store;
    private final Importer importer;
    private final Executor executor;

    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TimelineIndex> timelineIndex = new ReadOnlyObjectWrapper<>(
            TimelineIndex.EMPTY);
    private final ObservableList<ParticipantRow> participants = FXCollections.observableArrayList();
    private final FilteredList<ParticipantRow> shownParticipants = new FilteredList<>(participants);
    private final StringProperty participantFilter = new SimpleStringProperty("");
    private final ObservableSet<String> checked = FXCollections.observableSet();
    /** Types and statuses switched off in the timeline's legend. */
    private final ObjectProperty<LegendFilter> legendFilter = new SimpleObjectProperty<>(LegendFilter.NONE);
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>();
    private final ObjectProperty<SourceRow> selectedSource = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Source> openedSource = new ReadOnlyObjectWrapper<>();

    private final BooleanProperty importing = new SimpleBooleanProperty();
    /** Shortest time between two reads of the store while an import runs ({@link #showWhileImporting}). */
    static final long LIVE_READ_GAP_NANOS = 1_000_000_000L;
    /** A read for {@link #showWhileImporting} is under way; when the last ended and how long until the next. */
    private volatile boolean liveReading;
    private volatile long lastLiveRead;
    private volatile long liveReadGap;
    private final DoubleProperty importProgress = new SimpleDoubleProperty();
    private final StringProperty importMessage = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportSummary> lastSummary = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Set<Long>> freshEvents = new SimpleObjectProperty<>(Set.of());
    /** The newest event id the last store read saw (written by the worker that reads and imports). */
    private volatile long newestIdRead;
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanBinding empty;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    /** Null until the sentences are read after a refresh (then titles, participants and places are searched). */
    private EventSearch search = EventSearch.EMPTY;
    /** The snapshot the search belongs to: a search finished for an older snapshot is dropped. */
    private Snapshot searchOf;
    private final javafx.beans.property.ReadOnlyBooleanWrapper sentencesSearchable =
            new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<Event> selectedDetails = new ReadOnlyObjectWrapper<>();
    /** True while the timeline shows the launch outline (events without participants or mentions). */
    private final javafx.beans.property.ReadOnlyBooleanWrapper outlineShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    /** False while the timeline lays out participant lanes: an outline has no participants to lay out. */
    private final BooleanProperty outlineAllowed = new SimpleBooleanProperty(true);
    /** The event picked on the outline, selected again (whole) once the complete snapshot is applied. */
    private long pendingSelection = -1;
    /** The store's change feed while the window follows it ({@link #followStoreChanges}), else null. */
    private AutoCloseable following;
    /** A read for another process's change is running; another change meanwhile queues one more (FX thread only). */
    private boolean remoteReading;
    private parley.domain.StoreChange remoteQueued;

    public MainViewModel(EventStore store, Importer importer, Executor executor) {
        this.store = store;
        this.importer = importer;
        this.executor = executor;
        participantFilter.addListener((o, a, b) -> applyParticipantFilter());
        checked.addListener((SetChangeListener<String>) c -> updateTimelineEvents());
        legendFilter.addListener((o, a, b) -> {
            if (!outlineShown.get()) {
                updateTimelineEvents();
            }
        });
        empty = Bindings.createBooleanBinding(() -> events.isEmpty() && !outlineShown.get(), events, outlineShown);
        selectedSource.addListener((o, a, b) -> openSource(b));
        selectedEvent.addListener((o, a, b) -> {
            if (b != null && outlineShown.get()) {
                // An outline event is never acted on: remember it and pick it whole when the snapshot arrives.
                pendingSelection = b.id();
                selectedEvent.set(null);
            }
        });
        selectedEvent.addListener((o, a, b) -> readDetails(selectedEvent.get()));
    }

    /**
     * What the store holds at one moment; read off the FX thread. The events are the store's timeline rows, without
     * their sentences (so 100,000 events load in about a second and stay small): the details pane reads the selected
     * event whole, the search gets the sentences in a second read after the first frame, exports read full events.
     */
    record Snapshot(List<Event> events, List<SourceRow> sources, List<ParticipantRow> participants,
                    TimelineIndex index, EventSearch search) {
        static Snapshot read(EventStore store) {
            // Sources, participants and the index do not need each other: on a second core beside the rows.
            java.util.concurrent.CompletableFuture<List<Source>> sourceList =
                    java.util.concurrent.CompletableFuture.supplyAsync(store::sources);
            List<Event> events = store.timelineEvents();
            java.util.concurrent.CompletableFuture<List<ParticipantRow>> tally =
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> ParticipantRow.tally(events));
            TimelineIndex index = new TimelineIndex(events);
            // Counted from the rows (their mentions keep their sources) instead of another query over the mentions.
            Map<Long, Integer> counts = new java.util.HashMap<>();
            Set<Long> seen = new java.util.HashSet<>();
            for (Event e : events) {
                seen.clear();
                for (parley.domain.Mention m : e.mentions()) {
                    if (seen.add(m.sourceId())) {
                        counts.merge(m.sourceId(), 1, Integer::sum);
                    }
                }
            }
            List<SourceRow> rows = new ArrayList<>();
            for (Source src : joined(sourceList)) {
                rows.add(new SourceRow(src, counts.getOrDefault(src.id(), 0)));
            }
            // Rows without sentences: the search is built after the first frame, with them (readSentencesForSearch).
            EventSearch search = events.stream().allMatch(MainViewModel::hasSentences) ? new EventSearch(events) : null;
            return new Snapshot(events, rows, joined(tally), index, search);
        }

        /** The value, or the read's own exception (so the status bar says what the store said). */
        private static <T> T joined(java.util.concurrent.CompletableFuture<T> f) {
            try {
                return f.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    /** Re-reads the store in the background; the panels and the timeline follow when it is done. */
    public Task<Snapshot> refresh() {
        // At launch only (nothing shown yet, stacked layout, no participant ticked): paint the outline first.
        boolean outlineFirst = showsNothing() && outlineAllowed.get() && !filtering();
        Task<Snapshot> task = new Task<>() {
            @Override
            protected Snapshot call() {
                // When the store has the complete rows at hand, they come as fast as the outline would.
                if (outlineFirst && !store.timelineReadsQuickly()) {
                    TimelineIndex outline = new TimelineIndex(store.timelineOutline());
                    // Posted before the task's success, so it is applied first (or dropped if anything came between).
                    javafx.application.Platform.runLater(() -> showOutline(outline));
                }
                Snapshot read = Snapshot.read(store);
                newestIdRead = read.events().stream().mapToLong(Event::id).max().orElse(0);
                return read;
            }
        };
        task.setOnSucceeded(e -> {
            apply(task.getValue());
            readSentencesForSearch(task.getValue());
        });
        task.setOnFailed(e -> {
            if (outlineShown.get()) {
                // No complete rows to follow: an outline nothing may act on is not left on screen.
                outlineShown.set(false);
                pendingSelection = -1;
                timelineIndex.set(TimelineIndex.EMPTY);
            }
            status.set("Could not read the store: " + message(task.getException()));
        });
        executor.execute(task);
        return task;
    }

    /**
     * After the first frame: reads the supporting sentences, in the background, so the search also finds their
     * words; only the search's lower-cased text is kept. Until then it searches titles,
     * participants and places. A newer store read makes this one moot.
     */
    private void readSentencesForSearch(Snapshot shown) {
        if (shown.search() != null) {
            sentencesSearchable.set(true);
            return;
        }
        sentencesSearchable.set(false);
        Task<EventSearch> task = new Task<>() {
            @Override
            protected EventSearch call() {
                return EventSearch.withSentences(shown.events(), store.sentencesByEvent());
            }
        };
        task.setOnSucceeded(e -> {
            if (searchOf == shown) {
                search = task.getValue();
                sentencesSearchable.set(true);
            }
        });
        task.setOnFailed(e -> status.set("Could not read the sentences for search: " + message(task.getException())));
        executor.execute(task);
    }

    /** True once the search covers the supporting sentences of the events shown (see {@link #search}). */
    public ReadOnlyBooleanProperty sentencesSearchableProperty() {
        return sentencesSearchable.getReadOnlyProperty();
    }

    /**
     * The selected event with its supporting sentences: the timeline's rows carry none, so the selection is read
     * whole from the store in the background (null while nothing is selected; the row itself until the read ends).
     */
    public ReadOnlyObjectProperty<Event> selectedDetailsProperty() {
        return selectedDetails.getReadOnlyProperty();
    }

    private void readDetails(Event selected) {
        if (selected == null || hasSentences(selected)) {
            selectedDetails.set(selected);
            return;
        }
        selectedDetails.set(selected);
        long id = selected.id();
        Task<Event> task = new Task<>() {
            @Override
            protected Event call() {
                return store.event(id).orElse(null);
            }
        };
        task.setOnSucceeded(e -> {
            Event now = selectedEvent.get();
            if (now != null && now.id() == id && task.getValue() != null) {
                selectedDetails.set(task.getValue());
            }
        });
        task.setOnFailed(e -> status.set("Could not read the event: " + message(task.getException())));
        executor.execute(task);
    }

    private boolean showsNothing() {
        return events.isEmpty() && timelineIndex.get() == TimelineIndex.EMPTY;
    }

    private void showOutline(TimelineIndex outline) {
        if (showsNothing() && outlineAllowed.get() && !filtering() && !outline.events().isEmpty()) {
            outlineShown.set(true);
            timelineIndex.set(outline);
        }
    }

    /**
     * True while the timeline shows the launch outline: every event's mark, but rows without participants or
     * mentions, so the window lets nothing act on them (the timeline ignores the mouse meanwhile).
     */
    public ReadOnlyBooleanProperty outlineShownProperty() {
        return outlineShown.getReadOnlyProperty();
    }

    /** Whether a launch may paint the outline first; the window binds it to the stacked layout. */
    public BooleanProperty outlineAllowedProperty() {
        return outlineAllowed;
    }

    /** True when every mention carries its sentence (a full event, not a timeline row). */
    static boolean hasSentences(Event e) {
        return e.mentions().stream().allMatch(m -> m.text() != null);
    }

    void apply(Snapshot s) {
        // Read before the timeline gets the new index: it drops a selection whose event changed (an edit).
        Event selectedBefore = selectedEvent.get();
        // Replacing the lists clears list selections; the opened source stays open across a refresh.
        SourceRow wasOpen = selectedSource.get();
        events.setAll(s.events());
        search = s.search();
        searchOf = s;
        sources.setAll(s.sources());
        participants.setAll(s.participants());
        Set<String> known = new java.util.HashSet<>();
        participants.forEach(p -> known.add(p.name()));
        checked.retainAll(known);
        applyParticipantFilter();
        boolean fromOutline = outlineShown.get();
        outlineShown.set(false);
        if (!filtering()) {
            timelineIndex.set(s.index());
        } else {
            updateTimelineEvents();
        }
        if (fromOutline && pendingSelection >= 0 && selectedBefore == null) {
            long id = pendingSelection;
            selectedBefore = s.events().stream().filter(e -> e.id() == id).findFirst().orElse(null);
        }
        pendingSelection = -1;
        if (wasOpen != null) {
            long sid = wasOpen.source().id();
            selectedSource.set(s.sources().stream().filter(r -> r.source().id() == sid).findFirst().orElse(null));
        }
        if (selectedBefore != null) {
            long id = selectedBefore.id();
            selectedEvent.set(s.events().stream().filter(e -> e.id() == id).findFirst().orElse(null));
        }
        status.set(s.events().size() + (s.events().size() == 1 ? " event" : " events") + " from "
                + s.sources().size() + (s.sources().size() == 1 ? " source" : " sources"));
    }

    /**
     * Follows what other processes commit to the store (other analysts on a team store): each change is read within
     * a couple of seconds, and the events it added or changed get the same halo as an import's. The store's change
     * feed says when; what changed is worked out by comparing the events read before and after, so the window needs
     * no SQL and no list of ids from the writer.
     */
    public void followStoreChanges() {
        if (following == null) {
            following = store.onChange(change -> javafx.application.Platform.runLater(() -> remoteChange(change)));
        }
    }

    /** Stops following the store (the window closes). */
    public void stopFollowing() {
        if (following != null) {
            try {
                following.close();
            } catch (Exception e) {
                // The store goes anyway.
            }
            following = null;
        }
    }

    private void remoteChange(parley.domain.StoreChange change) {
        if (remoteReading || importing.get()) {
            // One read at a time; an import of this window reads the store when it ends anyway.
            remoteQueued = change;
            return;
        }
        remoteReading = true;
        Map<Long, Event> before = new java.util.HashMap<>();
        events.forEach(e -> before.put(e.id(), e));
        Task<Snapshot> reread = refresh();
        reread.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e ->
                // After the refresh has applied what it read (its own handler runs after this one).
                javafx.application.Platform.runLater(() -> {
                    Set<Long> changed = changedSince(before, reread.getValue().events());
                    if (!changed.isEmpty()) {
                        freshEvents.set(changed);
                        status.set(changed.size() + (changed.size() == 1 ? " event" : " events")
                                + " added or changed " + (change.by() == null ? "by another Parley"
                                : "by " + change.by()) + " · " + status.get());
                    }
                    remoteDone();
                }));
        reread.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_FAILED, e -> remoteDone());
    }

    private void remoteDone() {
        remoteReading = false;
        parley.domain.StoreChange next = remoteQueued;
        remoteQueued = null;
        if (next != null) {
            remoteChange(next);
        }
    }

    /** Ids of events that are new or say something else than before (a new version, a sentence more). */
    static Set<Long> changedSince(Map<Long, Event> before, List<Event> now) {
        Set<Long> changed = new java.util.HashSet<>();
        for (Event e : now) {
            Event was = before.get(e.id());
            if (was == null || was.version() != e.version() || !was.equals(e)) {
                changed.add(e.id());
            }
        }
        return Set.copyOf(changed);
    }

    /** Imports dropped files and folders. */
    public Task<ImportSummary> importFiles(List<File> files) {
        return importPaths(files.stream().map(File::toPath).toList());
    }

    /** Imports files and folders in the background, reporting progress; refreshes the store view afterwards. */
    public Task<ImportSummary> importPaths(List<Path> paths) {
        cancelRequested.set(false);
        // Ids grow: what the import adds is newer than the newest event read before it (on the same worker, so a
        // refresh queued before the import, as when the window opens with files, has run by then).
        long[] before = {0};
        freshEvents.set(Set.of());
        Task<ImportSummary> task = new Task<>() {
            @Override
            protected ImportSummary call() {
                before[0] = newestIdRead;
                return importer.importPaths(paths, new Importer.Progress() {
                    @Override
                    public void started(int totalFiles) {
                        updateProgress(0, Math.max(1, totalFiles));
                        updateMessage("Importing " + totalFiles + (totalFiles == 1 ? " file…" : " files…"));
                    }

                    @Override
                    public void fileDone(int done, int total, FileOutcome outcome) {
                        updateProgress(done, Math.max(1, total));
                        updateMessage(done + " of " + total + " · " + outcome.describe().replaceAll("\\s+", " "));
                    }

                    @Override
                    public void groupStored(int done, int total) {
                        showWhileImporting(before[0]);
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelRequested.get();
                    }
                });
            }
        };
        importing.set(true);
        importProgress.bind(task.progressProperty());
        importMessage.bind(task.messageProperty());
        task.setOnSucceeded(e -> finishImport(task.getValue(), null, before));
        task.setOnFailed(e -> finishImport(null, task.getException(), before));
        executor.execute(task);
        return task;
    }

    /**
     * A group of the running import is committed: the timeline shows it, its new events haloed, without waiting for
     * the end. Read on a thread of its own (the worker is busy with the import), one read at a time and at most one
     * per {@link #LIVE_READ_GAP_NANOS} or three times the last read's duration, so that re-reading a large store
     * takes at most about a quarter of the import's CPU; applied on the FX thread only while the import runs (the
     * final read after it supersedes any later one).
     */
    private void showWhileImporting(long newestBefore) {
        long now = System.nanoTime();
        if (liveReading || liveReadGap > 0 && now - lastLiveRead < liveReadGap) {
            return;
        }
        liveReading = true;
        Thread reader = new Thread(() -> {
            long t0 = System.nanoTime();
            Snapshot read;
            try {
                read = Snapshot.read(store);
            } catch (RuntimeException e) {
                // The import's own read at the end reports a store that cannot be read.
                liveReading = false;
                return;
            }
            long took = System.nanoTime() - t0;
            lastLiveRead = System.nanoTime();
            liveReadGap = Math.max(LIVE_READ_GAP_NANOS, 3 * took);
            javafx.application.Platform.runLater(() -> {
                liveReading = false;
                if (importing.get()) {
                    apply(read);
                    freshEvents.set(read.events().stream().map(Event::id).filter(id -> id > newestBefore)
                            .collect(java.util.stream.Collectors.toUnmodifiableSet()));
                }
            });
        }, "parley-import-view");
        reader.setDaemon(true);
        reader.start();
    }

    /** Ids of the events the last import added, for the timeline to highlight. */
    public ObjectProperty<Set<Long>> freshEventsProperty() {
        return freshEvents;
    }

    private void finishImport(ImportSummary summary, Throwable error, long[] before) {
        importProgress.unbind();
        importMessage.unbind();
        importing.set(false);
        importProgress.set(0);
        if (error != null) {
            importMessage.set("Import failed: " + message(error));
        } else {
            lastSummary.set(summary);
            importMessage.set(summary.describe());
        }
        Task<Snapshot> reread = refresh();
        reread.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            freshEvents.set(reread.getValue().events().stream().map(Event::id).filter(id -> id > before[0])
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
            if (!remoteReading && remoteQueued != null) {
                // Another process wrote during the import: read once more for its halo.
                javafx.application.Platform.runLater(this::remoteDone);
            }
        });
    }

    /** Reads the source's text in the background; {@link #openedSourceProperty()} follows. */
    private void openSource(SourceRow row) {
        if (row == null) {
            openedSource.set(null);
            return;
        }
        long id = row.source().id();
        Task<Source> task = new Task<>() {
            @Override
            protected Source call() {
                return store.source(id).orElse(null);
            }
        };
        task.setOnSucceeded(e -> {
            SourceRow now = selectedSource.get();
            if (now != null && now.source().id() == id) {
                openedSource.set(task.getValue());
            }
        });
        task.setOnFailed(e -> status.set("Could not read the source: " + message(task.getException())));
        executor.execute(task);
    }

    /** Sets a source's publication date as the analyst's word, in the background; its events re-resolve and move. */
    public Task<Void> setPublicationDate(long sourceId, java.time.LocalDate date) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                importer.setPublicationDate(sourceId, date);
                return null;
            }
        };
        status.set("Re-reading the article against " + date + "…");
        task.setOnSucceeded(e -> refresh());
        task.setOnFailed(e -> status.set("Could not set the date: " + message(task.getException())));
        executor.execute(task);
        return task;
    }

    /** Asks the running import to stop after its current file; what was imported stays. */
    public void cancelImport() {
        cancelRequested.set(true);
    }

    /** Renders what the timeline shows (from..to) to a PNG in the background. */
    public Task<Path> exportPng(Path out, ExportOptions options) {
        TimelineIndex shown = timelineIndex.get();
        List<Source> srcs = sources.stream().map(SourceRow::source).toList();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                PngExporter.export(shown, srcs, options, out);
                return out;
            }
        };
        task.setOnSucceeded(e -> status.set("Exported " + out.getFileName()));
        task.setOnFailed(e -> status.set("Export failed: " + message(task.getException())));
        executor.execute(task);
        return task;
    }

    /** Writes what the timeline shows (from..to) as a vector PDF or SVG, in the background. */
    public Task<Path> exportVector(Path out, ExportOptions options, parley.export.VectorExporter.Format format) {
        TimelineIndex shown = timelineIndex.get();
        List<Source> srcs = sources.stream().map(SourceRow::source).toList();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                parley.export.VectorExporter.export(shown, srcs, options, out, format);
                return out;
            }
        };
        task.setOnSucceeded(e -> status.set("Exported " + out.getFileName()));
        task.setOnFailed(e -> status.set("Export failed: " + message(task.getException())));
        executor.execute(task);
        return task;
    }

    /** Writes the events the timeline shows (after the participant filter) in this format, in the background. */
    public Task<Path> exportEvents(Path out, EventFormat format) {
        List<Event> shown = timelineIndex.get().events();
        List<Source> srcs = sources.stream().map(SourceRow::source).toList();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                // The timeline's rows carry no sentences; the files carry everything, so the events are read whole.
                Set<Long> ids = new java.util.HashSet<>();
                shown.forEach(e -> ids.add(e.id()));
                List<Event> whole = store.events().stream().filter(e -> ids.contains(e.id())).toList();
                java.nio.file.Files.writeString(out, format.write(srcs, whole), java.nio.charset.StandardCharsets.UTF_8);
                return out;
            }
        };
        task.setOnSucceeded(e -> status.set("Exported " + shown.size() + (shown.size() == 1 ? " event" : " events")
                + " to " + out.getFileName()));
        task.setOnFailed(e -> status.set("Export failed: " + message(task.getException())));
        executor.execute(task);
        return task;
    }

    private void applyParticipantFilter() {
        String f = participantFilter.get() == null ? "" : participantFilter.get().strip().toLowerCase(Locale.ROOT);
        shownParticipants.setPredicate(f.isEmpty() ? null : p -> p.name().toLowerCase(Locale.ROOT).contains(f));
    }

    /** True while a participant is ticked or a legend entry is off: the timeline then shows fewer events. */
    private boolean filtering() {
        return !checked.isEmpty() || !legendFilter.get().isEmpty();
    }

    /**
     * With no participant ticked every event shows; otherwise those involving any ticked one (absences too). Types
     * and statuses switched off in the legend are left out either way. The filtered index is built in the
     * background; the executor runs tasks in order, so the last tick wins. The status bar says how many are shown
     * and what hides the rest.
     */
    private void updateTimelineEvents() {
        List<Event> all = List.copyOf(events);
        Set<String> names = Set.copyOf(checked);
        LegendFilter legend = legendFilter.get();
        int sourceCount = sources.size();
        Task<TimelineIndex> task = new Task<>() {
            @Override
            protected TimelineIndex call() {
                if (names.isEmpty() && legend.isEmpty()) {
                    return new TimelineIndex(all);
                }
                return new TimelineIndex(all.stream().filter(legend::shows)
                        .filter(e -> names.isEmpty()
                                || e.participants().stream().anyMatch(p -> names.contains(p.name()))).toList());
            }
        };
        task.setOnSucceeded(e -> {
            timelineIndex.set(task.getValue());
            status.set(countText(all.size(), task.getValue().events().size(), sourceCount, legend, names.size()));
        });
        executor.execute(task);
    }

    /** "20 events from 3 sources", or with filters "12 of 20 events shown · hidden: Call, Planned · 3 sources". */
    static String countText(int total, int shown, int sources, LegendFilter legend, int ticked) {
        String from = sources + (sources == 1 ? " source" : " sources");
        if (legend.isEmpty() && ticked == 0) {
            return total + (total == 1 ? " event" : " events") + " from " + from;
        }
        List<String> why = new ArrayList<>();
        if (!legend.isEmpty()) {
            why.add("hidden: " + legend.describe());
        }
        if (ticked > 0) {
            why.add("only " + ticked + (ticked == 1 ? " ticked participant" : " ticked participants"));
        }
        return shown + " of " + total + (total == 1 ? " event" : " events") + " shown · " + String.join(" · ", why)
                + " · " + from;
    }

    /** Types and statuses switched off by clicking the timeline's legend; the timeline leaves their events out. */
    public ObjectProperty<LegendFilter> legendFilterProperty() {
        return legendFilter;
    }

    private static String message(Throwable t) {
        return t == null ? "unknown error" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    public ObservableList<Event> events() {
        return FXCollections.unmodifiableObservableList(events);
    }

    /** What the timeline shows: the events passing the participant filter, indexed off the FX thread. */
    public ReadOnlyObjectProperty<TimelineIndex> timelineIndexProperty() {
        return timelineIndex.getReadOnlyProperty();
    }

    public ObservableList<ParticipantRow> participants() {
        return shownParticipants;
    }

    public StringProperty participantFilterProperty() {
        return participantFilter;
    }

    /** Names of the participants ticked in the panel. */
    public ObservableSet<String> checkedParticipants() {
        return checked;
    }

    public ObservableList<SourceRow> sources() {
        return FXCollections.unmodifiableObservableList(sources);
    }

    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    /** Events matching the words (participant, place, title, sentences), in time order, at most {@code limit}. */
    public List<Event> search(String query, int limit) {
        if (search == null) {
            // Typed before the sentences were read: search the rows (everything but the sentences) meanwhile.
            search = new EventSearch(events);
        }
        return search.find(query, limit);
    }

    /** The source picked in the sources panel (without its text). */
    public ObjectProperty<SourceRow> selectedSourceProperty() {
        return selectedSource;
    }

    /** The picked source with its text, once read from the store. */
    public ReadOnlyObjectProperty<Source> openedSourceProperty() {
        return openedSource.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing;
    }

    public DoubleProperty importProgressProperty() {
        return importProgress;
    }

    public StringProperty importMessageProperty() {
        return importMessage;
    }

    public ReadOnlyObjectProperty<ImportSummary> lastSummaryProperty() {
        return lastSummary.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** True while there is no event to show: the window then invites the user to drop articles. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** The source with this id, with its text, for the evidence panel. */
    public java.util.Optional<SourceRow> sourceRow(long id) {
        return sources.stream().filter(s -> s.source().id() == id).findFirst();
    }
}
