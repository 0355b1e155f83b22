package parley.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@link TimexTagger#tagAll} adds for TimeML, and that the app's {@link TimexTagger#tag} is unchanged by it. */
class TimexTaggerTest {

    private static List<String> phrases(List<Timex> found) {
        return found.stream().map(Timex::phrase).toList();
    }

    private static Timex only(String sentence) {
        List<Timex> found = TimexTagger.tagAll(sentence);
        assertThat(found).as("expressions in: " + sentence).hasSize(1);
        return found.get(0);
    }

    @Test
    void durationsWithAmountsInWordsOrDigits() {
        Timex t = only("The ceasefire has held for three years.");
        assertThat(t.kind()).isEqualTo(Timex.Kind.DURATION);
        assertThat(t.phrase()).isEqualTo("three years");
        assertThat(t.unit()).isEqualTo("year");
        assertThat(t.offset()).isEqualTo(3);
        assertThat(only("Negotiators agreed on a two-week pause.").phrase()).isEqualTo("two-week");
        assertThat(only("The summit lasted 36 hours.").unit()).isEqualTo("hour");
        Timex vague = only("Talks have dragged on in recent weeks.");
        assertThat(vague.kind()).isEqualTo(Timex.Kind.DURATION);
        assertThat(vague.offset()).isZero();
    }

    @Test
    void setsFromEveryAndAdverbs() {
        Timex every = only("The envoys speak every week by video link.");
        assertThat(every.kind()).isEqualTo(Timex.Kind.SET);
        assertThat(every.unit()).isEqualTo("week");
        assertThat(only("The council publishes a weekly bulletin.").phrase()).isEqualTo("weekly");
        assertThat(only("The ministers meet twice a year.").kind()).isEqualTo(Timex.Kind.SET);
    }

    @Test
    void referencesToPresentPastAndFuture() {
        assertThat(only("The border is now closed.").modifier()).isEqualTo("present");
        assertThat(only("Both sides are currently in Oslo.").modifier()).isEqualTo("present");
        assertThat(only("The two leaders met recently.").modifier()).isEqualTo("past");
        assertThat(only("Such disputes were settled by arbitration in the past.").phrase()).isEqualTo("the past");
        assertThat(only("Relations may improve in the future.").modifier()).isEqualTo("future");
    }

    @Test
    void yearsDecadesCenturiesAndFiscalYears() {
        Timex year = only("The treaty signed in Lisbon dates from 2007 and still binds them.");
        assertThat(year.kind()).isEqualTo(Timex.Kind.YEAR);
        assertThat(year.year()).isEqualTo(2007);
        Timex bare = only("Trade grew sharply and 2020 was worse.");
        assertThat(bare.year()).isEqualTo(2020);
        Timex decade = only("The alliance expanded in the 1990s.");
        assertThat(decade.unit()).isEqualTo("decade");
        assertThat(decade.year()).isEqualTo(1990);
        assertThat(only("Borders drawn in the 19th century still matter.").unit()).isEqualTo("century");
        assertThat(only("The budget for fiscal 2026 was cut.").year()).isEqualTo(2026);
    }

    @Test
    void yearsAreNotTakenFromMoneyOrCounts() {
        assertThat(TimexTagger.tagAll("The fund holds $2000 and 1500 percent more.")).isEmpty();
        assertThat(TimexTagger.tagAll("Some 2,000 delegates and 1999.5 tonnes.")).isEmpty();
    }

    @Test
    void seasonsQuartersAndTheWeekend() {
        Timex season = only("The talks resume next summer.");
        assertThat(season.unit()).isEqualTo("season");
        assertThat(season.day()).isEqualTo(2);
        assertThat(season.offset()).isEqualTo(1);
        assertThat(TimexTagger.tagAll("Prices spring back when demand grows.")).isEmpty();
        Timex quarter = only("Exports fell in the third quarter of 2024.");
        assertThat(quarter.unit()).isEqualTo("quarter");
        assertThat(quarter.day()).isEqualTo(3);
        assertThat(quarter.year()).isEqualTo(2024);
        assertThat(only("The ministers talked by phone over the weekend.").unit()).isEqualTo("weekend");
    }

    @Test
    void numbersThatAreNotTimesOrDurations() {
        assertThat(TimexTagger.tag("The index fell by 2.36 percent and closed at 8.04 points.")).isEmpty();
        assertThat(TimexTagger.tagAll("About a quarter of the delegates left.")).isEmpty();
        assertThat(only("Output shrank for two consecutive quarters of the year.").phrase())
                .isEqualTo("two consecutive quarters");
        assertThat(only("The talks resume at 10.30 in Geneva.").time()).hasToString("10:30");
    }

    @Test
    void agoCountsBackFromTheArticle() {
        Timex t = only("The embassy closed three years ago.");
        assertThat(t.kind()).isEqualTo(Timex.Kind.PERIOD);
        assertThat(t.unit()).isEqualTo("year");
        assertThat(t.offset()).isEqualTo(-3);
    }

