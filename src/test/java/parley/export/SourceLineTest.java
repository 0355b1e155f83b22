package parley.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.DateBasis;
import parley.domain.Source;

/** The PNG export's list of sources names each by title and publisher; the file name only stands in for a title. */
class SourceLineTest {
    private static Source source(String title, String publisher) {
        return new Source(1, "ferry-2024.txt", "txt", title, publisher, null, LocalDate.of(2024, 5, 3),
                DateBasis.STATED, null, "0".repeat(64), null, null);
    }

    @Test
    void titlePublisherAndDateAndALongTitleIsWhatGetsShortened() {
        assertThat(ExportPage.describe(source("Ferry crews settle pay dispute", "Lagoon Herald"), 600))
                .isEqualTo("Ferry crews settle pay dispute — Lagoon Herald, 3 May 2024");
        String shortened = ExportPage.describe(source("Ferry crews and the owners of the landing stages settle a "
                + "long pay dispute after nine days of closed crossings", "Lagoon Herald"), 300);
        assertThat(shortened).endsWith("… — Lagoon Herald, 3 May 2024").startsWith("Ferry crews");
        assertThat(ExportPage.describe(source(null, "Lagoon Herald"), 600)).startsWith("ferry-2024.txt — Lagoon");
    }
}
