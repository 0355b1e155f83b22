package parley.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import parley.domain.EventStore;
import parley.domain.Importer;
import parley.export.ExportOptions;
import parley.export.VectorExporter;
import parley.timeline.TickUnit;
import parley.timeline.TimeScale;
import parley.timeline.TimelineView;

/**
 * The main window's content, built from the two ports so tests can hand it fakes: menu, participants on the left,
 * the timeline in the centre, sources and the selected event on the right, the status bar below. Files dropped
 * anywhere on it are imported.
 */
public final class MainView extends BorderPane {
    public static final String STYLESHEET = "/parley/ui/parley.css";

    private final MainViewModel vm;
    private final TimelineView timeline = new TimelineView();
    private final Runnable quit;
    /** File → Open team store…: what the application does to show another store (nothing until it says). */
    private Runnable openTeamStore = () -> { };
    private final Executor executor;
    private SearchBox search;
    private MenuBar menuBar;
    private final javafx.beans.property.ObjectProperty<Theme> theme =
            new javafx.beans.property.SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private EventDetails details;
    private SourcesPanel sourcesPanel;

    public MainView(EventStore store, Importer importer, Executor executor, Runnable quit) {
        this.vm = new MainViewModel(store, importer, executor);
        this.quit = quit;
        this.executor = executor;
        getStyleClass().add("main-view");
        getStylesheets().setAll(Theme.LIGHT.stylesheetUrls());
        theme.addListener((o, a, t) -> applyTheme());
        timeline.setId("timeline");
        timeline.setIndex(vm.timelineIndexProperty().get());
        vm.timelineIndexProperty().addListener((o, a, index) -> timeline.setIndex(index));
        timeline.freshEventsProperty().bind(vm.freshEventsProperty());
        timeline.selectedEventProperty().bindBidirectional(vm.selectedEventProperty());
        // Clicking a legend entry on the timeline switches it; the view model leaves those events out.
        timeline.legendFilterProperty().bindBidirectional(vm.legendFilterProperty());
        // The launch outline is only looked at: no hover card, click or drag acts on its partial rows.
        timeline.mouseTransparentProperty().bind(vm.outlineShownProperty());
        vm.outlineAllowedProperty().bind(timeline.participantLanesProperty().not());
        // Read while the panels are built: the worker's results are applied on this thread once the window is up.
        vm.refresh();

        EmptyState empty = new EmptyState(this::chooseAndImport, this::importSamples, javafx.beans.binding.Bindings.size(vm.sources()));
        empty.visibleProperty().bind(vm.emptyProperty());
        StackPane centre = new StackPane(timeline, empty);
        centre.getStyleClass().add("timeline-area");

        details = new EventDetails(vm);
        timeline.onOpenProperty().set(e -> details.reveal());
        sourcesPanel = new SourcesPanel(vm);
        SplitPane right = new SplitPane(sourcesPanel, details);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.5);
        right.getStyleClass().add("right-split");
        SplitPane split = new SplitPane(new ParticipantsPanel(vm), centre, right);
        split.setDividerPositions(0.19, 0.76);
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
        SplitPane.setResizableWithParent(right, false);

