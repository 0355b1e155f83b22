package parley.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;

/**
 * Fit all shows where the events crowd: a story of three weeks with one event recalled from years before and one
 * announced for years later is fitted to the three weeks, the two far-off events counted at the edges, and a click
 * on a count widens the view to them.
 */
@ExtendWith(ApplicationExtension.class)
class StoryFitTest {
    private static final LocalDate STORY = LocalDate.of(2025, 3, 3);
    private static final LocalDate LONG_AGO = LocalDate.of(2009, 6, 15);
    private static final LocalDate FAR_AHEAD = LocalDate.of(2031, 1, 20);
    private TimelineView view;

    private static Event at(long id, EventType type, LocalDate day, String title) {
        return new Event(id, type, title, EventDate.day(day), null, null, EventStatus.HELD, List.of(), List.of(),
                List.of());
    }

    static List<Event> story() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            out.add(at(i + 1, EventType.values()[i % 4], STORY.plusDays(i), "Round " + (i + 1) + " of the talks"));
        }
        out.add(at(100, EventType.VISIT, LONG_AGO, "The visit the articles recall"));
        out.add(at(101, EventType.SUMMIT, FAR_AHEAD, "The summit planned for later"));
        return out;
    }

    private static double day(LocalDate d) {
        return d.toEpochDay() * TimeScale.DAY;
    }

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        view.setEvents(story());
        stage.setScene(new Scene(new StackPane(view), 1100, 600));
        stage.show();
    }

    @BeforeEach
    void ready() throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> view.getScene().getWindow().isShowing() && view.getWidth() > 0
                        && view.lastFrameProperty().get() != Frame.EMPTY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theStoryFillsTheViewAndTheOutliersAreCountedAtTheEdges() {
        TimeScale s = view.getScale();
        assertThat(s.start()).as("the fit starts after the recalled visit").isGreaterThan(day(LONG_AGO));
        assertThat(s.end()).as("and ends before the far summit").isLessThan(day(FAR_AHEAD));
        assertThat(s.start()).isLessThanOrEqualTo(day(STORY));
        assertThat(s.end()).isGreaterThanOrEqualTo(day(STORY.plusDays(18)));
        assertThat(s.end() - s.start()).as("three weeks, not twenty-two years").isLessThan(90 * TimeScale.DAY);
        Frame frame = view.lastFrameProperty().get();
        assertThat(frame.edge(Frame.Edge.EARLIER).count()).isEqualTo(1);
        assertThat(frame.edge(Frame.Edge.LATER).count()).isEqualTo(1);
        assertThat(frame.marks().placed()).hasSize(18);
    }

    @Test
    void clickingTheEarlierCountWidensTheViewToTheRecalledVisit(FxRobot robot) {
        Frame.Hit earlier = view.lastFrameProperty().get().edge(Frame.Edge.EARLIER);
        Canvas canvas = robot.lookup(".timeline-canvas").queryAs(Canvas.class);
        Point2D at = canvas.localToScreen(earlier.x() + earlier.w() / 2, earlier.y() + earlier.h() / 2);
        double end = view.getScale().end();
        robot.clickOn(at, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        TimeScale s = view.getScale();
        assertThat(s.start()).isLessThan(day(LONG_AGO));
        assertThat(s.end()).as("the other edge stays about where it was").isBetween(end - 400 * TimeScale.DAY,
                end + 400 * TimeScale.DAY);
        assertThat(view.isFollowingData()).isFalse();
        Frame frame = view.lastFrameProperty().get();
        assertThat(frame.edge(Frame.Edge.EARLIER)).as("nothing lies before the view now").isNull();
        assertThat(frame.edge(Frame.Edge.LATER).count()).isEqualTo(1);

        robot.interact(view::fitAll);
        assertThat(view.getScale().start()).as("Fit all brings the story back").isGreaterThan(day(LONG_AGO));
    }

    @Test
    void theCountsFollowAnyViewNotOnlyTheFit() {
        TimelineIndex index = view.indexProperty().get();
        TimeScale all = TimeScale.fit(day(LONG_AGO), day(FAR_AHEAD) + TimeScale.DAY, 1000, 0.04);
        assertThat(TimelinePainter.beyond(index, all)).containsExactly(0, 0);
        TimeScale middle = TimeScale.fit(day(STORY.plusDays(5)), day(STORY.plusDays(8)), 1000, 0);
        int[] counts = TimelinePainter.beyond(index, middle);
        assertThat(counts[0]).isEqualTo(1 + 5);
        // Rounds 6 to 8 are in view (their days end inside it); round 9 starts where the view ends.
        assertThat(counts[1]).isEqualTo(1 + 18 - 8);
    }
}
