package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.Start;

import javafx.stage.Stage;

import parley.export.ExportOptions;

/** File → Export: the PNG dialog's choices and the event exports (JSON, CSV, iCalendar) of what the timeline shows. */
class ExportMenuTest extends SampleWindowTest {
    @TempDir
    Path dir;

    ExportMenuTest() {
        super(1200, 760);
    }

    @Start
    void start(Stage stage) {
        show(stage);
    }

    private void settle() throws Exception {
        worker.submit(() -> { }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDialogsChoicesBecomeExportOptions() {
        LocalDate a = LocalDate.of(2025, 8, 1);
        LocalDate b = LocalDate.of(2025, 9, 1);
        ExportOptions view2x = new PngExportChoice(false, 2, 0, " Brief ").options(800, 500, a, b);
        assertThat(view2x).isEqualTo(new ExportOptions(1600, 1000, a, b, "Brief"));
        ExportOptions whole = new PngExportChoice(true, 1, 0, "").options(800, 500, a, b);
        assertThat(whole).isEqualTo(new ExportOptions(800, 500, null, null, null));
        ExportOptions wide = new PngExportChoice(true, 2, 20_000, "x").options(800, 500, a, b);
        assertThat(wide.width()).isEqualTo(20_000);
        assertThat(wide.height()).isEqualTo(1000);
    }

    @Test
    void pngAtTwiceTheViewAndEveryEventFormat(FxRobot robot) throws Exception {
        settle();
        Path png = dir.resolve("t.png");
        var task = new java.util.concurrent.atomic.AtomicReference<javafx.concurrent.Task<Path>>();
        robot.interact(() -> task.set(view.exportPng(png, new PngExportChoice(true, 2, 0, "Brief"))));
        assertThat(task.get().get(30, TimeUnit.SECONDS)).isEqualTo(png);
        var img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo((int) Math.round(2 * view.timeline().getWidth()));

        int shown = view.timeline().getEvents().size();
        for (EventFormat f : EventFormat.values()) {
            Path out = dir.resolve("events." + f.extension());
            robot.interact(() -> view.viewModel().exportEvents(out, f));
            settle();
            String text = Files.readString(out);
            switch (f) {
                case JSON -> assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(text)
                        .get("events").size()).isEqualTo(shown);
                case CSV -> assertThat(text.split("\r\n")).hasSize(shown + 1);
                case ICS -> assertThat(text.split("BEGIN:VEVENT", -1).length - 1).isEqualTo(
                        (int) view.timeline().getEvents().stream().filter(e -> e.date().start() != null).count());
            }
        }
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("Exported " + shown
                + " events to events.ics");
        var file = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().get(0);
        assertThat(file.getItems()).extracting(javafx.scene.control.MenuItem::getId)
                .contains("menu-export", "menu-export-json", "menu-export-csv", "menu-export-ics");
    }
}
