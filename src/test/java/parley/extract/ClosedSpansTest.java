package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;

/**
 * A stay whose end is told ("completed a three-day visit on Wednesday", "left Hanoi on Friday after a three-day
 * visit", "departed Lima, ending a state visit") ran back from the day named, in the place left when no other is told.
 */
class ClosedSpansTest {
    /** A Thursday. */
    private static final LocalDate ANCHOR = LocalDate.of(2026, 7, 30);

    private static Event visit(String text) {
        Article a = new Article("spans.txt", "txt", "", text, null, null, null, ANCHOR);
        List<Event> visits = new RuleBasedExtractor().extract(a, ANCHOR).events().stream()
                .filter(e -> e.type() == EventType.VISIT).toList();
        assertThat(visits).hasSize(1);
        return visits.get(0);
    }

    private static void spans(Event e, String from, String to) {
        assertThat(e.status()).isEqualTo(EventStatus.HELD);
        assertThat(e.date().start()).isEqualTo(LocalDate.parse(from));
        assertThat(e.date().end()).isEqualTo(LocalDate.parse(to));
    }

    @Test
    void aDepartureAfterAStay() {
        Event e = visit("President Ines Mota left Hanoi on Friday after a three-day visit.");
        spans(e, "2026-07-22", "2026-07-24");
        assertThat(e.location()).isEqualTo("Hanoi");
    }

    @Test
    void aDepartureEndingAStateVisit() {
        Event e = visit("King Felipe departed Lima on 10 July, ending a three-day state visit.");
        spans(e, "2026-07-08", "2026-07-10");
        assertThat(e.location()).isEqualTo("Lima");
    }

    @Test
    void aFlightHomeAtTheEndOfATrip() {
        Event e = visit("Prime Minister Anna Dahl flew home from Ottawa on Sunday at the end of a five-day trip.");
        spans(e, "2026-07-22", "2026-07-26");
        assertThat(e.location()).isEqualTo("Ottawa");
    }

    @Test
    void verbsThatCloseAVisit() {
        spans(visit("Chancellor Friedrich Merz completed a three-day visit to Japan on Wednesday."), "2026-07-27",
                "2026-07-29");
        spans(visit("Prime Minister Narendra Modi ended a two-day visit to Oslo on 14 July."), "2026-07-13",
                "2026-07-14");
        spans(visit("On Tuesday the Kenyan president, William Ruto, concluded a four-day state visit to India."),
                "2026-07-25", "2026-07-28");
    }

    @Test
    void aVisitThatStartsOnTheDayStillRunsForward() {
        spans(visit("Chancellor Friedrich Merz began a three-day visit to Japan on Monday."), "2026-07-27",
                "2026-07-29");
    }
}
