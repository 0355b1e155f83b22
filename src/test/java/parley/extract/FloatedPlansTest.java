package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Article;
import parley.domain.EventStatus;
import parley.domain.Extraction;

/**
 * An occasion floated, mooted or being explored, and one someone offers or stands ready to host, is
 * PROPOSED whatever the telling's tense (session 18, z-report C). Sentences of our own.
 */
class FloatedPlansTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A visit by Prime Minister Mark Carney to Beijing is also being floated for late this month.|Mark Carney",
        "A summit between President Lula and President Javier Milei has been mooted for April.|Javier Milei",
        "A state visit by King Frederik to Accra was being mooted by both courts.|Frederik",
        "Pope Leo repeated his offer to host peace negotiations between Russia and Ukraine at the Vatican on Sunday.|Russia",
        "Emir Tamim bin Hamad Al Thani repeated his readiness to host Israel and Hamas for talks in Doha on Monday.|Hamas"})
    void isProposed(String sentence, String who) {
        Extraction x = extract(sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).isNotEmpty()
                .filteredOn(e -> e.participants().stream().anyMatch(p -> p.name().contains(who)))
                .isNotEmpty().allMatch(e -> e.status() == EventStatus.PROPOSED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The visit of President Lula to Lisbon, floated last year, took place on Monday.|Lula",
        "Chancellor Friedrich Merz met Prime Minister Donald Tusk in Warsaw on Monday.|Donald Tusk"})
    void heldStaysHeld(String sentence, String who) {
        Extraction x = extract(sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events()))
                .anyMatch(e -> e.status() == EventStatus.HELD
                        && e.participants().stream().anyMatch(p -> p.name().contains(who)));
    }

    static Extraction extract(String sentence) {
        String text = "Desk bulletin\n\nPublished: 12 March 2026\n\n" + sentence + "\n";
        LocalDate issue = LocalDate.of(2026, 3, 12);
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, issue), issue);
    }
}
