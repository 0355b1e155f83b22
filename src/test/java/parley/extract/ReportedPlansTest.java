package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;

/**
 * What is put forward, offered or promised for the days ahead lies ahead of the telling: "would speak to him in the
 * coming days", "has floated attending talks on Friday if …", "is prepared to meet on Sunday should …" (session 15).
 */
class ReportedPlansTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "WORLD DESK\nPublished: 12 March 2026\n\nOffers and conditions\n\n" + body + "\n";
        Article a = new Article("plans.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Event only(List<Event> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    @Test
    void aReportedFutureOverTheComingDaysIsNotHeldOnTheSectionDay() {
        for (String s : List.of("Kaja Kallas said she would speak to Wang Yi in the coming days.",
                "Kaja Kallas said she would speak to Wang Yi in the weeks ahead.")) {
            Event call = only(events("### Tuesday 10 March\n\n" + s));
            assertThat(call.status()).as(s).isEqualTo(EventStatus.PLANNED);
            assertThat(call.date().start()).as(s).isNotEqualTo(LocalDate.of(2026, 3, 10));
        }
    }

    @Test
    void anOccasionPutForwardOnAConditionLooksAhead() {
        for (String s : List.of(
                "Viktor Orban has floated attending talks with Vladimir Putin on Friday if the Kremlin agrees.",
                "Recep Tayyip Erdogan has suggested hosting Vladimir Putin on Friday, provided that a truce holds.",
                "Gustavo Petro is prepared to meet Nicolas Maduro on Friday should the crossings reopen.")) {
            Event e = only(events(s));
            assertThat(e.date().start()).as(s).isEqualTo(LocalDate.of(2026, 3, 13));
            assertThat(e.status()).as(s).isIn(EventStatus.PROPOSED, EventStatus.PLANNED);
        }
    }

    @Test
    void aReadinessOrProposalToldAsPastStaysPast() {
        Event met = only(events("Gustavo Petro met Nicolas Maduro on Friday, as proposed by Brazil."));
        assertThat(met.date().start()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(met.status()).isEqualTo(EventStatus.HELD);
    }
}
