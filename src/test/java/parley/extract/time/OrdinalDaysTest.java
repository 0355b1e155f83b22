package parley.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.extract.RuleBasedExtractor;

/**
 * A day of the month with the month unsaid (session 17): "On the 29th, …" in a readout or British copy is that day of
 * the month the text is in; a past clause with a day later than the anchor's means the month before. Ordinals that
 * go on to a noun ("the 30th anniversary") or to a month are no such day. Sentences written for this test.
 */
class OrdinalDaysTest {
    private static final LocalDate APRIL_2 = LocalDate.of(2025, 4, 2);

    private static List<Timex> tags(String sentence) {
        return TimexTagger.tag(sentence);
    }

    @Test
    void anOrdinalAfterAPrepositionIsADayOfTheMonth() {
        for (String s : List.of("On the 29th, the two foreign ministers met in Quito.",
                "The envoys met on the 29th and agreed a text.", "Talks ran until the 29th.")) {
            List<Timex> t = tags(s);
            assertThat(t).as(s).hasSize(1);
            assertThat(DateResolver.resolve(t.get(0), APRIL_2, Tense.PAST, null).date().start()).as(s)
                    .isEqualTo(LocalDate.of(2025, 3, 29));
        }
        List<Timex> soon = tags("The ministers will meet again on the 20th.");
        assertThat(DateResolver.resolve(soon.get(0), APRIL_2, Tense.FUTURE, null).date().start())
                .isEqualTo(LocalDate.of(2025, 4, 20));
        List<Timex> early = tags("They met on the 1st, in Lima.");
        assertThat(DateResolver.resolve(early.get(0), APRIL_2, Tense.PAST, null).date().start())
                .isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void ordinalsOfThingsAndOfNamedMonthsAreNotThisDay() {
        assertThat(tags("Both sides marked the 30th anniversary of relations.")).isEmpty();
        assertThat(tags("It was the 15th summit of the group.")).isEmpty();
        assertThat(tags("On the 12th round of talks the sides agreed nothing.")).isEmpty();
        List<Timex> named = tags("They met on the 12th of May.");
        assertThat(named).hasSize(1);
        assertThat(named.get(0).month()).isEqualTo(5);
    }

    @Test
    void aReadoutsNumberedDaysDateTheirEvents() {
        String text = "Readout: the President's visit to Korea\nMinistry of Foreign Affairs of Chile\nPublished 2 April "
                + "2025\n\n1. On 28 March, President Boric arrived in Seoul for a four-day visit.\n\n2. On the 29th, "
                + "President Boric met President Han Duck-soo at the Blue House.\n\n3. On the 31st, President Boric "
                + "travelled to Busan and visited the shipyards.\n";
        Article a = new Article("readout.txt", "txt", "", text, null, null, null, APRIL_2);
        List<Event> events = new RuleBasedExtractor().extract(a, APRIL_2).events();
        assertThat(events).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2025, 3, 29)));
        assertThat(events).filteredOn(e -> e.type() == EventType.VISIT).extracting(e -> e.date().start())
                .contains(LocalDate.of(2025, 3, 31));
    }
}
