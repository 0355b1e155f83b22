package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import parley.domain.Event;
import parley.domain.Mention;

/**
 * The window over a store whose timeline rows carry no sentences (as the real store's): the sentences still reach
 * the details pane, the search and the event exports, read on demand.
 */
@ExtendWith(ApplicationExtension.class)
class LazySentencesTest {
    @TempDir
    Path dir;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final AtomicInteger wholeReads = new AtomicInteger();
    private MainView view;

    /** The sample store, its timeline rows stripped of sentences like the real store's. */
    private final FakeEventStore store = new FakeEventStore() {
        @Override
        public synchronized List<Event> timelineEvents() {
            return events().stream().map(LazySentencesTest::row).toList();
        }

        @Override
        public synchronized java.util.Optional<Event> event(long id) {
            wholeReads.incrementAndGet();
            return super.event(id);
        }
    };

    static Event row(Event e) {
        List<Mention> bare = e.mentions().stream().map(m -> new Mention(m.sourceId(), m.start(), m.end(), null, null))
                .toList();
        return new Event(e.id(), e.type(), e.title(), e.date(), e.derivation(), e.location(), e.status(),
                e.participants(), bare, e.disagreements(), e.confirmed(), e.edited());
    }

    @Start
    void start(Stage stage) {
        SampleData.fill(store);
        view = new MainView(store, null, worker, stage::close);
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            worker.submit(() -> { }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private Event shown(String title) {
        return view.timeline().getEvents().stream().filter(e -> title.equals(e.title())).findFirst().orElseThrow();
    }

    @Test
    void theDetailsPaneShowsTheSentencesReadForTheSelection(FxRobot robot) throws Exception {
        settle();
        Event row = shown("Summit: Trump, Putin in Alaska");
        assertThat(row.mentions()).isNotEmpty().allSatisfy(m -> assertThat(m.text()).isNull());
        robot.interact(() -> view.viewModel().selectedEventProperty().set(row));
        settle();
        assertThat(wholeReads.get()).isPositive();
        assertThat(robot.lookup(".details-quote").queryAll()).extracting(n -> ((Labeled) n).getText())
                .containsExactly("“The two presidents are due to meet in Anchorage on Friday, and Kyiv has not been "
                        + "invited to the table.”");
        assertThat(view.viewModel().selectedDetailsProperty().get().id()).isEqualTo(row.id());
        // The selection stays the timeline's own row: the timeline keeps it highlighted.
        assertThat(view.timeline().getSelectedEvent()).isSameAs(row);
    }

    @Test
    void theSearchFindsWordsOfTheSentencesOnceTheyAreReadAndGivesTheTimelinesRows(FxRobot robot)
            throws Exception {
        settle();
        assertThat(view.viewModel().sentencesSearchableProperty().get()).isTrue();
        List<Event> found = view.viewModel().search("anchorage", 10);
        assertThat(found).extracting(Event::title).containsExactly("Summit: Trump, Putin in Alaska");
        assertThat(found.get(0)).isSameAs(shown("Summit: Trump, Putin in Alaska"));
    }

    @Test
    void eventExportsCarryTheSentences(FxRobot robot) throws Exception {
        settle();
        Path out = dir.resolve("events.json");
        robot.interact(() -> view.viewModel().exportEvents(out, EventFormat.JSON));
        settle();
        assertThat(Files.readString(out)).contains("due to meet in Anchorage on Friday");
    }
}
