package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Article;
import parley.domain.Extraction;

/**
 * A wire lead that reports nothing but names a day just before its dateline's ("When the minister walked into the
 * palace on Monday night, hopes were low.") sets the story's day: the next sentence's meeting with no time of its
 * own is of that day (session 18, q-report A2 (1)). Sentences of our own.
 */
class LeadClauseDayTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "QUITO, March 12 (Andes Wire) - When Chile's foreign minister walked into the Carondelet Palace in Quito on Monday night, hopes of a deal were low.|Alberto van Klaveren was received by President Daniel Noboa, with both defence ministers in the room.|Daniel Noboa|2026-03-09",
        "SANTIAGO, March 12 (Andes Wire) - As the two delegations sat down at La Moneda on Wednesday afternoon, protesters gathered outside.|President Gabriel Boric received President Javier Milei in the Red Room.|Javier Milei|2026-03-11",
        "LIMA, 12 March 2026 - When Bolivia's foreign minister stepped off the plane in Lima on Tuesday morning, few diplomats expected progress.|Foreign Minister Celinda Sosa was received by President Dina Boluarte at the palace.|Dina Boluarte|2026-03-10"})
    void theLeadsDayDatesTheNextMeeting(String lead, String next, String who, String day) {
        Extraction x = extract(lead + "\n\n" + next + "\n\n(c) Andes Wire 2026\n");
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).anyMatch(e -> day.equals(e.date().iso())
                && e.participants().stream().anyMatch(p -> p.name().equals(who)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LIMA, 12 March 2026 - When the border closed on 14 February, few diplomats expected progress.|Foreign Minister Celinda Sosa was received by President Dina Boluarte at the palace.|Dina Boluarte|2026-02-14"})
    void anOlderDayDoesNot(String lead, String next, String who, String day) {
        Extraction x = extract(lead + "\n\n" + next + "\n");
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).noneMatch(e -> day.equals(e.date().iso())
                && e.participants().stream().anyMatch(p -> p.name().equals(who)));
    }

    private static Extraction extract(String text) {
        LocalDate issue = LocalDate.of(2026, 3, 12);
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, issue), issue);
    }
}
