package parley.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.extract.RuleBasedExtractor;

/**
 * Weekdays pinned down by the words beside them (session 13): "on Tuesday of last week" is the Tuesday of the week
 * before the article's, not the latest Tuesday; "Tuesday the 9th" is the 9th that falls on a Tuesday nearest the
 * article (on the side the tense tells); "tonight (Tuesday)" is the Tuesday the bracket names.
 */
class NamedWeeksAndDaysTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 5);

    private static Resolution resolve(String sentence, Tense tense) {
        List<Timex> ts = TimexTagger.tag(sentence);
        assertThat(ts).as("expressions in %s", sentence).hasSize(1);
        return DateResolver.resolve(ts.get(0), WEDNESDAY, tense, null);
    }

    @Test
    void aWeekdayOfLastWeekIsInTheWeekBeforeTheArticles() {
        assertThat(resolve("Troops raided a camp on Tuesday of last week.", Tense.PAST).date().start())
                .isEqualTo(LocalDate.of(2025, 2, 25));
        assertThat(resolve("They spoke Thursday of last week.", Tense.PAST).date().start())
                .isEqualTo(LocalDate.of(2025, 2, 27));
        assertThat(resolve("The envoys return on Monday next week.", Tense.FUTURE).date().start())
                .isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aWeekdayWithTheDayOfTheMonthIsTheNearestMonthWhereTheyAgree() {
        // 11 March 2025 and 11 February 2025 are both Tuesdays: a past clause takes February's
        assertThat(resolve("The ministers met on Tuesday the 11th.", Tense.PAST).date().start())
                .isEqualTo(LocalDate.of(2025, 2, 11));
        assertThat(resolve("The ministers will meet on Tuesday the 11th.", Tense.FUTURE).date().start())
                .isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(resolve("They met on Friday, the 28th.", Tense.PAST).date().start())
                .isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aWeekdayInBracketsSettlesTheWordsOfTheDayOfWriting() {
        // a Wednesday article written on the Tuesday evening: "tonight (Tuesday)" is that Tuesday
        Resolution r = resolve("The two will dine tonight (Tuesday) in Lima.", Tense.FUTURE);
        assertThat(r.date().start()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(resolve("They spoke this evening (Wednesday).", Tense.PAST).date().start()).isEqualTo(WEDNESDAY);
    }

    @Test
    void theWeekModifierReachesTheEvent() {
        String text = "DESK\nPublished: 5 March 2025\n\nTalks\n\nPeruvian Foreign Minister Elmer Schialer met Chilean "
                + "Foreign Minister Alberto van Klaveren on Tuesday of last week.\n";
        List<Event> events = new RuleBasedExtractor().extract(new Article("w.txt", "txt", "", text, null, null, null,
                WEDNESDAY), WEDNESDAY).events();
        assertThat(events).extracting(e -> e.date().iso()).containsExactly("2025-02-25");
    }
}
