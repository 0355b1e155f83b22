package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Extraction;

/**
 * Transcripts of briefings, radio segments, podcasts and interviews (session 16): the one asking sets the day the
 * answer tells of ("Back to Wednesday, then.", "So what did Friday deliver?", "And yesterday?"), counted from the
 * day of the broadcast, in every layout of speaker labels.
 */
class TranscriptTurnsTest {
    private static final LocalDate AIRED = LocalDate.of(2025, 6, 14); // a Saturday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, AIRED), AIRED);
    }

    /** Four layouts: capitals and a colon, Q:/A:, bracketed names, a briefing's QUESTION and spokesperson. */
    private static final String[][] LAYOUTS = {
            {"HOST: ", "REPORTER: "}, {"Q: ", "A: "}, {"[Presenter] ", "[Ines Carvalho] "},
            {"QUESTION: ", "MS OKAFOR: "}};

    private static String conversation(String ask, String answer, String cue) {
        return "Harbour Hour - transcript\n\n"
                + ask + "Welcome. A busy week for the lake states. Where do we start?\n\n"
                + answer + "With the border, as always.\n\n"
                + ask + cue + "\n\n"
                + answer + "Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House. "
                + "They talked for three hours.\n";
    }

    @Test
    void aCueTurnNamingADayDatesTheAnswerInEveryLayout() {
        String[] cues = {"Back to Wednesday, then.", "So what did Wednesday deliver?", "And on Wednesday?",
                "What happened in Nairobi on Wednesday?"};
        for (String[] l : LAYOUTS) {
            for (String cue : cues) {
                assertThat(extract(conversation(l[0], l[1], cue)).events()).as(l[0] + cue)
                        .extracting(e -> e.date().iso()).containsExactly("2025-06-11");
            }
        }
    }

    /** Time codes, the speaker's part in brackets, numbered speakers of a machine transcript. */
    @Test
    void labelsWithTimeCodesPartsAndNumbers() {
        String[][] more = {{"[00:04:10] HOST: ", "[00:04:32] REPORTER: "}, {"CLARA MENDES (HOST): ", "TOM BAKER (BBC): "},
                {"00:04:10 Speaker 1: ", "00:04:32 Speaker 2: "}, {"Clara Mendes (host): ", "Tom Baker (reporter): "}};
        for (String[] l : more) {
            assertThat(extract(conversation(l[0], l[1], "Back to Wednesday, then.")).events()).as(l[0])
                    .extracting(e -> e.date().iso()).containsExactly("2025-06-11");
        }
    }

    @Test
    void yesterdayInTheQuestionIsCountedFromTheBroadcastNotFromAnEarlierDate() {
        String text = "Harbour Hour - transcript\n\n"
                + "Q: Mr Museveni became chair of the bloc on 2 May 2024. Is he busy?\n\n"
                + "A: Very. Kenyan President William Ruto phoned him on Monday.\n\n"
                + "Q: And yesterday?\n\n"
                + "A: Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House.\n";
        assertThat(extract(text).events()).extracting(e -> e.date().iso())
                .containsExactlyInAnyOrder("2025-06-09", "2025-06-13");
    }

    @Test
    void noDayIsLentByAQuestionAboutAnotherWeekByTheSameSpeakerOrOutsideATranscript() {
        String ahead = "Harbour Hour - transcript\n\nQ: Welcome.\n\nA: Thanks.\n\nQ: And that same Wednesday?\n\n"
                + "A: Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House.\n";
        assertThat(extract(ahead).events()).extracting(e -> e.date().iso()).doesNotContain("2025-06-11");
        String sameSpeaker = "Harbour Hour - transcript\n\nQ: Welcome.\n\nA: Thanks.\n\nQ: Back to Wednesday, then.\n\n"
                + "Q: Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House.\n\nA: Yes.\n";
        assertThat(extract(sameSpeaker).events()).extracting(e -> e.date().iso()).doesNotContain("2025-06-11");
        String story = "Lake states\n\nNote: Back to Wednesday, then.\n\n"
                + "Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House.\n";
        assertThat(extract(story).events()).extracting(e -> e.date().iso()).doesNotContain("2025-06-11");
    }

    @Test
    void aQuestionAboutLastWeekPutsTheAnswersWeekdaysInThatWeek() {
        for (String[] l : LAYOUTS) {
            String text = "Harbour Hour - transcript\n\n" + l[0] + "Welcome.\n\n" + l[1] + "Thanks.\n\n"
                    + l[0] + "You were in Kampala last week. What happened there?\n\n"
                    + l[1] + "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday.\n";
            assertThat(extract(text).events()).as(l[0]).extracting(e -> e.date().iso()).containsExactly("2025-06-03");
        }
    }

    /** A denial names a day the occasion it denies might come, never the day of the one the question dated. */
    @Test
    void aDeniedOccasionDoesNotRedateTheOneJustTold() {
        for (String[] l : LAYOUTS) {
            String text = "Harbour Hour - transcript\n\n" + l[0] + "Welcome.\n\n" + l[1] + "Thanks.\n\n"
                    + l[0] + "So what did Friday deliver?\n\n"
                    + l[1] + "Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House.\n\n"
                    + l[0] + "Did Ruto also see the Tanzanian president?\n\n"
                    + l[1] + "No, that meeting did not happen; it may come next month.\n";
            assertThat(extract(text).events()).as(l[0]).extracting(e -> e.date().iso()).containsExactly("2025-06-13");
        }
    }

    @Test
    void theAnswersOwnDayStillWins() {
        String text = "Harbour Hour - transcript\n\nQ: Welcome.\n\nA: Thanks.\n\nQ: Back to Wednesday, then.\n\n"
                + "A: Kenyan President William Ruto received Ugandan President Yoweri Museveni at State House on "
                + "Tuesday.\n";
        assertThat(extract(text).events()).extracting(e -> e.date().iso()).containsExactly("2025-06-10");
    }
}
