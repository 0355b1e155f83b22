package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;

/**
 * Day headings written in capitals ("THU 12 JUN", "## SATURDAY 8 MARCH", "8 MAR", "MON, 3 NOV 2025 – DAY TWO") date
 * the items under them as the same headings in title case do (session 17). Before, the tagger did not read month and
 * weekday names in capitals, so every item under such a heading was undated and dropped. Our own words.
 */
class CapitalDayHeadingsTest {

    private static List<Event> extract(String text, LocalDate published) {
        return new RuleBasedExtractor().extract(new Article("diary.txt", "txt", "", text, null, null, null, published),
                published).events();
    }

    private static String dayOf(List<Event> es, String name) {
        return es.stream().filter(e -> e.participants().stream().anyMatch(p -> p.name().contains(name)))
                .map(e -> e.date().iso()).findFirst().orElse("none");
    }

    @Test
    void shortWeekdayAndMonthInCapitals() {
        List<Event> es = extract("""
                THE MINISTER IN THE BALTICS: TOUR DIARY
                Last updated 14 June 2025

                THU 12 JUN
                1. Foreign Minister Elina Valtonen meets President Alar Karis at Kadriorg.
                2. Valtonen tours the port of Muuga.

                FRI 13 JUN
                1. Valtonen meets Prime Minister Kristen Michal in Tallinn.
                """, LocalDate.of(2025, 6, 14));
        assertThat(dayOf(es, "Karis")).as(SeedArticlesTest.dump(es)).isEqualTo("2025-06-12");
        assertThat(dayOf(es, "Michal")).as(SeedArticlesTest.dump(es)).isEqualTo("2025-06-13");
    }

    @Test
    void fullNamesInCapitalsAsMarkdownHeadings() {
        List<Event> es = extract("""
                # Week of talks on the Danube

                Published 10 March 2025

                ## SATURDAY 8 MARCH

                Romanian President Ilie Bolojan receives Moldovan President Maia Sandu in Bucharest.

                ## SUNDAY 9 MARCH

                Sandu holds talks with Ukrainian President Volodymyr Zelensky in Izmail.
                """, LocalDate.of(2025, 3, 10));
        assertThat(dayOf(es, "Bolojan")).as(SeedArticlesTest.dump(es)).isEqualTo("2025-03-08");
        assertThat(dayOf(es, "Zelensky")).as(SeedArticlesTest.dump(es)).isEqualTo("2025-03-09");
    }

    @Test
    void dayAndMonthAloneOrWithALabelAfterIt() {
        List<Event> es = extract("""
                ANDEAN SUMMIT WEEK

                Updated 5 November 2025

                3 NOV – DAY ONE
                Chilean President Gabriel Boric meets Peruvian President Jose Jeri in Arica.

                4 NOV
                Boric holds talks with Bolivian President Rodrigo Paz.
                """, LocalDate.of(2025, 11, 5));
        assertThat(dayOf(es, "Jer")).as(SeedArticlesTest.dump(es)).isEqualTo("2025-11-03");
        assertThat(dayOf(es, "Paz")).as(SeedArticlesTest.dump(es)).isEqualTo("2025-11-04");
    }

    @Test
    void aMonthWordInCapitalsWithNoDayDatesNothing() {
        assertThat(CapitalDays.of("MARCH ON THE CAPITAL", 0, 20)).isNull();
        assertThat(CapitalDays.of("MAY DAY RALLY IN 2025", 0, 21)).isNull();
        assertThat(CapitalDays.of("Sat 8 Mar", 0, 9)).isNull(); // title case is the tagger's own
        assertThat(CapitalDays.of("SAT 8 MAR", 0, 9)).isNotNull();
    }
}
