package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.EventStatus;
import parley.domain.Extraction;

/**
 * How the items of chronologies, roundups and compilations are dated (session 16): a year on a line of its own above
 * yearless entries ("2025" over "March 3 – …"), entries opening with a day in figures ("12.05.2025 –", "14/5:") or a
 * shortened weekday ("Mon 12 May:"), and lines that label one release's day ("Released 14 May 2025") over each
 * release of a compilation. Each item's date governs its own sentences ("the next day", "today") and never the next
 * item's. Texts written for this test.
 */
class ChronologyItemDatesTest {
    private static Extraction extract(String text, LocalDate published) {
        return new RuleBasedExtractor().extract(new Article("items.txt", "txt", "", text, null, null, null,
                published), published);
    }

    @Test
    void aYearHeadingDatesTheYearlessEntriesUnderIt() {
        String text = "Timeline: the lake transit dispute\n\nHow the talks went.\n\n2024\n\nNovember 4 – Peruvian "
                + "Foreign Minister Rosa Quispe meets Bolivian Foreign Minister Hugo Mamani in Puno.\n\n"
                + "December 9: Hugo Mamani receives Rosa Quispe in La Paz. The next day the two sides sign a transit "
                + "protocol.\n\n## 2025\n\n- 3-4 February: Chilean Foreign Minister Ana Rojas visits Lima.\n";
        for (LocalDate published : new LocalDate[] {null, LocalDate.of(2026, 3, 1)}) {
            Extraction x = extract(text, published);
            assertThat(x.events()).extracting(e -> e.date().iso()).as("published %s", published)
                    .contains("2024-11-04", "2024-12-09", "2025-02-03")
                    .doesNotContain("2026-11-04", "2026-12-09", "2026-02-03");
            assertThat(x.events()).allMatch(e -> e.status() == EventStatus.HELD);
        }
    }

    @Test
    void entriesOpeningWithADayInFigures() {
        String text = "Lake diplomacy this spring\n\nA short chronology.\n\n- Mon 12 May: Peruvian Foreign Minister Rosa "
                + "Quispe received Bolivian Foreign Minister Hugo Mamani in Puno.\n- 14/5: Chilean Foreign Minister "
                + "Ana Rojas visited Lima. The next day she met Rosa Quispe.\n- 20.05.2025: Hugo Mamani spoke by "
                + "telephone with Ana Rojas.\n";
        Extraction x = extract(text, LocalDate.of(2025, 6, 20));
        assertThat(x.events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2025-05-12", "2025-05-14", "2025-05-15", "2025-05-20");
    }

    @Test
    void aDottedDayOpeningABulletinEntry() {
        String text = "LAKE BULLETIN\n\n03.06.2025 – Peruvian Foreign Minister Rosa Quispe received Bolivian Foreign "
                + "Minister Hugo Mamani in Puno.\n\n09.06.2025 – Chilean Foreign Minister Ana Rojas visited Lima.\n";
        assertThat(extract(text, LocalDate.of(2025, 6, 9)).events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2025-06-03", "2025-06-09");
    }

    @Test
    void releaseLinesDateTheirReleases() {
        String text = "Ministry of Foreign Affairs of Peru\n\nPress releases of the week\n\nReleased 2 June 2025\n\n"
                + "Minister receives Bolivian counterpart\n\nPeruvian Foreign Minister Rosa Quispe today received "
                + "Bolivian Foreign Minister Hugo Mamani in Lima.\n\nIssued: 4 June 2025\n\nCall with Chile\n\nRosa "
                + "Quispe this morning spoke by telephone with Chilean Foreign Minister Ana Rojas.\n\n"
                + "For immediate release – 6 June 2025\n\nMinister in Quito\n\nRosa Quispe held talks in Quito today "
                + "with Ecuadorian Foreign Minister Luis Vera.\n";
        Extraction x = extract(text, LocalDate.of(2025, 6, 6));
        assertThat(x.events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2025-06-02", "2025-06-04", "2025-06-06");
    }

    @Test
    void boldYearHeadingsOverBoldDaysAndNumberedEntries() {
        String text = "Lake timeline\n\n**2024**\n\n**12 May** – Peruvian Foreign Minister Rosa Quispe received "
                + "Bolivian Foreign Minister Hugo Mamani in Puno.\n\n**2025**\n\n1. 14.01.2025 – Hugo Mamani met Chilean "
                + "Foreign Minister Ana Rojas in Arica.\n2. 2/3: Ana Rojas visited Lima.\n";
        assertThat(extract(text, LocalDate.of(2026, 3, 2)).events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2024-05-12", "2025-01-14", "2025-03-02");
    }
}
