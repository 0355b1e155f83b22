package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/** An attack on a person or by critics, with no word of force, is criticism or sport, not MILITARY. Our sentences. */
class VerbalAttacksTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    @Test
    void attacksInWordsAreNoUseOfForce() {
        for (String sentence : List.of(
                "In a speech in Gdansk on Monday, Polish President Karol Nawrocki launched a fierce attack on German"
                        + " Chancellor Friedrich Merz.",
                "The foreign secretary came under attack from her own party on Tuesday over the deal.",
                "The cyclist's rivals waited for the last climb on Sunday to attack him.",
                "The senator attacks the president almost daily in his posts.",
                "Opposition leader Kemi Badenoch renewed her attack on the government on Wednesday.")) {
            List<Event> es = extract("Politics in brief\n\n" + sentence + "\n");
            assertThat(es).as(sentence + "\n" + SeedArticlesTest.dump(es))
                    .noneMatch(e -> e.type() == EventType.MILITARY);
        }
    }

    @Test
    void attacksWithForcesWeaponsOrPlacesStay() {
        for (String sentence : List.of(
                "Russian drones launched an attack on Odesa on Monday night, President Volodymyr Zelensky said.",
                "A gunman wounded Prime Minister Robert Fico in an attack in Handlova on Wednesday.",
                "Israel launched an attack on Iranian nuclear sites on Friday.")) {
            List<Event> es = extract("Security in brief\n\n" + sentence + "\n");
            assertThat(es).as(sentence + "\n" + SeedArticlesTest.dump(es))
                    .anyMatch(e -> e.type() == EventType.MILITARY);
        }
    }
}
