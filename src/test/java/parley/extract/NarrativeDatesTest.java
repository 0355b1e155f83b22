package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.Extraction;

/**
 * Dates from the narrative around a sentence, in articles of our own (see {@link ExpectedEvents}): a timeline with
 * dated paragraph leads in the historical present ("3 March – …", a weekday inside "11–13 March", a month-only
 * lead, "That evening", "Two days later" from the entry before, "his first visit since 2023" not dating the visit);
 * a briefing in Markdown sections ("## Monday 6 October", "## Tuesday: Berlin", bold leads "**Madrid,
 * Wednesday.**", "**Also Thursday:**", "as he did in 2019", "a two-day meeting starting Monday", and "on Friday" in a
 * Friday issue reviewing the days before it: the Friday before); and times per
 * clause in a news report (the time nearer the trigger, "has invited … to a meeting on Thursday" looking ahead,
 * "his first visit since 2019" and "the 1991 treaty" not dating the visit, a time no trigger's clause holds, a
 * clock time with its zone kept on the local calendar day: "at 23:40 India Standard Time (1810 GMT) on Wednesday");
 * and a file of releases, each under its own "14.09.2026, 08:30" line and title, whose "this morning" and "Later
 * on" are of that release's day.
 */
class NarrativeDatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"timeline-explainer", "section-diary", "clause-times", "round-diary",
            "compiled-releases"})
    void datesComeFromTheSectionAndTheEventBefore(String name) throws IOException {
        ExpectedEvents.checkFixture(name);
    }

    /** "3 September – … are joined by X" does not add X to the August entry's event: one report, one day. */
    @org.junit.jupiter.api.Test
    void aDatedEntryDoesNotContinueTheEventOfAnotherDay() throws IOException {
        String text = resource("timeline-explainer.txt");
        LocalDate anchor = LocalDate.of(2025, 10, 14);
        Extraction x = new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, anchor),
                anchor);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).noneMatch(e -> e.date().iso().equals("2025-08")
                && e.participants().stream().anyMatch(p -> p.name().equals("Andrii Sybiha")));
    }

    private static String resource(String file) throws IOException {
        return ExpectedEvents.fixture(file);
    }
}
