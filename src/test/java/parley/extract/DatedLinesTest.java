package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import parley.domain.Article;
import parley.domain.Event;

/**
 * The generic fall-back for dated lines (session 18, {@link DatedLines}): a short line that is no sentence and gives a
 * day, in a layout no specific reader knows, dates the lines under it until the next such line or heading. Each case
 * is a pair of dated lines (Wednesday 14 and Thursday 15 May 2025, in a text of Monday 19 May) over one or two
 * sentences that report an event with no date of their own. The first group was dated wrong (left undated) on the
 * session's starting build; the second group already worked and must keep working; the furniture group must not
 * move the day of the section it stands in. Our own words throughout.
 */
class DatedLinesTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 5, 19);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("week.txt", "txt", "", text, null, null, null, MONDAY),
                MONDAY).events();
    }

    private static String dayOf(List<Event> es, String name) {
        return es.stream().filter(e -> e.participants().stream().anyMatch(p -> p.name().contains(name)))
                .map(e -> String.valueOf(e.date().iso())).findFirst().orElse("none");
    }

    /** Three sets of reports, so that no rule leans on one wording: who meets on the first and second day. */
    private static final String[][] REPORTS = {
        {"French President Emmanuel Macron met German Chancellor Friedrich Merz at the Elysee Palace. The two leaders "
            + "discussed trade.", "Italian Prime Minister Giorgia Meloni held talks with Polish Prime Minister Donald "
            + "Tusk in Rome.", "Merz", "Tusk"},
        {"Spanish Prime Minister Pedro Sanchez received Dutch Prime Minister Dick Schoof in Madrid. The two signed a "
            + "water accord.", "Belgian Prime Minister Bart De Wever travelled to Warsaw, where he held talks with "
            + "Polish President Andrzej Duda.", "Schoof", "Duda"},
        {"NATO Secretary General Mark Rutte spoke by phone with Finnish President Alexander Stubb.", "Swedish Prime "
            + "Minister Ulf Kristersson hosted Norwegian Prime Minister Jonas Gahr Store in Stockholm.", "Stubb",
            "Kristersson"},
    };

    private static void twoDays(String first, String second, int reports) {
        String[] r = REPORTS[reports % REPORTS.length];
        String text = "Notes from a week of diplomacy\n\nPublished 19 May 2025\n\nOur desk followed the leaders "
                + "through a busy week.\n\n" + first + "\n" + r[0] + "\n\n" + second + "\n" + r[1] + "\n";
        List<Event> es = extract(text);
        assertThat(dayOf(es, r[2])).as(first + "\n" + SeedArticlesTest.dump(es)).isEqualTo("2025-05-14");
        assertThat(dayOf(es, r[3])).as(second + "\n" + SeedArticlesTest.dump(es)).isEqualTo("2025-05-15");
    }

    /** Layouts the session's starting build left undated. */
    static Stream<Arguments> newLayouts() {
        return Stream.of(
                Arguments.of("— 14/05 —", "— 15/05 —"),
                Arguments.of("[14.05.2025]", "[15.05.2025]"),
                Arguments.of("(14 May)", "(15 May)"),
                Arguments.of("» 14 May 2025", "» 15 May 2025"),
                Arguments.of("~ Wed 14.5. ~", "~ Thu 15.5. ~"),
                Arguments.of("WEDNESDAY", "THURSDAY"),
                Arguments.of("Date of meeting: 14.05.2025", "Date of meeting: 15.05.2025"),
                Arguments.of("Wednesday 14.05.", "Thursday 15.05."),
                Arguments.of("Wednesday (14 May)", "Thursday (15 May)"),
                Arguments.of("_14 May_", "_15 May_"),
                Arguments.of("- 14 May", "- 15 May"),
                Arguments.of("> 14 May", "> 15 May"),
                Arguments.of("Brussels, Wednesday.", "Rome, Thursday."),
                Arguments.of("14.V.2025", "15.V.2025"),
                Arguments.of("wednesday 14 may", "thursday 15 may"),
                Arguments.of("WED 14/05", "THU 15/05"),
                Arguments.of("14.05.", "15.05."),
                Arguments.of("— Wednesday —", "— Thursday —"),
                Arguments.of("*Wednesday 14 May*", "*Thursday 15 May*"),
                Arguments.of("### [14.05.2025]", "### [15.05.2025]"),
                Arguments.of("[14 May]", "[15 May]"),
                Arguments.of("<< 2025/05/14 >>", "<< 2025/05/15 >>"),
                Arguments.of("14.05. | Brussels", "15.05. | Rome"),
                Arguments.of("Day 3 (14 May)", "Day 4 (15 May)"),
                Arguments.of("14/5/25", "15/5/25"),
                Arguments.of("— Wednesday evening —", "— Thursday morning —"));
    }

    @ParameterizedTest
    @MethodSource("newLayouts")
    void aDatedLineInALayoutNoReaderKnowsDatesTheLinesUnderIt(String first, String second) {
        int k = (first.hashCode() & 0x7fffffff) % REPORTS.length;
        twoDays(first, second, k);
    }

    /** Layouts the specific readers or the heading form already read: the fall-back leaves them as they were. */
    static Stream<Arguments> knownLayouts() {
        return Stream.of(
                Arguments.of("Wednesday, the 14th", "Thursday, the 15th"),
                Arguments.of("14 May (Wed)", "15 May (Thu)"),
                Arguments.of("Day three: Wednesday", "Day four: Thursday"),
                Arguments.of("14 May 2025 | Brussels", "15 May 2025 | Rome"),
                Arguments.of("Brussels, 14 May –", "Rome, 15 May –"),
                Arguments.of("2025-05-14:", "2025-05-15:"),
                Arguments.of("AM 14 May", "PM 15 May"),
                Arguments.of("Date: 14 May   Venue: Brussels", "Date: 15 May   Venue: Rome"),
                Arguments.of("Entry for 14 May", "Entry for 15 May"),
                Arguments.of("Mittwoch / Wednesday 14 May", "Donnerstag / Thursday 15 May"),
                Arguments.of("Briefing of 14 May", "Briefing of 15 May"),
                Arguments.of("14 May", "15 May"),
                Arguments.of("14 May, 09:00-11:00 CET", "15 May, 14:00-16:30 CET"),
                Arguments.of("=== 14 May ===", "=== 15 May ==="),
                Arguments.of("DAY 3 — 14.05.2025", "DAY 4 — 15.05.2025"));
    }

    @ParameterizedTest
    @MethodSource("knownLayouts")
    void layoutsAlreadyReadKeepTheirDays(String first, String second) {
        int k = (second.hashCode() & 0x7fffffff) % REPORTS.length;
        twoDays(first, second, k);
    }

    /** Lines with a date that head nothing: a report under them keeps the day of the section they stand in. */
    static Stream<Arguments> furniture() {
        return Stream.of(
                Arguments.of("(Updated 16 May 2025, 10:42)"),
                Arguments.of("— By Jane Roe, 16 May 2025 —"),
                Arguments.of("[© 2025 Euro Desk, 16 May 2025]"),
                Arguments.of("» Next meeting: 4 July"),
                Arguments.of("(Next session: 17 May)"),
                Arguments.of("» Upcoming\n» 17 May: Foreign Affairs Council\n» 18 May: Eurogroup"),
                Arguments.of("[15 May] Day two\n[16 May] Day three"),
                Arguments.of("(Photo: the two leaders, 16 May)"),
                Arguments.of("» Coming up: 17 May – EU summit"),
                Arguments.of("- 15 May\n- 16 May"),
                Arguments.of("~ printed 16/05 ~"),
                Arguments.of("(Editor's note, 16 May: this entry was corrected.)"),
                Arguments.of("— Reuters, 16 May —"),
                Arguments.of("(Born: 16 May 1961)"));
    }

    @ParameterizedTest
    @MethodSource("furniture")
    void furnitureWithADateHeadsNoSection(String furniture) {
        List<Event> es = extract("""
                Notes from a week of diplomacy

                Published 19 May 2025

                Our desk followed the leaders through a busy week.

                14 May
                French President Emmanuel Macron met German Chancellor Friedrich Merz at the Elysee Palace.

                %s

                Italian Prime Minister Giorgia Meloni held talks with Polish Prime Minister Donald Tusk in Rome.
                """.formatted(furniture));
        assertThat(dayOf(es, "Merz")).as(SeedArticlesTest.dump(es)).isEqualTo("2025-05-14");
        assertThat(dayOf(es, "Tusk")).as(furniture + "\n" + SeedArticlesTest.dump(es)).isEqualTo("2025-05-14");
    }

    @Test
    void signOffsUnderEachStatementDateNothingBelowThem() {
        // a collection of statements, each closed by its place and day: the statement after a sign-off is not of
        // the sign-off's day
        List<Event> es = extract("""
                Statements of the week

                Published 19 May 2025

                French President Emmanuel Macron met German Chancellor Friedrich Merz at the Elysee Palace.
                — Paris, 14.05.2025

                Italian Prime Minister Giorgia Meloni held talks with Polish Prime Minister Donald Tusk in Rome.
                — Rome, 15.05.2025
                """);
        assertThat(dayOf(es, "Tusk")).as(SeedArticlesTest.dump(es)).isNotEqualTo("2025-05-14");
    }

    @Test
    void aRulerAfterTheTextEndsTheDatedSection() {
        List<Event> es = extract("""
                Notes from a week of diplomacy

                Published 19 May 2025

                On Friday, Italian Prime Minister Giorgia Meloni spoke by phone with Donald Tusk.

                — 14/05 —
                French President Emmanuel Macron met German Chancellor Friedrich Merz at the Elysee Palace.

                * * *

                Meloni held talks with Polish Prime Minister Donald Tusk in Rome.
                """);
        assertThat(dayOf(es, "Merz")).as(SeedArticlesTest.dump(es)).isEqualTo("2025-05-14");
        assertThat(es.stream().filter(e -> e.participants().stream().anyMatch(p -> p.name().contains("Tusk")))
                .map(e -> e.date().iso()).toList()).as(SeedArticlesTest.dump(es)).doesNotContain("2025-05-14");
    }

    @Test
    void theLineIsReadOnlyWhenShortVerblessAndDated() {
        assertThat(DatedLines.of("— 14/05 —", 0, 9)).isNotNull();
        assertThat(DatedLines.of("(Macron meets Merz, 14 May)", 0, 27)).isNull(); // a verb: a title or a sentence
        assertThat(DatedLines.of("[14 May and 15 May]", 0, 19)).isNull(); // two days: no one day
        assertThat(DatedLines.of("(May 2025)", 0, 10)).isNull(); // a month: no day
        assertThat(DatedLines.of("(14.30)", 0, 7)).isNull(); // a clock time, no day
        assertThat(DatedLines.of("[31/31]", 0, 7)).isNull();
        assertThat(DatedLines.of("[14/05/25]", 0, 10).year()).isEqualTo(2025); // a two-digit year with a slash
        assertThat(DatedLines.of("(14-05-25)", 0, 10)).isNull(); // with dashes: a range or a score
    }
}
