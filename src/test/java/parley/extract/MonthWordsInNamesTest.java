package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;

/** A month word that opens a place's or a person's name ("Mar del Plata", "May-Britt", "Jun-ichi") dates nothing. */
class MonthWordsInNamesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 6, 3);

    private static List<LocalDate> days(String text) {
        Article a = new Article("names.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events().stream().map(Event::date)
                .map(d -> d.start()).toList();
    }

    @Test
    void aPlaceOpenedByAMonthWordLeavesTheSameDayInForce() {
        assertThat(days("On Monday President Elena Vidal met Prime Minister Otto Brand in Lisbon. The same day, at a "
                + "news conference in Mar del Plata, President Gabriel Boric announced new tariffs."))
                .allMatch(d -> d != null && d.equals(LocalDate.of(2026, 6, 1)));
        assertThat(days("President Elena Vidal met Prime Minister Otto Brand in Lisbon on Monday. That evening, at a "
                + "rally in Mar-Chiquita, Vidal held talks with union leaders."))
                .allMatch(d -> d != null && d.equals(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aGivenNameOpenedByAMonthWordIsNoMonth() {
        assertThat(days("Finance Minister Jun-ichi Sato held talks with Prime Minister Otto Brand in Ottawa."))
                .allMatch(d -> d == null || d.getMonthValue() != 6 || d.getDayOfMonth() == 3);
        assertThat(days("Trade Minister Jan Mayer held talks with Prime Minister Otto Brand in Ottawa."))
                .allMatch(d -> d == null || !d.equals(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void realMonthsStillDate() {
        assertThat(days("President Elena Vidal met Prime Minister Otto Brand in Lisbon on 4 Mar 2026."))
                .containsExactly(LocalDate.of(2026, 3, 4));
        assertThat(days("President Elena Vidal met Prime Minister Otto Brand in Lisbon on Mar 5."))
                .containsExactly(LocalDate.of(2026, 3, 5));
    }
}
