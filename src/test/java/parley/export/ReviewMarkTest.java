package parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;

/** Analyst-confirmed events look different from machine-made ones, in the window and in exports alike. */
class ReviewMarkTest {
    private static final LocalDate DAY = LocalDate.of(2025, 8, 14);

    private static BufferedImage render(boolean confirmed, boolean edited) {
        Event e = new Event(1, EventType.MEETING, "Meeting: Macron, Merz", EventDate.day(DAY), null, null,
                EventStatus.HELD, List.of(), List.of(), List.of(), confirmed, edited);
        return PngExporter.render(List.of(e), List.of(),
                new ExportOptions(900, 500, DAY.minusDays(10), DAY.plusDays(10), null));
    }

    /** Pixels close to the check mark's green. */
    private static int checkGreen(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0x2e) < 30 && Math.abs(g - 0x9d) < 30 && Math.abs(b - 0x4f) < 30) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void aConfirmedEventCarriesACheckMarkAndAnEditedOneADot() {
        int machine = checkGreen(render(false, false));
        int confirmed = checkGreen(render(true, false));
        int edited = checkGreen(render(false, true));
        assertThat(confirmed).isGreaterThan(machine + 5);
        assertThat(edited).isGreaterThan(machine);
        assertThat(confirmed).isGreaterThan(edited);
    }
}