        setTop(topBar(menu()));
        setCenter(split);
        setBottom(new StatusBar(vm));
        FileDrop.install(this, this::importDropped);
        // Keys should drive the timeline from the start, not type into the participant filter.
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(this::applyTheme);
                javafx.application.Platform.runLater(timeline::requestFocus);
                scene.focusOwnerProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Node> obs, Node was,
                                        Node now) {
                        // The first focus the scene hands out goes to the timeline, once.
                        if (now != null) {
                            obs.removeListener(this);
                            if (now != timeline) {
                                timeline.requestFocus();
                            }
                        }
                    }
                });
            }
        });
    }

    /** What File → Open team store… does (the application asks for the address and switches stores). */
    public void onOpenTeamStore(Runnable action) {
        openTeamStore = action;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /**
     * Turns on analyst review: the Edit menu (undo, redo, confirm, edit, delete, add from a selected sentence, merge,
     * split, history, review queue, re-extract all), the review bar above the selected event and its edit history
     * below its evidence. Kept out of the constructor so views over fake ports need none of it.
     */
    public ReviewModel enableReview(parley.review.Review review, java.util.function.IntSupplier reextractAll) {
        ReviewModel model = new ReviewModel(review, vm, executorOf(), reextractAll);
        javafx.beans.binding.Bindings.bindContent(model.selection(), timeline.selectedIds());
        java.util.function.Consumer<parley.domain.Event> edit = e -> EventEditDialog.show(window(), e)
                .ifPresent(changed -> model.update(e, changed));
        EventHistoryView history = new EventHistoryView(model);
        details.addSection(history);
        SourceText text = sourcesPanel.text();
        EventActions actions = new EventActions(model, text, details, history, this::window);
        text.onAddFromSelectionProperty().set(actions::addFromSelection);
        menuBar.getMenus().add(Math.min(1, menuBar.getMenus().size()), EditMenu.build(model, actions, timeline, text,
                edit, () -> ReviewQueueView.open(window(), model, edit)));
        ReviewBar.installIn(this, new ReviewBar(model, edit, actions));
        return model;
    }

    /** The opened article's text in the sources panel. */
    SourceText sourceText() {
        return sourcesPanel.text();
    }

    /** The window's menu bar (it sits in the top bar beside the search field). */
    MenuBar menuBar() {
        return menuBar;
    }

    /** What a drop does: import the files and folders. */
    void importDropped(List<File> files) {
        vm.importFiles(files);
    }

    /** Imports the sample articles shipped in the jar, copied to a fresh temporary folder. */
    public javafx.concurrent.Task<parley.domain.ImportSummary> importSamples() {
        try {
            Path folder = java.nio.file.Files.createTempDirectory("parley-samples");
            return vm.importPaths(SampleArticles.copyTo(folder));
        } catch (java.io.IOException e) {
            vm.statusProperty().set("Could not unpack the sample articles: " + e.getMessage());
            return null;
        }
    }

    private MenuBar menu() {
        MenuItem importItem = new MenuItem("Import…");
        importItem.setId("menu-import");
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        importItem.setOnAction(e -> chooseAndImport());
        MenuItem export = new MenuItem("Export PNG…");
        export.setId("menu-export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> chooseAndExport());
        MenuItem quitItem = new MenuItem("Quit");
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quitItem.setOnAction(e -> quit.run());
        MenuItem pdf = new MenuItem("Export PDF…");
        pdf.setId("menu-export-pdf");
        pdf.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+P"));
        pdf.setOnAction(e -> chooseAndExportVector(VectorExporter.Format.PDF));
        MenuItem svg = new MenuItem("Export SVG…");
        svg.setId("menu-export-svg");
        svg.setOnAction(e -> chooseAndExportVector(VectorExporter.Format.SVG));
        MenuItem team = new MenuItem("Open team store…");
        team.setId("menu-open-team-store");
        team.setOnAction(e -> openTeamStore.run());
        Menu file = new Menu("File", null, team, new SeparatorMenuItem(), importItem, export, pdf, svg,
                new SeparatorMenuItem(), quitItem);
        file.getItems().addAll(6, eventExportItems());
        MenuItem fit = new MenuItem("Fit all");
        fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        fit.setOnAction(e -> timeline.fitAll());
        MenuItem zoomIn = new MenuItem("Zoom in");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+Plus"));
        zoomIn.setOnAction(e -> timeline.zoomIn());
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+Minus"));
        zoomOut.setOnAction(e -> timeline.zoomOut());
        Menu view = new Menu("View", null, fit, zoomIn, zoomOut);
        view.getItems().addAll(new SeparatorMenuItem(), lanesItem(), legendMenu(), themeMenu(), new SeparatorMenuItem(),
                findItem());
        view.getItems().addAll(2, navigationItems());
        return new MenuBar(file, view);
    }

    private Executor executorOf() {
        return executor;
    }

    /** The menu bar with the search field at its right. */
    private javafx.scene.layout.HBox topBar(MenuBar bar) {
        menuBar = bar;
        bar.getMenus().add(helpMenu());
        search = new SearchBox(vm, this::jumpTo, timeline::requestFocus);
        javafx.scene.layout.HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox top = new javafx.scene.layout.HBox(bar, search);
        top.getStyleClass().add("top-bar");
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return top;
    }

    private List<MenuItem> navigationItems() {
        MenuItem today = new MenuItem("Today");
        today.setId("menu-today");
        today.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        today.setOnAction(e -> timeline.goToToday());
        MenuItem goTo = new MenuItem("Go to date…");
        goTo.setId("menu-go-to-date");
        goTo.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        goTo.setOnAction(e -> askDate());
        return List.of(today, goTo);
    }

    /** Asks for a day and centres the timeline on it. */
    private void askDate() {
        javafx.scene.control.Dialog<LocalDate> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle("Go to date");
        dialog.setHeaderText("Centre the timeline on a day");
        javafx.scene.control.DatePicker picker = new javafx.scene.control.DatePicker(
                TickUnit.dateTime(timeline.getScale().time(timeline.getScale().width() / 2)).toLocalDate());
        picker.setId("go-to-date-picker");
        dialog.getDialogPane().setContent(picker);
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == javafx.scene.control.ButtonType.OK ? picker.getValue() : null);
        if (window() != null) {
            dialog.initOwner(window());
        }
        javafx.application.Platform.runLater(picker::requestFocus);
        dialog.showAndWait().ifPresent(timeline::goToDate);
    }

    /**
     * View → Show: the legend's click-to-hide from the keyboard and for whoever looks for it in the menus; ticks
     * follow the filter however it changes.
     */
    private Menu legendMenu() {
        Menu menu = new Menu("Show");
        menu.setId("menu-show");
        List<Object> keys = new java.util.ArrayList<>(List.of(parley.domain.EventType.values()));
        keys.add(null);
        keys.addAll(List.of(parley.domain.EventStatus.PLANNED, parley.domain.EventStatus.PROPOSED,
                parley.domain.EventStatus.CANCELLED));
        for (Object key : keys) {
            if (key == null) {
                menu.getItems().add(new SeparatorMenuItem());
                continue;
            }
            String label = key instanceof parley.domain.EventType t ? parley.timeline.EventGlyphs.label(t)
                    : parley.timeline.LegendFilter.label((parley.domain.EventStatus) key);
            javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(label);
            item.setId("menu-show-" + ((Enum<?>) key).name().toLowerCase(java.util.Locale.ROOT));
            Runnable sync = () -> item.setSelected(!hides(vm.legendFilterProperty().get(), key));
            sync.run();
            vm.legendFilterProperty().addListener((o, a, b) -> sync.run());
            item.setOnAction(e -> vm.legendFilterProperty().set(vm.legendFilterProperty().get().toggle(key)));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static boolean hides(parley.timeline.LegendFilter f, Object key) {
        return key instanceof parley.domain.EventType t ? f.hides(t) : f.hides((parley.domain.EventStatus) key);
    }

    private Menu themeMenu() {
        Menu menu = new Menu("Theme");
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        for (Theme t : Theme.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(t.label());
            item.setId("menu-theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(theme.get() == t);
            item.setOnAction(e -> theme.set(t));
            theme.addListener((o, a, now) -> item.setSelected(now == t));
            menu.getItems().add(item);
        }
        MenuItem toggle = new MenuItem("Switch theme");
        toggle.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        toggle.setOnAction(e -> theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK));
        menu.getItems().addAll(new SeparatorMenuItem(), toggle);
        return menu;
    }

    private Menu helpMenu() {
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setId("menu-shortcuts");
        keys.setAccelerator(KeyCombination.keyCombination("F1"));
        keys.setOnAction(e -> Shortcuts.show(window()));
        MenuItem about = new MenuItem("About Parley");
        about.setId("menu-about");
        about.setOnAction(e -> showAbout());
        return new Menu("Help", null, keys, new SeparatorMenuItem(), about);
    }

    /** "Parley 0.1.0" and what it is, for Help → About. */
    static String aboutText() {
        return "Parley " + parley.core.AppVersion.current() + "\n\nDiplomatic events from news articles, on a timeline"
                + " with the sentences that support them.";
    }

    private void showAbout() {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                aboutText());
        alert.setTitle("About Parley");
        alert.setHeaderText("Parley " + parley.core.AppVersion.current());
        if (window() != null) {
            alert.initOwner(window());
        }
        alert.showAndWait();
    }

    /** The desk as it is now (window bounds are the caller's: the view does not own its window). */
    public DeskState capture(double x, double y, double width, double height, boolean maximized) {
        TimeScale s = timeline.getScale();
        boolean fitted = timeline.isFollowingData();
        var lanes = timeline.laneSettingsProperty().get();
        return new DeskState(x, y, width, height, maximized, fitted ? Double.NaN : s.start(),
                fitted ? Double.NaN : s.secondsPerPx(), timeline.participantLanesProperty().get(), theme.get().name(),
                lanes.order(), lanes.pinned(), lanes.hidden(), vm.legendFilterProperty().get().typeNames(),
                vm.legendFilterProperty().get().statusNames());
    }

    /**
     * Puts the view back as it was left: theme, layout, lanes, the legend entries switched off and the visible range
     * (unless it was "fit all").
     */
    public void restore(DeskState state) {
        theme.set(state.themeValue());
        timeline.laneSettingsProperty().set(new parley.timeline.LaneSettings(state.laneOrder(), state.pinnedLanes(),
                state.hiddenLanes()));
        timeline.participantLanesProperty().set(state.lanes());
        vm.legendFilterProperty().set(state.legendFilter());
        if (state.hasView()) {
            timeline.showExactly(state.viewStart(), state.secondsPerPx());
        }
    }

    /** The colour theme; changing it restyles the window, its popups and the timeline at once. */
    public javafx.beans.property.ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    private void applyTheme() {
        getStylesheets().setAll(theme.get().stylesheetUrls());
        getStyleClass().removeAll("theme-light", "theme-dark");
        getStyleClass().add("theme-" + theme.get().name().toLowerCase(java.util.Locale.ROOT));
        // Menus and dialogs are windows of their own: they follow the scene's stylesheets.
        if (getScene() != null && getScene().getRoot() == this) {
            getScene().getStylesheets().setAll(theme.get().stylesheetUrls());
        }
    }

    private MenuItem lanesItem() {
        javafx.scene.control.CheckMenuItem lanes = new javafx.scene.control.CheckMenuItem("Lanes by participant");
        lanes.setId("menu-lanes");
        lanes.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        lanes.selectedProperty().bindBidirectional(timeline.participantLanesProperty());
        return lanes;
    }

    private MenuItem findItem() {
        MenuItem find = new MenuItem("Find event…");
        find.setId("menu-find");
        find.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        find.setOnAction(e -> focusSearch());
        return find;
    }

    /** Puts the cursor in the search field with its text selected. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** Selects the event, brings it into view and gives the keys back to the timeline. */
    public void jumpTo(parley.domain.Event e) {
        timeline.reveal(e);
        timeline.requestFocus();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseAndImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import articles");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Articles", "*.txt", "*.md", "*.html", "*.htm", "*.pdf", "*.eml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            vm.importFiles(files);
        }
    }

    private void chooseAndExport() {
        PngExportDialog dialog = new PngExportDialog(timeline.getWidth(), timeline.getHeight());
        if (window() != null) {
            dialog.initOwner(window());
        }
        PngExportChoice choice = dialog.showAndWait().orElse(null);
        if (choice == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export timeline as PNG");
        chooser.setInitialFileName("parley-timeline.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportPng(file.toPath(), choice);
        }
    }

    private void chooseAndExportVector(VectorExporter.Format format) {
        String name = format.name();
        PngExportDialog dialog = new PngExportDialog(timeline.getWidth(), timeline.getHeight(), name,
                format == VectorExporter.Format.PDF ? "a PDF page with real, searchable text"
                        : "an SVG drawing with real text");
        if (window() != null) {
            dialog.initOwner(window());
        }
        PngExportChoice choice = dialog.showAndWait().orElse(null);
        if (choice == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export timeline as " + name);
        chooser.setInitialFileName("parley-timeline." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(name, "*." + format.extension()));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            exportVector(file.toPath(), choice, format);
        }
    }

    /** Exports the timeline as a PDF or SVG as the dialog chose, in the background. */
    public javafx.concurrent.Task<Path> exportVector(Path out, PngExportChoice choice, VectorExporter.Format format) {
        TimeScale s = timeline.getScale();
        return vm.exportVector(out, choice.options(timeline.getWidth(), timeline.getHeight(),
                TickUnit.dateTime(s.start()).toLocalDate(), TickUnit.dateTime(s.end()).toLocalDate()), format);
    }

    /** Exports the timeline as the dialog chose, in the background. */
    public javafx.concurrent.Task<Path> exportPng(Path out, PngExportChoice choice) {
        TimeScale s = timeline.getScale();
        return vm.exportPng(out, choice.options(timeline.getWidth(), timeline.getHeight(),
                TickUnit.dateTime(s.start()).toLocalDate(), TickUnit.dateTime(s.end()).toLocalDate()));
    }

    private List<MenuItem> eventExportItems() {
        List<MenuItem> items = new java.util.ArrayList<>();
        for (EventFormat f : EventFormat.values()) {
            MenuItem item = new MenuItem("Export events as " + f.label() + "…");
            item.setId("menu-export-" + f.name().toLowerCase(java.util.Locale.ROOT));
            item.setAccelerator(KeyCombination.keyCombination(f.accelerator()));
            item.setOnAction(e -> chooseAndExportEvents(f));
            items.add(item);
        }
        return items;
    }

    private void chooseAndExportEvents(EventFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export events as " + format.label());
        chooser.setInitialFileName("parley-events." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            vm.exportEvents(file.toPath(), format);
        }
    }

    /** Exports what the timeline shows now (its visible range) at this size, in the background. */
    public javafx.concurrent.Task<Path> exportTo(Path out, int width, int height) {
        TimeScale s = timeline.getScale();
        LocalDate from = TickUnit.dateTime(s.start()).toLocalDate();
        LocalDate to = TickUnit.dateTime(s.end()).toLocalDate();
        return vm.exportPng(out, new ExportOptions(width, height, from, to, "Parley timeline"));
    }
}