    @Test
    void partsOfDayAndClockTimes() {
        Timex night = only("Shelling resumed last night.");
        assertThat(night.kind()).isEqualTo(Timex.Kind.DEICTIC);
        assertThat(night.partOfDay()).isEqualTo("night");
        assertThat(night.offset()).isEqualTo(-1);
        assertThat(only("The minister arrived this morning.").partOfDay()).isEqualTo("morning");
        assertThat(only("Voting closes at 10 a.m. on the island.").time()).hasToString("10:00");
        // a clock time that ends its sentence: the full stop is no decimal
        assertThat(only("The envoy will brief reporters at 18:00.").time()).hasToString("18:00");
        assertThat(only("The session opens at 09.15, officials said.").time()).hasToString("09:15");
    }

    @Test
    void barMonthsButNotTheModalMay() {
        assertThat(phrases(TimexTagger.tagAll("Elections are due in June, and the envoy may resign."))).containsExactly("in June");
        assertThat(phrases(TimexTagger.tagAll("The deal signed last October expired."))).containsExactly("last October");
        assertThat(only("Parliament approved it, and October brought new protests.").month()).isEqualTo(10);
    }

    @Test
    void longerTimeMlPhrasesContainTheAppsOnes() {
        assertThat(phrases(TimexTagger.tagAll("Growth slowed in the final quarter of 2023.")))
                .containsExactly("the final quarter of 2023");
        assertThat(phrases(TimexTagger.tag("Growth slowed in the final quarter of 2023."))).containsExactly("of 2023");
    }

    @Test
    void theAppsTaggerFindsNoneOfTheTimeMlOnlyExpressions() {
        String text = "For three years the envoys have met every week; now, as in the past, they meet weekly, "
                + "and did so three days ago, in the 1990s, last summer and in 2019 too.";
        assertThat(TimexTagger.tag(text)).extracting(Timex::kind)
                .doesNotContain(Timex.Kind.DURATION, Timex.Kind.SET, Timex.Kind.REFERENCE)
                .containsExactly(Timex.Kind.PERIOD, Timex.Kind.YEAR); // "three days ago" dates an event: the app's too
        assertThat(TimexTagger.tagAll(text)).hasSize(9);
    }

    @Test
    void thatYearIsTheYearLastNamedBeforeIt() {
        String text = "The accord of 2017 lapsed in 2023. Talks resumed in March of that year, and again later that year.";
        List<Timex> found = TimexTagger.tag(text, text.indexOf("Talks"), text.length());
        assertThat(phrases(found)).containsExactly("in March of that year", "later that year");
        assertThat(found.get(0).kind()).isEqualTo(Timex.Kind.MONTH);
        assertThat(found.get(0).year()).isEqualTo(2023);
        assertThat(found.get(0).month()).isEqualTo(3);
        assertThat(found.get(1).kind()).isEqualTo(Timex.Kind.YEAR);
        assertThat(found.get(1).year()).isEqualTo(2023);
        // no year named before: nothing to resolve it by, and "later" is not read as the same day
        assertThat(TimexTagger.tag("They met again later that year.")).extracting(Timex::kind)
                .containsExactly(Timex.Kind.REFERENCE);
    }

    @Test
    void thatSameEveningCountsFromTheEventJustTold() {
        Timex t = TimexTagger.tag("That same evening, the minister rang his counterpart.").get(0);
        assertThat(t.kind()).isEqualTo(Timex.Kind.AFTER_PREVIOUS);
        assertThat(t.offset()).isZero();
        assertThat(t.partOfDay()).isEqualTo("evening");
        assertThat(TimexTagger.tag("That same day he flew home.").get(0).kind()).isEqualTo(Timex.Kind.AFTER_PREVIOUS);
    }

    @Test
    void daysSpelledOutAsSpeechTellsThem() {
        // (session 13) transcripts and quoted speech: "on the ninth of March", "the twenty-first of May, 2025"
        Timex ninth = only("They last met on the ninth of March in Tirana.");
        assertThat(ninth.kind()).isEqualTo(Timex.Kind.DAY_OF_MONTH);
        assertThat(ninth.month()).isEqualTo(3);
        assertThat(ninth.day()).isEqualTo(9);
        Timex late = only("The envoys will return on the twenty-first of May, 2025.");
        assertThat(late.day()).isEqualTo(21);
        assertThat(late.year()).isEqualTo(2025);
    }

    @Test
    void aWeekdaySetBesideANarrativeStepBelongsToTheStep() {
        List<Timex> found = TimexTagger.tag("A day later, on Friday, the envoys returned to Kigali.");
        assertThat(phrases(found)).containsExactly("A day later, on Friday");
        assertThat(found.get(0).kind()).isEqualTo(Timex.Kind.AFTER_PREVIOUS);
        assertThat(found.get(0).offset()).isEqualTo(1);
        assertThat(phrases(TimexTagger.tag("The next day, Sunday, she flew home."))).containsExactly("The next day, Sunday");
        // a weekday with its own date says the day itself
        assertThat(phrases(TimexTagger.tag("Two days later, Sunday 8 March, she flew home.")))
                .contains("Two days later").doesNotContain("Two days later, Sunday");
    }
}
