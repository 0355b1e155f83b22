package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;

/**
 * The lead of a chronology's entry dates the entry (session 14): a weekday before the day ("- Thursday 4 June: …",
 * "- Tuesday 9: …") names the same day, and tells the year of a month heading the introduction did not; a vaguer
 * time inside the entry's first sentence ("this year", "this spring") does not move its event off the entry's day;
 * a day and month still to come in an entry that lies months back counts from the entry's day, not the article's.
 */
class ChronologyLeadsTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 16);

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("chronology.txt", "txt", "", text, null, null, null,
                ANCHOR), ANCHOR);
    }

    @Test
    void aWeekdayBeforeTheDayTellsTheYearOfTheMonthHeading() {
        String text = "Timeline: the Baltic ferry dispute\n\nThe row goes back to a contract signed in 2019. Here is "
                + "how the talks went.\n\nJUNE\n\n- Thursday 4 June: Estonian Foreign Minister Margus Tamm receives "
                + "Finnish Foreign Minister Elina Virtanen in Tallinn.\n\n- Tuesday 9: Latvian Prime Minister Janis "
                + "Ozols hosts Margus Tamm in Riga.\n\nSEPTEMBER\n\n- 22: Elina Virtanen and Janis Ozols hold talks in "
                + "Helsinki.\n";
        assertThat(extract(text).events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2026-06-04", "2026-06-09", "2026-09-22");
    }

    @Test
    void aVaguerTimeInTheEntryDoesNotMoveItsEvent() {
        String text = "Chronology of the Danube shipping talks\n\n- 5 May: While the drought lasts this year, Romanian "
                + "Foreign Minister Ioana Popa meets Bulgarian Foreign Minister Stefan Dimov in Ruse.\n"
                + "- 19 May: With barges stuck all spring, Stefan Dimov and Serbian Foreign Minister Marko Ilic hold "
                + "talks in Vidin.\n- 30 June: Marko Ilic visits Bucharest.\n";
        assertThat(extract(text).events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2026-05-05", "2026-05-19", "2026-06-30");
    }

    @Test
    void aDayAheadInAnEntryMonthsBackCountsFromTheEntry() {
        String text = "Chronology: the Caspian shipping talks\n\n- 3 March: Azerbaijani Foreign Minister Ramil "
                + "Gasimov meets Kazakh Foreign Minister Nurlan Sadykov in Baku. They are to meet again on 14 April "
                + "in Astana.\n- 2 June: Kazakh President Kassym Tokayev receives Ramil Gasimov in Astana.\n";
        Extraction x = extract(text);
        assertThat(x.events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2026-03-03", "2026-04-14", "2026-06-02");
        Event ahead = x.events().stream().filter(e -> e.date().iso().equals("2026-04-14")).findFirst().orElseThrow();
        assertThat(ahead.status()).isEqualTo(parley.domain.EventStatus.PLANNED);
    }
}
