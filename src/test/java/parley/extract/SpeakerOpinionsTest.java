package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Extraction;

/**
 * A guest's or host's own view in a transcript (session 16): "I think the two presidents should meet more often" is
 * an opinion about what ought to happen, no occasion; a view of what happened ("I think they met on Tuesday") still
 * reports one.
 */
class SpeakerOpinionsTest {
    private static final LocalDate AIRED = LocalDate.of(2025, 6, 14);

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, AIRED), AIRED);
    }

    private static String conversation(String ask, String answer, String view) {
        return "Harbour Hour - transcript\n\n"
                + ask + "Welcome. What is the news?\n\n"
                + answer + "Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House "
                + "on Wednesday.\n\n"
                + ask + "Where does this go?\n\n"
                + answer + view + "\n";
    }

    @Test
    void aSpeakersViewOfWhatShouldHappenIsNoEvent() {
        String[][] layouts = {{"HOST: ", "DANA WHITFIELD: "}, {"Q: ", "A: "}, {"[Presenter] ", "[Dana Whitfield] "}};
        String[] views = {"I think Ruto and Museveni should hold a summit before the rains.",
                "Personally, I would like to see Ruto and Museveni meet every month.",
                "In my view Ruto and Museveni ought to talk again in July.",
                "I'd be surprised if Ruto and Museveni met again before August.",
                "Well, I expect Ruto will visit Kampala in the autumn."};
        for (String[] l : layouts) {
            for (String v : views) {
                Extraction x = extract(conversation(l[0], l[1], v));
                assertThat(x.events()).as(l[0] + v + "\n" + SeedArticlesTest.dump(x.events())).hasSize(1)
                        .allSatisfy(e -> assertThat(e.mentions()).noneMatch(m -> m.text().contains(v.substring(0, 12))));
            }
        }
    }

    @Test
    void aViewOfWhatHappenedStillReports() {
        Extraction x = extract(conversation("Q: ", "A: ", "I think Ruto also phoned Tanzanian President Samia Suluhu "
                + "Hassan on Thursday."));
        assertThat(x.events()).extracting(e -> e.date().iso()).contains("2025-06-12");
    }
}
