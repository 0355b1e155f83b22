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
}
