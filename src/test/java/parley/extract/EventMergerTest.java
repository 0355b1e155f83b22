package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
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

class EventMergerTest {
    final EventMerger merger = new EventMerger();
    static final LocalDate D = LocalDate.of(2025, 5, 20);

    static Participant p(String name, Role role) {
        return new Participant(name, EntityKind.PERSON, null, role);
    }

    static Event ev(EventType type, EventDate date, String place, long source, int start, Participant... ps) {
        Mention m = new Mention(source, start, start + 5, "xxxxx", "trigger");
        return new Event(0, type, null, date, null, place, EventStatus.HELD, List.of(ps), List.of(m), List.of());
    }

    @Test
    void sameTypeSameDaySharedParticipantIsTheSameEvent() {
        Event a = ev(EventType.CALL, EventDate.day(D), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE), p("Bo Lind", Role.ATTENDEE));
        Event b = ev(EventType.CALL, EventDate.day(D), null, 2, 0, p("Bo Lind", Role.ATTENDEE));
        assertThat(merger.findSame(b, List.of(a))).contains(a);
    }

    static Event strike(long source, String sentence) {
        Mention m = new Mention(source, 0, sentence.length(), sentence, "trigger 'strikes'");
        return new Event(0, EventType.MILITARY, null, EventDate.day(D), null, null, EventStatus.HELD, List.of(),
                List.of(m), List.of());
    }

    @Test
    void aRetaliationIsNotTheStrikeItAnswers() {
        Event first = strike(1, "Jets struck a depot near the border early on Tuesday.");
        Event answer = strike(2, "The other side answered with strikes of its own on Tuesday night.");
        Event again = strike(3, "The depot strikes on Tuesday destroyed fuel stocks.");
        assertThat(merger.findSame(answer, List.of(first))).isEmpty();
        assertThat(merger.findSame(again, List.of(first))).contains(first);
        assertThat(merger.findSame(strike(4, "Retaliatory strikes followed on Tuesday."), List.of(answer)))
                .contains(answer);
    }

    @Test
    void differentDaysOrTypesAreDifferentEvents() {
        Event a = ev(EventType.CALL, EventDate.day(D), null, 1, 0, p("Bo Lind", Role.ATTENDEE));
        assertThat(merger.findSame(ev(EventType.CALL, EventDate.day(D.plusDays(1)), null, 2, 0,
                p("Bo Lind", Role.ATTENDEE)), List.of(a))).isEmpty();
        assertThat(merger.findSame(ev(EventType.STATEMENT, EventDate.day(D), null, 2, 0,
                p("Bo Lind", Role.SPEAKER)), List.of(a))).isEmpty();
    }

    @Test
    void meetingSummitAndTalksAreCompatibleAndADayFitsItsMonth() {
        Event month = ev(EventType.TALKS, EventDate.month(YearMonth.of(2025, 5)), null, 1, 0, p("Bo Lind", Role.ATTENDEE));
        Event day = ev(EventType.SUMMIT, EventDate.day(D), null, 2, 0, p("Bo Lind", Role.ATTENDEE));
        assertThat(merger.findSame(day, List.of(month))).contains(month);
        Event merged = merger.merge(month, day);
        assertThat(merged.date()).isEqualTo(EventDate.day(D));
        assertThat(merged.type()).isEqualTo(EventType.SUMMIT);
        assertThat(merged.disagreements()).isEmpty();
    }

    /** An undated report cannot be told apart from other occasions of the same people with a date. */
    @Test
    void anUndatedReportNeverJoinsADatedEventOfAnotherArticle() {
        Event dated = ev(EventType.MEETING, EventDate.day(D), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE));
        assertThat(merger.findSame(ev(EventType.MEETING, EventDate.UNKNOWN, null, 2, 0, p("Ana Ruiz", Role.ATTENDEE)),
                List.of(dated))).isEmpty();
        // two undated reports of one kind with someone in common (a spokesperson's words quoted by two outlets)
        Event undated = ev(EventType.STATEMENT, EventDate.UNKNOWN, null, 1, 0, p("Ana Ruiz", Role.SPEAKER));
        assertThat(merger.findSame(ev(EventType.STATEMENT, EventDate.UNKNOWN, null, 2, 0, p("Ana Ruiz", Role.SPEAKER)),
                List.of(undated))).contains(undated);
        assertThat(merger.findSame(ev(EventType.MEETING, EventDate.UNKNOWN, null, 2, 0, p("Ana Ruiz", Role.ATTENDEE)),
                List.of(undated))).isEmpty();
        // one outlet's undated remark of Ruiz's is not another's undated account of Ruiz talking with Lind
        assertThat(merger.findSame(ev(EventType.STATEMENT, EventDate.UNKNOWN, null, 2, 0, p("Ana Ruiz", Role.SPEAKER),
                p("Bo Lind", Role.SPEAKER)), List.of(undated))).isEmpty();
    }

    /** One person meeting two different people on one day, in one city or two: two events. */
    @Test
    void onePersonWithTwoDifferentCounterpartsOrInTwoCitiesIsTwoEvents() {
        Event a = ev(EventType.CALL, EventDate.day(D), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE), p("Bo Lind", Role.ATTENDEE));
        Event b = ev(EventType.CALL, EventDate.day(D), null, 2, 0, p("Ana Ruiz", Role.ATTENDEE), p("Cy Moss", Role.ATTENDEE));
        assertThat(merger.findSame(b, List.of(a))).isEmpty();
        Event here = ev(EventType.MEETING, EventDate.day(D), "Oslo", 1, 0, p("Ana Ruiz", Role.ATTENDEE));
        Event there = ev(EventType.MEETING, EventDate.day(D), "Lima", 2, 0, p("Ana Ruiz", Role.ATTENDEE));
        assertThat(merger.findSame(there, List.of(here))).isEmpty();
        // two people in common outweigh a venue named two ways
        Event venue = ev(EventType.MEETING, EventDate.day(D), "Oslo", 1, 0, p("Ana Ruiz", Role.ATTENDEE), p("Bo Lind", Role.ATTENDEE));
        Event hall = ev(EventType.MEETING, EventDate.day(D), "Akershus Fortress", 2, 0, p("Ana Ruiz", Role.ATTENDEE), p("Bo Lind", Role.ATTENDEE));
        assertThat(merger.findSame(hall, List.of(venue))).contains(venue);
    }

    /** A bilateral meeting on one day of a three-day summit is held during it; it is not the summit. */
    @Test
    void aOneDayMeetingIsNotTheMultiDaySummitItIsHeldDuring() {
        Event summit = ev(EventType.SUMMIT, EventDate.range(D, D.plusDays(2)), "Tianjin", 1, 0,
                p("Ana Ruiz", Role.ATTENDEE), p("Bo Lind", Role.ATTENDEE));
        Event meeting = ev(EventType.MEETING, EventDate.day(D.plusDays(1)), "Tianjin", 2, 0,
                p("Ana Ruiz", Role.ATTENDEE), p("Bo Lind", Role.ATTENDEE));
        assertThat(merger.findSame(meeting, List.of(summit))).isEmpty();
        assertThat(merger.findSame(ev(EventType.SUMMIT, EventDate.day(D.plusDays(1)), "Tianjin", 2, 0,
                p("Ana Ruiz", Role.ATTENDEE)), List.of(summit))).contains(summit);
    }

    /** Every merge found by likeness says why in the sentences it brings. */
    @Test
    void aMergeSaysWhyInTheSentencesItBrings() {
        Event a = ev(EventType.MEETING, EventDate.day(D), "Oslo", 1, 0, p("Ana Ruiz", Role.ATTENDEE), p("Bo Lind", Role.ATTENDEE));
        Event b = ev(EventType.SUMMIT, EventDate.day(D), "Oslo", 2, 0, p("Bo Lind", Role.ATTENDEE));
        Event merged = merger.mergeFound(a, b);
        Mention brought = merged.mentions().stream().filter(m -> m.sourceId() == 2).findFirst().orElseThrow();
        assertThat(brought.contribution()).contains("merged: ", "same date", "kinds of one family (meeting, summit)",
                "shared Bo Lind", "same place (Oslo)");
        Mention kept = merged.mentions().stream().filter(m -> m.sourceId() == 1).findFirst().orElseThrow();
        assertThat(kept.contribution()).doesNotContain("merged: ");
    }

    @Test
    void callsHoursApartOnOneDayAreTwoCalls() {
        Event noon = ev(EventType.CALL, EventDate.at(D, LocalTime.NOON), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE));
        Event evening = ev(EventType.CALL, EventDate.at(D, LocalTime.of(19, 0)), null, 2, 0, p("Ana Ruiz", Role.ATTENDEE));
        assertThat(merger.findSame(evening, List.of(noon))).isEmpty();
    }

    @Test
    void theMoreSpecificRoleWinsAndMentionsAreUnitedOnce() {
        Event a = ev(EventType.MEETING, EventDate.day(D), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE), p("Bo Lind", Role.JOINED));
        Event b = ev(EventType.MEETING, EventDate.day(D), null, 2, 10, p("Ana Ruiz", Role.CO_CHAIR), p("Bo Lind", Role.ATTENDEE));
        Event merged = merger.merge(a, merger.merge(a, b));
        assertThat(SeedArticlesTest.role(merged, "Ana Ruiz")).isEqualTo(Role.CO_CHAIR);
        assertThat(SeedArticlesTest.role(merged, "Bo Lind")).isEqualTo(Role.JOINED);
        assertThat(merged.mentions()).hasSize(2);
    }

    @Test
    void disagreementsAreRecordedNotDropped() {
        Event a = ev(EventType.SUMMIT, EventDate.day(D), "Geneva", 1, 0, p("Ana Ruiz", Role.ATTENDEE), p("Cy Moss", Role.ABSENT));
        Event b = ev(EventType.SUMMIT, EventDate.day(D), "Vienna", 2, 0, p("Ana Ruiz", Role.ATTENDEE), p("Cy Moss", Role.ATTENDEE));
        Event merged = merger.merge(a, b);
        assertThat(merged.location()).isEqualTo("Geneva");
        assertThat(merged.disagreements()).containsExactly("place: Geneva in source 1, Vienna in source 2",
                "Cy Moss: absent in source 1, taking part (attendee) in source 2");
        assertThat(SeedArticlesTest.role(merged, "Cy Moss")).isEqualTo(Role.ABSENT);
    }

    @Test
    void differentDatesOfTheSameMonthAreADisagreement() {
        Event a = ev(EventType.MEETING, EventDate.range(D, D.plusDays(2)), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE));
        Event b = ev(EventType.MEETING, EventDate.day(D.plusDays(3)), null, 2, 0, p("Ana Ruiz", Role.ATTENDEE));
        assertThat(merger.findSame(b, List.of(a))).isEmpty();
        Event merged = merger.merge(ev(EventType.MEETING, EventDate.day(D), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE)),
                ev(EventType.MEETING, EventDate.day(D.plusDays(1)), null, 2, 0, p("Ana Ruiz", Role.ATTENDEE)));
        assertThat(merged.disagreements()).containsExactly("date: Tue 20 May 2025 in source 1, Wed 21 May 2025 in source 2");
    }

    @Test
    void cancelledWinsAndSaysWhoDisagrees() {
        Event held = ev(EventType.VISIT, EventDate.day(D), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE));
        Event off = new Event(0, EventType.VISIT, null, EventDate.day(D), null, null, EventStatus.CANCELLED,
                held.participants(), List.of(new Mention(2, 0, 5, "xxxxx", "trigger")), List.of());
        Event merged = merger.merge(held, off);
        assertThat(merged.status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(merged.disagreements()).containsExactly("status: cancelled in source 2, held in source 1");
    }

    @Test
    void mergingIsDeterministic() {
        Event a = ev(EventType.MEETING, EventDate.day(D), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE));
        Event b = ev(EventType.MEETING, EventDate.day(D), null, 2, 3, p("Ana Ruiz", Role.HOST), p("Bo Lind", Role.ATTENDEE));
        assertThat(merger.merge(a, b)).isEqualTo(merger.merge(a, b));
        assertThat(merger.merge(a, b).title()).isEqualTo("Meeting: Ruiz, Lind");
    }

    /**
     * Across articles as inside one: one outlet's meeting of two leaders is not another outlet's summit of five the
     * same day, though they share a leader; a pair of the summit's people still joins a summit report of theirs.
     */
    @Test
    void aBilateralOfOneArticleIsNotAnotherArticlesSummitThatDay() {
        Event summit = ev(EventType.SUMMIT, EventDate.day(D), "Oslo", 1, 0, p("Ana Ruiz", Role.HOST),
                p("Bo Lind", Role.ATTENDEE), p("Cai Wen", Role.ATTENDEE), p("Dag Holm", Role.ATTENDEE),
                p("Eli Sand", Role.ATTENDEE));
        Event pair = ev(EventType.MEETING, EventDate.day(D), null, 2, 0, p("Ana Ruiz", Role.ATTENDEE),
                p("Fay Moss", Role.ATTENDEE));
        Event summitReport = ev(EventType.SUMMIT, EventDate.day(D), null, 3, 0, p("Ana Ruiz", Role.ATTENDEE),
                p("Bo Lind", Role.ATTENDEE));
        assertThat(merger.findSame(pair, List.of(summit))).isEmpty();
        assertThat(merger.findSame(summitReport, List.of(summit))).contains(summit);
    }

    /**
     * A spokesperson one article named beside a call of two leaders is a commentator once another article's report
     * of the call is merged in: the merged call keeps the leaders, not the commentator.
     */
    @Test
    void aMergeAcrossArticlesLeavesOneArticlesCommentatorOut() {
        Participant spokesman = new Participant("Gil Roy", EntityKind.PERSON, "Foreign Ministry spokesman",
                Role.ATTENDEE);
        Event one = ev(EventType.CALL, EventDate.day(D), null, 1, 0, p("Ana Ruiz", Role.ATTENDEE), spokesman);
        Event other = ev(EventType.CALL, EventDate.day(D), null, 2, 0, p("Ana Ruiz", Role.ATTENDEE),
                p("Bo Lind", Role.ATTENDEE));
        Event merged = merger.mergeAcross(other, one);
        assertThat(merged.participants()).extracting(Participant::name).containsExactly("Ana Ruiz", "Bo Lind");
        assertThat(merged.mentions()).hasSize(2);
    }
}
