package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * A transcript's noun-phrase question names the occasion the answer reports (session 16): "And the press conference
 * afterwards?" / "They took questions together in the garden." The answer's "they" are the people of the occasion
 * just told; its day its own, else that occasion's when the question asks what came after it.
 */
class AnsweredCuesTest {
    private static final LocalDate AIRED = LocalDate.of(2025, 6, 14); // a Saturday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, AIRED), AIRED);
    }

    private static final String[][] LAYOUTS = {
            {"HOST: ", "REPORTER: "}, {"Q: ", "A: "}, {"[Presenter] ", "[Ines Carvalho] "},
            {"QUESTION: ", "MS OKAFOR: "}};

    private static String conversation(String ask, String answer, String cue, String reply) {
        return "Harbour Hour - transcript\n\n"
                + ask + "Welcome. Where do we start?\n\n"
                + answer + "In Nairobi. On Wednesday Kenyan President William Ruto received Ugandan President Yoweri "
                + "Museveni at State House.\n\n"
                + ask + cue + "\n\n"
                + answer + reply + "\n";
    }

    @Test
    void theAnswerReportsTheOccasionTheQuestionNamedInEveryLayout() {
        String[][] cases = {
                {"And the press conference afterwards?", "They took questions together in the garden.",
                        "PRESS_CONFERENCE", "2025-06-11"},
                {"And the joint statement?", "They issued it this morning.", "STATEMENT", "2025-06-14"},
                {"What about the press conference?", "The two presidents held it on Thursday, side by side.",
                        "PRESS_CONFERENCE", "2025-06-12"}};
        for (String[] l : LAYOUTS) {
            for (String[] c : cases) {
                Extraction x = extract(conversation(l[0], l[1], c[0], c[1]));
                assertThat(x.events()).as(l[0] + c[0] + "\n" + SeedArticlesTest.dump(x.events()))
                        .anySatisfy(e -> {
                            assertThat(e.type()).isEqualTo(EventType.valueOf(c[2]));
                            assertThat(e.date().iso()).isEqualTo(c[3]);
                            assertThat(e.participants()).extracting(p -> p.name())
                                    .contains("William Ruto", "Yoweri Museveni");
                        });
            }
        }
    }

    @Test
    void aDenialOrAnotherQuestionReportsNothing() {
        for (String reply : new String[] {"There was none.", "It was called off.", "They didn't hold one.",
                "Why do you ask?"}) {
            Extraction x = extract(conversation("Q: ", "A: ", "And the press conference afterwards?", reply));
            assertThat(x.events()).as(reply).extracting(Event::type).doesNotContain(EventType.PRESS_CONFERENCE);
        }
    }

    @Test
    void aQuestionThatIsNoNounPhraseTypesNothing() {
        Extraction x = extract(conversation("Q: ", "A: ", "Did they hold a press conference afterwards?",
                "They took questions together in the garden."));
        assertThat(x.events()).extracting(Event::type).doesNotContain(EventType.PRESS_CONFERENCE);
    }
}
