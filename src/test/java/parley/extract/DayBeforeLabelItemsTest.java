package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.ingest.FileArticleReader;

/**
 * Items of a compilation or readout pack headed by their day and label (session 17): the day before the label after
 * an item number ("[2] Thursday 12 June - READOUT", in figures, with a Roman month, "Fri., Jun. 13 (evening)"), or the
 * label first and the day after "dated" ("READOUT 2 of 2 - dated 14.06.25"). Each dates the words of the day of
 * writing under it. And "Collection assembled 16.06.2025" is the file's issue line. Before, such items took the
 * first item's or the file's day. Our own words.
 */
class DayBeforeLabelItemsTest {

    private static String dayOf(List<Event> es, String name) {
        return es.stream().filter(e -> e.participants().stream().anyMatch(p -> p.name().contains(name)))
                .map(e -> e.date().iso()).findFirst().orElse("none");
    }

    private static Article read(Path dir, String text) throws Exception {
        Path file = dir.resolve("pack.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new FileArticleReader().read(file);
    }

    @Test
    void numberedItemsInManyDateFormsUnderAnAssembledLine(@TempDir Path dir) throws Exception {
        Article a = read(dir, """
                Compiled by the Norden Documentation Service
                Collection assembled 16.06.2025

                ==========
                [1]  02/06/2025 - MEDIA NOTE
                ==========
                Minister Valtonen to visit Estonia
                Foreign Minister Elina Valtonen will travel to Tallinn later this month for talks with Estonian leaders.

                ==========
                [2]  Thursday 12 June - READOUT
                ==========
                Valtonen at Kadriorg
                Foreign Minister Elina Valtonen met President Alar Karis at Kadriorg today.

                ==========
                [3]  13-VI-2025 - READOUT
                ==========
                Talks at Stenbock House
                This morning Valtonen met Prime Minister Kristen Michal at Stenbock House.

                ==========
                [4]  Sat., Jun. 14 (evening) - TRANSCRIPT
                ==========
                Remarks in Tartu
                Valtonen and Foreign Minister Margus Tsahkna held a joint news conference in Tartu today.
                """);
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 16));
        List<Event> es = new RuleBasedExtractor().extract(a, a.published()).events();
        String dump = SeedArticlesTest.dump(es);
        assertThat(dayOf(es, "Karis")).as(dump).isEqualTo("2025-06-12");
        assertThat(dayOf(es, "Michal")).as(dump).isEqualTo("2025-06-13");
        assertThat(dayOf(es, "Tsahkna")).as(dump).isEqualTo("2025-06-14");
        assertThat(es).as(dump).filteredOn(e -> e.date().iso() != null && e.date().iso().startsWith("2025-06-1"))
                .allMatch(e -> e.status() == EventStatus.HELD);
        // the first item's title under its closing ruler ("Minister Valtonen to visit Estonia") reports nothing
        assertThat(es).as(dump).noneMatch(e -> e.status() == EventStatus.HELD && "2025-06-02".equals(e.date().iso()));
    }

    @Test
    void labelFirstWithDatedAndATwoDigitYear() {
        String text = """
                Readouts of the Prime Minister's trip

                READOUT 1 of 2 - dated 12.06.25
                Prime Minister Jonas Gahr Store met Chancellor Friedrich Merz in Berlin today.

                READOUT 2 of 2 - dated 14.06.25
                On the margins of the forum, Store met President Emmanuel Macron today.
                """;
        List<Event> es = new RuleBasedExtractor().extract(new Article("pack.txt", "txt", "", text, null, null, null,
                null), null).events();
        String dump = SeedArticlesTest.dump(es);
        assertThat(dayOf(es, "Merz")).as(dump).isEqualTo("2025-06-12");
        assertThat(dayOf(es, "Macron")).as(dump).isEqualTo("2025-06-14");
    }

    @Test
    void twoDigitYearsAndRomanMonths() {
        LocalDate published = LocalDate.of(2025, 5, 9);
        String text = """
                Caribbean desk file

                02.05.25 - READOUT OF A CALL
                Jamaican Prime Minister Andrew Holness spoke by phone today with Keith Rowley, Prime Minister of Trinidad and Tobago.

                No. 2 - 08-V-2025 - Statement on a visit
                Holness received Barbadian Prime Minister Mia Mottley this afternoon.
                """;
        List<Event> es = new RuleBasedExtractor().extract(new Article("file.txt", "txt", "", text, null, null, null,
                published), published).events();
        String dump = SeedArticlesTest.dump(es);
        assertThat(dayOf(es, "Rowley")).as(dump).isEqualTo("2025-05-02");
        assertThat(dayOf(es, "Mottley")).as(dump).isEqualTo("2025-05-08");
    }

    @Test
    void aNumberedEntryThatTellsAnActIsNoLabel() {
        assertThat(ItemLines.of("[4] 12 June 2025 – Macron meets Scholz in Berlin", 2025)).isNull();
        assertThat(ItemLines.of("12 June: the talks resume", 2025)).isNull();
        assertThat(ItemLines.of("[4] 12 June 2025 – READOUT", 2025)).isNotNull();
        assertThat(ItemLines.of("No. 3 | 12-VI-2025 | PRESS REMARKS", 2025).day()).isEqualTo(LocalDate.of(2025, 6, 12));
    }
}
