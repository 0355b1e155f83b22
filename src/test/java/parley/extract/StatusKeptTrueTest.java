package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Extraction;

/** Status kept true (session 16): what one clause tells as planned or proposed does not undo what another tells as held. */
class StatusKeptTrueTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("s.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Prime Minister Lena Varga held talks with President Omar Tekle in Vienna today. Varga will host a dinner "
            + "for Tekle tonight.",
        "Chancellor Mara Holm met Premier Ivo Serrat in Bonn today. Holm and Serrat will dine together at the "
            + "castle this evening.",
        "Foreign Minister Anton Berg received Foreign Minister Sami Laine in Oslo today. Berg is to give a dinner in "
            + "honour of Laine tonight."})
    void sameDayPlanKeepsTheHeldTalks(String text) {
        assertThat(extract("Talks\n\n" + text + "\n").events())
                .filteredOn(e -> e.type() != EventType.STATEMENT && "2026-11-18".equals(e.date().iso()))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.status()).isEqualTo(EventStatus.HELD));
    }
    @ParameterizedTest
    @ValueSource(strings = {
        "Prime Minister Lena Varga met President Omar Tekle in Cairo on Monday, which the opposition will surely "
            + "criticise.",
        "President Omar Tekle held talks with Chancellor Mara Holm in Bonn on Monday, which Moscow will not welcome.",
        "Chancellor Mara Holm visited Kyiv on Monday, a move that Moscow will not forgive."})
    void futureOfACommentClauseIsNotTheEvents(String sentence) {
        assertThat(extract("Talks\n\n" + sentence + "\n").events())
                .filteredOn(e -> e.type() != EventType.STATEMENT)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(EventStatus.HELD);
                    assertThat(e.date().iso()).isEqualTo("2026-11-16");
                });
    }
    @ParameterizedTest
    @ValueSource(strings = {
        "Chronology\n\n- **12 November** — President Omar Tekle meets Prime Minister Lena Varga in Cairo and endorses "
            + "her ahead of the elections.\n- **14 November** — Varga flies to Rome.",
        "Timeline\n\n- 12 November: Chancellor Mara Holm meets President Ivo Serrat in Bonn ahead of the party "
            + "congress.\n- 15 November: Serrat returns home.",
        "How the week went\n\n12 November – Foreign Minister Anton Berg receives Foreign Minister Sami Laine in Oslo "
            + "ahead of the vote on the treaty.\n\n15 November – Laine speaks in parliament."})
    void aheadOfInAPastEntryIsHeld(String body) {
        assertThat(extract("Week\n\n" + body + "\n").events())
                .filteredOn(e -> "2026-11-12".equals(e.date().iso()))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.HELD));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Chancellor Mara Holm meets President Ivo Serrat in Bonn on Friday ahead of the party congress.",
        "Prime Minister Lena Varga will meet President Omar Tekle in Cairo on 20 November ahead of the elections."})
    void aheadOfADayToComeStaysPlanned(String sentence) {
        assertThat(extract("Talks\n\n" + sentence + "\n").events()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }
    @ParameterizedTest
    @ValueSource(strings = {
        "On 2 November President Omar Tekle announced that he and Prime Minister Lena Varga would meet in Cairo on 30 "
            + "November. The plan drew protests at home. On 16 November Tekle told reporters he had cancelled it.",
        "President Omar Tekle and Prime Minister Lena Varga will meet in Cairo on 30 November, officials said on 2 "
            + "November. Protests followed. On Monday Varga said the government had called it off.",
        "President Omar Tekle said on 2 November that he would hold a summit with Chancellor Mara Holm in Vienna in "
            + "December. Critics in parliament objected. On Monday Tekle called it off.",
        "Chancellor Mara Holm is to visit Kyiv in December, her office said on 2 November. Two weeks later she shelved "
            + "the trip."})
    void laterCancellationReachesThePlan(String text) {
        assertThat(extract("Plans\n\n" + text + "\n").events())
                .filteredOn(e -> e.type() != EventType.STATEMENT && e.type() != EventType.PRESS_CONFERENCE)
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.CANCELLED));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "President Omar Tekle plans to visit Vienna in December. Tekle has not cancelled it, his office said.",
        "President Omar Tekle plans to visit Vienna in December. Critics say he should have called it off."})
    void noCancellationToldAsFact(String text) {
        assertThat(extract("Plans\n\n" + text + "\n").events())
                .filteredOn(e -> e.type() == EventType.VISIT)
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EventStatus.PLANNED));
    }
    @ParameterizedTest
    @ValueSource(strings = {
        "President Omar Tekle arrived in Vienna on Tuesday. Chancellor Mara Holm's office said there were no plans for a "
            + "Tekle-Holm meeting the next day.",
        "President Omar Tekle flew to Bonn on Tuesday. Officials said there were no plans for a Tekle-Holm meeting on "
            + "Wednesday.",
        "President Omar Tekle flew to Bonn on Tuesday. Berlin said there were no arrangements for a meeting of Tekle "
            + "and Chancellor Mara Holm on Thursday."})
    void noPlansForAMeetingIsNoMeeting(String text) {
        assertThat(extract("Trip\n\n" + text + "\n").events())
                .noneMatch(e -> e.type() == EventType.MEETING || e.type() == EventType.TALKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "There is no doubt the summit of Chancellor Mara Holm and President Omar Tekle on Friday will be tense."})
    void noDoubtDeniesNothing(String text) {
        assertThat(extract("Trip\n\n" + text + "\n").events())
                .anyMatch(e -> e.type() == EventType.SUMMIT);
    }
}
