package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.domain.Precision;

/**
 * "On a Thursday in late February", "one Sunday at the start of March" (session 14): a weekday that is any of a
 * month's is that month (month precision), or the day an apposition names ("— the 26th —"); never the weekday of the
 * article's week.
 */
class IndefiniteWeekdaysTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 7, 9); // a Thursday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("story.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    private static Event only(String text) {
        Extraction x = extract(text);
        assertThat(x.events()).hasSize(1);
        return x.events().get(0);
    }

    @Test
    void aWeekdayInAPartOfAMonthIsThatMonth() {
        Event e = only("Envoys recall the thaw\n\nThe thaw began on a Thursday in late February, when Irish Foreign "
                + "Minister Niamh Walsh met Icelandic Foreign Minister Bjarni Olafsson in Reykjavik.\n");
        assertThat(e.date().iso()).isEqualTo("2026-02");
        assertThat(e.date().precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void anAppositionGivesTheDay() {
        Extraction x = extract("Envoys recall the thaw\n\nOne Sunday at the start of March — the 1st — Niamh Walsh "
                + "flew to Reykjavik and held talks with Bjarni Olafsson.\n");
        assertThat(x.events()).isNotEmpty().extracting(e -> e.date().iso()).containsOnly("2026-03-01");
    }
}
