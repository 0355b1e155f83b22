package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Role;

/** Remarks told with their own occasion against quotes ({@link SituatedRemarks}, {@link LooseReports}). */
class SituatedRemarksTest {
    private static boolean situated(String sentence, String trigger) {
        return SituatedRemarks.situated(sentence, trigger);
    }

    @Test
    void tellsWhenOrWhereTheWordsWereSaid() {
        assertThat(situated("Hours before the guest landed, the president posted on social media that all was well.",
                "posted on social media")).isTrue();
        assertThat(situated("After the talks, the minister told reporters that the gap had narrowed.", "told reporters"))
                .isTrue();
        assertThat(situated("The envoy told reporters at the airport that he was hopeful.", "told reporters")).isTrue();
        assertThat(situated("The envoy told reporters in Geneva that he was hopeful.", "told reporters")).isTrue();
    }

    @Test
    void aQuoteIsNoOccasion() {
        assertThat(situated("The envoy told reporters that he was hopeful.", "told reporters")).isFalse();
        assertThat(situated("She wrote on X that the meeting had gone well, before flying home.", "wrote on X")).isFalse();
        assertThat(situated("The envoy told reporters that the talks would resume after Easter.", "told reporters"))
                .isFalse();
    }

    private static final Participant HOST = new Participant("Marco Rubio", EntityKind.PERSON, null, Role.ATTENDEE);
    private static final Participant GUEST = new Participant("Kaja Kallas", EntityKind.PERSON, null, Role.ATTENDEE);

    private static Event remark(int start, String sentence, String trigger, Participant who) {
        return new Event(0, EventType.STATEMENT, null, EventDate.UNKNOWN, null, null, EventStatus.HELD,
                List.of(new Participant(who.name(), who.kind(), null, Role.SPEAKER)),
                List.of(new Mention(0, start, start + sentence.length(), sentence,
                        "trigger '" + trigger + "'; participants")), List.of());
    }

    @Test
    void aSituatedRemarkBesideAHeldMeetingIsAStatementOfThatDay() {
        LocalDate day = LocalDate.of(2025, 3, 10);
        Event meeting = new Event(0, EventType.MEETING, null, EventDate.day(day), null, "Washington", EventStatus.HELD,
                List.of(HOST, GUEST), List.of(new Mention(0, 0, 60,
                "Kaja Kallas and Marco Rubio met in Washington on Monday.", "trigger 'met'")), List.of());
        Event post = remark(100, "Hours before the meeting, Rubio wrote on X that the alliance was in good shape.",
                "wrote on X", HOST);
        Event quote = remark(200, "Kallas wrote on X that the two had agreed a plan.", "wrote on X", GUEST);
        List<Event> out = new LooseReports(new EventMerger()).settle(List.of(meeting, post, quote));
        assertThat(out).hasSize(2);
        assertThat(out).filteredOn(e -> e.type() == EventType.STATEMENT).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(EventDate.day(day));
            assertThat(e.participants()).extracting(Participant::name).containsExactly("Marco Rubio");
        });
        assertThat(out).filteredOn(e -> e.type() == EventType.MEETING).singleElement()
                .satisfies(e -> assertThat(e.mentions()).anyMatch(m -> m.text().startsWith("Kallas wrote on X")));
    }

    @Test
    void aPlannedMeetingDoesNotDateARemark() {
        Event planned = new Event(0, EventType.MEETING, null, EventDate.day(LocalDate.of(2025, 4, 2)), null, null,
                EventStatus.PLANNED, List.of(HOST, GUEST), List.of(new Mention(0, 0, 50,
                "Rubio and Kallas will meet on 2 April.", "trigger 'meet'")), List.of());
        Event post = remark(100, "Hours before the vote, Rubio wrote on X that the plan was sound.", "wrote on X", HOST);
        List<Event> out = new LooseReports(new EventMerger()).settle(List.of(planned, post));
        assertThat(out).noneMatch(e -> e.type() == EventType.STATEMENT && e.date().known());
    }
}
