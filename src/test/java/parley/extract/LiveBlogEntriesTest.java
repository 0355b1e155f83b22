package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Extraction;

/**
 * A live blog told newest entry first (session 14): an entry's headline that names another day ("10:50 — What came of
 * Monday's dinner") dates that entry alone; the next time stamp restarts at the blog's day, so the older entries'
 * "today" and "this morning" are not moved to the headline's day.
 */
class LiveBlogEntriesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("blog.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @Test
    void anEntryHeadlineNamingAnotherDayDoesNotDateTheOlderEntries() {
        String text = "Live: Andean ministers in La Paz\n\n"
                + "10:50 — What came of Monday's dinner\n\n"
                + "Bolivian Foreign Minister Elena Quispe hosted Chilean Foreign Minister Tomas Rojas at a dinner on "
                + "Monday evening.\n\n"
                + "09:15 — Morning round-up. Peruvian Foreign Minister Rosa Huaman held talks with Elena Quispe "
                + "this morning.\n\n"
                + "08:05\n\n"
                + "Tomas Rojas arrived in La Paz today and met Rosa Huaman at the airport.\n";
        assertThat(extract(text).events()).extracting(e -> e.date().iso())
                .containsOnly("2026-11-16", "2026-11-18")
                .filteredOn("2026-11-16"::equals).hasSize(1);
    }

    @Test
    void aDayHeadingAboveTheEntriesStillDatesThem() {
        String text = "Live: Andean ministers in La Paz\n\n## Tuesday 17 November\n\n"
                + "18:40 — Looking ahead to Thursday's signing\n\n"
                + "The text on river water is expected to be ready by Thursday.\n\n"
                + "16:10 — Afternoon session. Elena Quispe met Tomas Rojas this afternoon.\n";
        assertThat(extract(text).events()).extracting(e -> e.date().iso())
                .containsExactly("2026-11-17");
    }

    /**
     * An entry's report with no time word of its own is of the blog's day: its time stamp is its time (session 15).
     * Stamps in many dresses: bold, a heading of their own, with a zone, with or without a dash.
     */
    @Test
    void anUndatedPastReportInAStampedEntryIsOfTheBlogsDay() {
        String[] stamps = {"**18:40** ", "### 18:40\n\n", "18:40 BOT ", "6.40pm — "};
        for (String stamp : stamps) {
            String later = stamp.replace("18:40", "15:05").replace("6.40", "3.05");
            String text = "Live: Andean ministers in La Paz\n\n"
                    + stamp + "Bolivian Foreign Minister Elena Quispe and Chilean Foreign Minister Tomas Rojas held a "
                    + "joint press conference at the palace.\n\n"
                    + later + "Peruvian Foreign Minister Rosa Huaman met Elena Quispe on the sidelines, her office "
                    + "said.\n";
            assertThat(extract(text).events()).as(stamp).extracting(e -> e.date().iso())
                    .containsExactlyInAnyOrder("2026-11-18", "2026-11-18");
        }
    }

    @Test
    void withoutStampsAnUndatedReportStaysUndatedAndPlansAreNotPutOnTheBlogsDay() {
        String plain = "Andean ministers in La Paz\n\n"
                + "Bolivian Foreign Minister Elena Quispe and Chilean Foreign Minister Tomas Rojas held a joint press "
                + "conference at the palace.\n";
        assertThat(extract(plain).events()).extracting(e -> e.date().iso()).containsOnlyNulls();
        String plan = "Live: Andean ministers in La Paz\n\n"
                + "18:40 — Elena Quispe will meet Tomas Rojas again, her office said.\n\n"
                + "15:05 — Rosa Huaman arrived in La Paz.\n";
        assertThat(extract(plan).events()).filteredOn(e -> e.status().name().equals("PLANNED"))
                .extracting(e -> e.date().iso()).doesNotContain("2026-11-18");
    }
}
