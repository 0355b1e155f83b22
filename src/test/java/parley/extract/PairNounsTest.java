package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * "The royal couple", "the couple", "the duo", "the two statesmen" are the pair told just before, as "the pair" and
 * "both men" already were (session 18). Sentences of our own.
 */
class PairNounsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

    private static List<Event> events(String... sentences) {
        String text = "Desk bulletin\n\n" + String.join("\n\n", sentences) + "\n";
        Article a = new Article("pair.txt", "txt", "0", text, "Desk bulletin", null, null, DAY);
        return new RuleBasedExtractor().extract(a, DAY).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    private static Event with(List<Event> es, String name) {
        return es.stream().filter(e -> present(e).contains(name)).findFirst().orElseThrow();
    }

    @Test
    void theRoyalCoupleIsThePairThatArrived() {
        List<Event> es = events("King Frederik and Queen Mary of Denmark arrived in Oslo on Monday for a state visit.",
                "On Tuesday the royal couple met Prime Minister Jonas Gahr Store.");
        assertThat(present(with(es, "Jonas Gahr Støre"))).contains("Frederik", "Mary");
    }

    @Test
    void theCoupleTheDuoAndTheTwoStatesmen() {
        for (String pair : List.of("the couple", "the duo", "the two statesmen")) {
            List<Event> es = events("President William Ruto met President Samia Suluhu Hassan in Arusha on Monday.",
                    "On Tuesday " + pair + " met Prime Minister Abiy Ahmed in Addis Ababa.");
            assertThat(present(with(es, "Abiy Ahmed"))).as(pair).contains("William Ruto", "Samia Suluhu Hassan");
        }
    }

    @Test
    void aCoupleOfDaysIsNoPair() {
        List<Event> es = events("President William Ruto met President Samia Suluhu Hassan in Arusha on Monday.",
                "A couple of days later Prime Minister Abiy Ahmed met Foreign Minister Musalia Mudavadi in Addis Ababa.");
        assertThat(present(with(es, "Abiy Ahmed"))).doesNotContain("William Ruto");
    }
}
