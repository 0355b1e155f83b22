package parley.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The cheap checks that decide which of {@link TimexTagger}'s patterns run on a sentence (run 29) must let through
 * every form those patterns know: clock times after a digit, narrative steps whose two words stand apart by any
 * spaces, numeric and ISO dates, spelled and numbered days beside a month name.
 */
class TimexCueGatesTest {

    private static List<String> phrases(String sentence) {
        return TimexTagger.tag(sentence).stream().map(Timex::phrase).toList();
    }

    @Test
    void clockTimesRightAfterTheirDigits() {
        assertThat(phrases("The delegations sat down at 9 am in the annex.")).contains("at 9 am");
        assertThat(phrases("Both ministers spoke around 10.30PM after the campaign dinner.")).contains("around 10.30PM");
        assertThat(phrases("The envoy landed by 7  p.m. among the crowds.")).contains("by 7  p.m.");
        assertThat(phrases("Ramaphosa's team and the campaign's staff met in the same hall.")).isEmpty();
    }

    @Test
    void stepsWithTheirTwoWordsApartBySpaces() {
        assertThat(phrases("Three days  later the mediators returned.")).contains("Three days  later");
        assertThat(phrases("The two leaders dined that\nevening with their aides.")).contains("that\nevening");
        assertThat(phrases("Two weeks earlier a first round had failed.")).contains("Two weeks earlier");
        assertThat(phrases("They flew home the following day.")).contains("the following day");
    }

    @Test
    void numericAndIsoDates() {
        assertThat(phrases("The accord was signed on 2025-03-04 in Geneva.")).contains("2025-03-04");
        assertThat(phrases("Minutes dated 4/5/2025 record the talks.")).contains("4/5/2025");
    }

    @Test
    void daysBesideAMonthName() {
        assertThat(phrases("We last met on the ninth of March, 2024, in Accra.")).contains("on the ninth of March, 2024");
        assertThat(phrases("The summit runs from 30 June to 2 July in Lima.")).contains("from 30 June to 2 July");
        assertThat(phrases("She visited Rabat on March 14 and left in May 2025.")).contains("on March 14", "in May 2025");
        assertThat(phrases("The twenty-third of May was chosen for the signing.")).contains("The twenty-third of May");
    }
}
