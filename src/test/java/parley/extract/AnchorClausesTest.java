package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import parley.domain.Article;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * Anchor phrases inside clauses (session 18, q-report B2): "On the eve of the talks, …" is the day before the talks
 * just told; "Hours before the announcement, drones struck …" keeps its own event on the announcement's day (before,
 * an event with no one named was glued to the announcement); "E1 on <day>, a day after E2" dates E2 back from E1.
 * Sentences of our own.
 */
class AnchorClausesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Iran and the United States held talks in Muscat on Saturday, 7 March.|On the eve of the talks, Foreign Minister Abbas Araghchi met Sultan Haitham bin Tarik.|Abbas Araghchi|2026-03-06",
        "Iran and Oman will hold talks in Muscat on Friday.|On the eve of the talks, Foreign Minister Abbas Araghchi will fly to Doha to meet Emir Tamim bin Hamad Al Thani.|Abbas Araghchi|2026-03-12",
        "The leaders of Chile and Peru open their summit in Arica on Monday, 9 March.|The eve of the summit, President Gabriel Boric met Foreign Minister Elmer Schialer.|Elmer Schialer|2026-03-08"})
    void theEveIsTheDayBefore(String lead, String sentence, String who, String day) {
        Extraction x = extract(lead + "\n\n" + sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).anyMatch(e -> day.equals(e.date().iso())
                && e.participants().stream().anyMatch(p -> p.name().equals(who)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Mohammed Shia al-Sudani announced a ceasefire with the Kurdish region on Tuesday.|Hours before the announcement, drones struck Erbil airport.|2026-03-10",
        "President Emmanuel Macron and Prime Minister Keir Starmer announced a joint peacekeeping plan on Monday.|Minutes after the announcement, Russian missiles struck Kyiv.|2026-03-09",
        "Chancellor Friedrich Merz unveiled a new aid package for Kyiv on Tuesday.|Moments before the announcement, a drone struck a fuel depot.|2026-03-10"})
    void theMainClauseKeepsItsOwnEvent(String lead, String sentence, String day) {
        Extraction x = extract(lead + "\n\n" + sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).anyMatch(e -> e.type() == EventType.MILITARY
                && day.equals(e.date().iso()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Foreign Minister Ana Torres met President Daniel Noboa at the Carondelet Palace on Wednesday, a day after Torres landed in Quito on a three-day visit.|VISIT|Ana Torres|2026-03-10",
        "Prime Minister Keir Starmer met Chancellor Friedrich Merz in Berlin on Wednesday, two days after the talks in Paris with President Emmanuel Macron.|MEETING|Emmanuel Macron|2026-03-09",
        "Prime Minister Keir Starmer met Chancellor Friedrich Merz in Berlin on Wednesday, two days after his talks with President Emmanuel Macron in Paris.|MEETING|Emmanuel Macron|2026-03-09",
        "President Lula received President Gabriel Boric in Brasilia on 5 March, a week after Boric had visited Buenos Aires.|VISIT|Gabriel Boric|2026-02-26"})
    void theAnchoredEventIsDatedFromTheClauseBefore(String sentence, String type, String who, String day) {
        Extraction x = extract(sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).anyMatch(e -> e.type().name().equals(type)
                && day.equals(e.date().iso()) && e.participants().stream().anyMatch(p -> p.name().equals(who)));
    }

    /** A bulletin with a headline (without one, an attack naming no one is not reported at all, anchor or not). */
    private static Extraction extract(String body) {
        String text = "DESK BULLETIN\nPublished: 12 March 2026\n\nTalks and strikes\n\n" + body + "\n";
        LocalDate issue = LocalDate.of(2026, 3, 12);
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, issue), issue);
    }
}
