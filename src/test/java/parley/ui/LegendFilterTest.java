package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.export.VectorExporter;
import parley.timeline.Frame;
import parley.timeline.LegendFilter;

/**
 * In the window: clicking legend entries hides and shows types and statuses (the status bar says what is hidden,
 * the desk keeps it), the participants' kind labels are never cut off, and File → Export PDF writes what is shown.
 */
class LegendFilterTest extends SampleWindowTest {
    @TempDir
    Path dir;

    LegendFilterTest() {
        super(1200, 760);
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void settle() throws Exception {
        Settle.rounds(worker, 3);
    }

    private void clickLegend(FxRobot robot, Object key) {
        Frame.Hit hit = view.timeline().lastFrameProperty().get().hits().stream().filter(h -> h.key() == key)
                .findFirst().orElseThrow(() -> new AssertionError("no legend entry " + key));
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        Point2D at = canvas.localToScreen(hit.x() + hit.w() / 2, hit.y() + hit.h() / 2);
        robot.clickOn(at);
    }

    private List<Event> shown() {
        return view.timeline().indexProperty().get().events();
    }

    @Test
    void clickingLegendEntriesHidesAndShowsTypesAndStatuses(FxRobot robot) throws Exception {
        settle();
        int all = shown().size();
        assertThat(shown()).anyMatch(e -> e.type() == EventType.CALL);
        long calls = shown().stream().filter(e -> e.type() == EventType.CALL).count();

        clickLegend(robot, EventType.CALL);
        settle();
        assertThat(shown()).noneMatch(e -> e.type() == EventType.CALL).hasSize((int) (all - calls));
        assertThat(view.viewModel().legendFilterProperty().get().hides(EventType.CALL)).isTrue();
        String status = robot.lookup("#status").queryLabeled().getText();
        assertThat(status).isEqualTo((all - calls) + " of " + all + " events shown · hidden: Call · 3 sources");

        clickLegend(robot, EventStatus.PLANNED);
        settle();
        assertThat(shown()).noneMatch(e -> e.type() == EventType.CALL || e.status() == EventStatus.PLANNED);
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("hidden: Call, Planned");

        // The desk keeps the filter: a new window restored from the captured state hides the same.
        DeskState saved = view.capture(0, 0, 1200, 760, false);
        assertThat(saved.hiddenTypes()).containsExactly("CALL");
        assertThat(saved.hiddenStatuses()).containsExactly("PLANNED");
        assertThat(saved.legendFilter()).isEqualTo(view.viewModel().legendFilterProperty().get());

        clickLegend(robot, EventType.CALL);
        clickLegend(robot, EventStatus.PLANNED);
        settle();
        assertThat(shown()).hasSize(all);
        assertThat(view.viewModel().legendFilterProperty().get()).isEqualTo(LegendFilter.NONE);
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo(all + " events from 3 sources");

        robot.interact(() -> view.restore(saved));
        settle();
        assertThat(shown()).noneMatch(e -> e.type() == EventType.CALL || e.status() == EventStatus.PLANNED);

        // View → Show offers the same switches, ticked as the legend is.
        var show = view.menuBar().getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-show".equals(i.getId())).map(javafx.scene.control.Menu.class::cast).findFirst()
                .orElseThrow();
        var callItem = show.getItems().stream().filter(i -> "menu-show-call".equals(i.getId()))
                .map(javafx.scene.control.CheckMenuItem.class::cast).findFirst().orElseThrow();
        assertThat(callItem.isSelected()).isFalse();
        robot.interact(callItem::fire);
        settle();
        assertThat(callItem.isSelected()).isTrue();
        assertThat(shown()).anyMatch(e -> e.type() == EventType.CALL);
    }

    @Test
    void theKindOfEveryParticipantIsShownWholeAtAnyPanelWidth(FxRobot robot) throws Exception {
        settle();
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        ListView<?> list = robot.lookup("#participant-list").queryAs(ListView.class);
        for (double share : new double[] {0.08, 0.12, 0.19, 0.3}) {
            robot.interact(() -> split.setDividerPosition(0, share));
            WaitForAsyncUtils.waitForFxEvents();
            List<Label> kinds = robot.lookup("#participant-list .participant-kind").queryAllAs(Label.class).stream()
                    .filter(l -> l.isVisible() && l.getText() != null && !l.getText().isEmpty()
                            && l.getScene() != null && l.getParent().getParent() != null
                            && ((javafx.scene.control.ListCell<?>) l.getParent().getParent()).getItem() != null)
                    .toList();
            assertThat(kinds).as("at %.2f of the width", share).isNotEmpty();
            for (Label kind : kinds) {
                double needed = kind.prefWidth(-1);
                assertThat(kind.getWidth()).as("'%s' at %.2f", kind.getText(), share).isGreaterThanOrEqualTo(needed - 0.5);
                var inList = list.sceneToLocal(kind.localToScene(kind.getLayoutBounds()));
                assertThat(inList.getMaxX()).as("'%s' inside the list at %.2f", kind.getText(), share)
                        .isLessThanOrEqualTo(list.getWidth() + 0.5);
                assertThat(inList.getMinX()).isGreaterThanOrEqualTo(-0.5);
            }
        }
    }

    @Test
    void exportPdfFromTheWindowHoldsTheTitlesShown(FxRobot robot) throws Exception {
        settle();
        var file = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
        assertThat(file.getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .contains("menu-export-pdf", "menu-export-svg");
        Path pdf = dir.resolve("desk.pdf");
        var task = new java.util.concurrent.atomic.AtomicReference<javafx.concurrent.Task<Path>>();
        robot.interact(() -> task.set(view.exportVector(pdf, new PngExportChoice(true, 1, 0, "Summer talks"),
                VectorExporter.Format.PDF)));
        assertThat(task.get().get(30, TimeUnit.SECONDS)).isEqualTo(pdf);
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Summer talks", "Summit: Trump, Putin in Alaska", "Strikes on Kyiv",
                    "Coalition of the willing meets");
        }
    }
}
