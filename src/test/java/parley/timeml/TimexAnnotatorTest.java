package parley.timeml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each category of expression, in sentences of our own, tagged, resolved and written as TIMEX3 against an article
 * of Wednesday 11 June 2025 (ISO week 24).
 */
class TimexAnnotatorTest {
    static final LocalDate WED_11_JUN = LocalDate.of(2025, 6, 11);

    /** "words=TYPE:value" for each expression of the text. */
    static List<String> tags(String text) {
        return TimexAnnotator.annotate(text, WED_11_JUN).stream()
                .map(t -> text.substring(t.start(), t.end()) + "=" + t.type() + ":" + t.value()).toList();
    }

    @Test
    void absoluteDatesMonthsAndYears() {
        assertThat(tags("The accord was signed on 14 March 2019 in Vienna.")).containsExactly("14 March 2019=DATE:2019-03-14");
        assertThat(tags("Inflation peaked in September 2022.")).containsExactly("September 2022=DATE:2022-09");
        assertThat(tags("The protocol dates from 1997.")).containsExactly("1997=DATE:1997");
        assertThat(tags("Relations thawed in the 1970s.")).containsExactly("the 1970s=DATE:197");
        assertThat(tags("The border was drawn in the 18th century.")).containsExactly("the 18th century=DATE:17");
    }

    @Test
    void weekdaysLeaveThePrepositionOut() {
        assertThat(tags("The premier flew to Ankara on Monday.")).containsExactly("Monday=DATE:2025-06-09");
        assertThat(tags("The premier will fly to Ankara on Friday.")).containsExactly("Friday=DATE:2025-06-13");
        assertThat(tags("Envoys met late on Tuesday night.")).containsExactly("Tuesday night=TIME:2025-06-10TNI");
    }

    @Test
    void lastThisAndNext() {
        assertThat(tags("Talks stalled last week.")).containsExactly("last week=DATE:2025-W23");
        assertThat(tags("A deal is expected this week.")).containsExactly("this week=DATE:2025-W24");
        assertThat(tags("The tariff rose last month.")).containsExactly("last month=DATE:2025-05");
        assertThat(tags("Elections are due next year.")).containsExactly("next year=DATE:2026");
        assertThat(tags("Exports fell in the last quarter.")).containsExactly("the last quarter=DATE:2025-Q1");
        assertThat(tags("The deal was struck last summer.")).containsExactly("last summer=DATE:2024-SU");
        assertThat(tags("Output fell in the third quarter of last year."))
                .containsExactly("the third quarter of last year=DATE:2024-Q3");
        assertThat(tags("Sales dropped in the fourth quarter.")).containsExactly("the fourth quarter=DATE:2024-Q4");
        assertThat(tags("Reserves ran low by the end of last year.")).containsExactly("the end of last year=DATE:2024");
        assertThat(tags("Growth was weak in the last year.")).containsExactly("the last year=DATE:2024");
        assertThat(tags("The ministers met over the weekend.")).containsExactly("the weekend=DATE:2025-W23-WE");
    }

    @Test
    void monthsWithoutAYearFollowTheClause() {
        assertThat(tags("The minister resigned in February.")).containsExactly("February=DATE:2025-02");
        assertThat(tags("A summit will be held in October.")).containsExactly("October=DATE:2025-10");
        assertThat(tags("The minister resigned in August.")).containsExactly("August=DATE:2024-08");
    }

    @Test
    void agoAndLater() {
        assertThat(tags("The embassy closed four years ago.")).containsExactly("four years ago=DATE:2021");
        assertThat(tags("The embassy closed three days ago.")).containsExactly("three days ago=DATE:2025-06-08");
        assertThat(tags("They met on 2 June. Two days later the talks broke down."))
                .containsExactly("2 June=DATE:2025-06-02", "Two days later=DATE:2025-06-04");
        assertThat(tags("The talks began on 2 June and broke down the next day."))
                .containsExactly("2 June=DATE:2025-06-02", "the next day=DATE:2025-06-03");
    }

    @Test
    void theTenseIsTheExpressionsOwnClause() {
        assertThat(tags("The ministry announced Friday that it will cut tariffs.")).containsExactly("Friday=DATE:2025-06-06");
        assertThat(tags("The ministry will announce cuts Friday, its spokesman said."))
                .containsExactly("Friday=DATE:2025-06-13");
    }

    @Test
    void durations() {
        assertThat(tags("The truce has held for three years.")).containsExactly("three years=DURATION:P3Y");
        assertThat(tags("They talked for two hours.")).containsExactly("two hours=DURATION:PT2H");
        assertThat(tags("Prices climbed over the past several months."))
                .containsExactly("the past several months=DURATION:PXM");
        assertThat(tags("A 90-day pause was agreed.")).containsExactly("90-day=DURATION:P90D");
        assertThat(tags("The mission lasted over six years.")).containsExactly("over six years=DURATION:P6Y");
        assertThat(tags("Trade fell over the past decade.")).containsExactly("the past decade=DURATION:P10Y");
        assertThat(tags("They won for a second time.")).isEmpty();
    }

    @Test
    void sets() {
        assertThat(tags("The envoys speak every week.")).containsExactly("every week=SET:P1W");
        assertThat(tags("The council issues a monthly report.")).containsExactly("monthly=SET:P1M");
        assertThat(tags("Guards change every morning.")).containsExactly("every morning=SET:XXXX-XX-XXTMO");
        assertThat(tags("The market opens every Tuesday.")).containsExactly("every Tuesday=SET:XXXX-WXX-2");
    }

    @Test
    void timesOfDay() {
        assertThat(tags("The vote opens at 10 a.m. local time.")).containsExactly("10 a.m. local time=TIME:2025-06-11T10:00");
        assertThat(tags("On Monday the talks resumed at 3:30 pm."))
                .containsExactly("Monday=DATE:2025-06-09", "3:30 pm=TIME:2025-06-09T15:30");
        assertThat(tags("The president arrived this morning.")).containsExactly("this morning=TIME:2025-06-11TMO");
        assertThat(tags("Shelling resumed last night.")).containsExactly("last night=TIME:2025-06-10TNI");
        assertThat(tags("The decision is expected tonight.")).containsExactly("tonight=TIME:2025-06-11TNI");
    }

    @Test
    void presentPastAndFutureReferences() {
        assertThat(tags("The crossing is open today.")).containsExactly("today=DATE:PRESENT_REF");
        assertThat(tags("The crossing is now open.")).containsExactly("now=DATE:PRESENT_REF");
        assertThat(tags("The crossing opened earlier today.")).containsExactly("earlier today=DATE:2025-06-11");
        assertThat(tags("The ministers spoke recently.")).containsExactly("recently=DATE:PAST_REF");
        assertThat(tags("Such talks failed in the past.")).containsExactly("the past=DATE:PAST_REF");
        assertThat(tags("A deal may come in the future.")).containsExactly("the future=DATE:FUTURE_REF");
    }

    @Test
    void withoutACreationDateRelativeValuesStayUnderspecified() {
        List<Timex3> found = TimexAnnotator.annotate("The talks resumed on Monday.", null);
        assertThat(found).extracting(Timex3::value).containsExactly("XXXX-XX-XX");
    }
}
