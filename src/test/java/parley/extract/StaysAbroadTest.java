package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/**
 * "<person> was in <another country's capital>" on a day or days told is a visit there; a home capital, "was in
 * talks", "was in power" and a stay with no day are none.
 */
class StaysAbroadTest {
    /** A Thursday. */
    private static final LocalDate ANCHOR = LocalDate.of(2026, 7, 30);

    private static List<Event> events(String text) {
        Article a = new Article("stays.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<Event> visits(String text) {
        return events(text).stream().filter(e -> e.type() == EventType.VISIT).toList();
    }

    private static Event visit(String text) {
        List<Event> v = visits(text);
        assertThat(v).hasSize(1);
        return v.get(0);
    }

    @Test
    void aStayOverDaysBesideTheMeetingThere() {
        List<Event> es = events("From 14 to 16 July the Kenyan president, William Ruto, was in Lisbon, where he met "
                + "Prime Minister Luís Montenegro.");
        Event v = visit("From 14 to 16 July the Kenyan president, William Ruto, was in Lisbon, where he met "
                + "Prime Minister Luís Montenegro.");
        assertThat(v.location()).isEqualTo("Lisbon");
        assertThat(v.date().start()).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(v.date().end()).isEqualTo(LocalDate.of(2026, 7, 16));
        assertThat(es).extracting(Event::type).contains(EventType.MEETING);
    }

    @Test
    void otherWordings() {
        assertThat(visit("The Dutch foreign minister, Caspar Veldkamp, was in Nairobi from 3 to 5 July to discuss "
                + "trade.").location()).isEqualTo("Nairobi");
        assertThat(visit("President Ines Mota of Mozambique was in Lisbon on Monday and Tuesday.").location())
                .isEqualTo("Lisbon");
        assertThat(visit("Prime Minister Anna Dahl of Norway was in Ottawa last week, where she signed an Arctic "
                + "shipping pact.").location()).isEqualTo("Ottawa");
        assertThat(visit("Between 8 and 10 July Indian Prime Minister Narendra Modi was in Brasília for talks with "
                + "President Lula.").location()).isEqualTo("Brasília");
    }

    @Test
    void noTripAtHomeNorOutsideAPlace() {
        assertThat(visits("President Emmanuel Macron was in Paris on Monday.")).isEmpty();
        assertThat(visits("French President Emmanuel Macron was in Paris from 3 to 5 July, where he met the mayor."))
                .isEmpty();
        assertThat(visits("Prime Minister Keir Starmer was in talks with unions on Monday.")).isEmpty();
        assertThat(visits("President Ines Mota of Mozambique was in power from 2015 to 2020.")).isEmpty();
        assertThat(visits("The Kenyan president, William Ruto, was in Lisbon once as a student.")).isEmpty();
    }
}
