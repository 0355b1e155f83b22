package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;

/**
 * A sentence that opens with what came just before its main clause ("After their talks on Wednesday, …"), and a
 * relative clause about the object that closes before the main verb's own time (", who lands on Sunday, … on Monday").
 */
class OpeningsAndAsidesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "GULF DESK\nPublished: 12 March 2026\n\nEnvoys keep up the pace\n\n" + body + "\n";
        Article a = new Article("openings.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<String> names(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).sorted().toList();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void anOpeningGatheringIsHeldByTheSubjectsAndDatesWhatFollowsAtOnce() {
        List<Event> found = events("The Spanish minister flew in late on Tuesday. After their talks on Wednesday, "
                + "Jose Manuel Albares and Paulo Rangel gave a joint news conference in Lisbon.");
        Event talks = only(found, EventType.MEETING);
        assertThat(talks.date().start()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(names(talks)).containsExactly("José Manuel Albares", "Paulo Rangel");
        Event press = only(found, EventType.PRESS_CONFERENCE);
        assertThat(press.date().start()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(names(press)).containsExactly("José Manuel Albares", "Paulo Rangel");
    }

    @Test
    void daysAfterIsNotTheSameDay() {
        List<Event> found = events("Days after their meeting on Monday, Jose Manuel Albares and Paulo Rangel spoke "
                + "by phone.");
        assertThat(found.stream().filter(e -> e.type() == EventType.CALL)
                .noneMatch(e -> LocalDate.of(2026, 3, 9).equals(e.date().start()))).isTrue();
    }

    @Test
    void aTimeAfterTheObjectsRelativeClauseIsTheMainVerbs() {
        List<Event> found = events("Prime Minister Mark Carney will receive Jonas Gahr Store, who lands in Ottawa "
                + "on Sunday, at Rideau Hall on Monday.");
        Event meeting = only(found, EventType.MEETING);
        assertThat(meeting.date().start()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(names(meeting)).containsExactly("Jonas Gahr Støre", "Mark Carney");
    }

    @Test
    void aGroupThatAgreesToMeetAgainIsThePlannedMeetingsPeople() {
        List<Event> found = events("Estonian Foreign Minister Margus Tsahkna received his Latvian counterpart Baiba "
                + "Braze in Tallinn on Tuesday. The two ministers agreed to meet again in Riga next month.");
        List<Event> planned = found.stream().filter(e -> e.status() == parley.domain.EventStatus.PLANNED).toList();
        assertThat(planned).hasSize(1);
        assertThat(planned.get(0).date().start()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(names(planned.get(0))).containsExactly("Baiba Braže", "Margus Tsahkna");
    }

    @Test
    void aPressTellingAfterWhatItTellsIsTheSpeakersOwnAndHeld() {
        List<Event> found = events("Margus Tsahkna and Baiba Braze will meet again in Riga next month, spokesman "
                + "Peeter Kask told reporters on Wednesday.");
        Event press = only(found, EventType.PRESS_CONFERENCE);
        assertThat(press.status()).isEqualTo(parley.domain.EventStatus.HELD);
        assertThat(press.date().start()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(names(press)).containsExactly("Peeter Kask");
        Event meeting = only(found, EventType.MEETING);
        assertThat(names(meeting)).containsExactly("Baiba Braže", "Margus Tsahkna");
        assertThat(meeting.status()).isEqualTo(parley.domain.EventStatus.PLANNED);
    }

    @Test
    void aNamedCounterpartHoldsTheOfficeOfThePersonBeforeHimSoTheGroupFindsHim() {
        List<Event> found = events("Lithuanian Defence Minister Dovile Sakaliene hosted her Latvian counterpart Andris "
                + "Spruds in Vilnius on Monday. The two ministers dined together on Sunday evening before the talks.");
        List<Event> meetings = found.stream().filter(e -> e.type() == EventType.MEETING)
                .sorted(java.util.Comparator.comparing(e -> e.date().start())).toList();
        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(0).date().start()).isEqualTo(LocalDate.of(2026, 3, 8)); // the dinner
        assertThat(names(meetings.get(0))).containsExactly("Andris Spruds", "Dovile Sakaliene");
        assertThat(meetings.get(0).participants()).allMatch(p -> p.title().endsWith("defence minister"));
    }

    @Test
    void aWeekdayUnderADatedReleaseCountsFromTheReleasesDay() {
        String text = "Baltic releases, collected\n\nCollected 14.03.2025\n\n05.03.2025 | RIGA | Call with Warsaw\n"
                + "Latvian Prime Minister Evika Silina spoke by phone with Polish Prime Minister Donald Tusk on "
                + "Tuesday evening.\n";
        LocalDate anchor = LocalDate.of(2025, 3, 14);
        Article a = new Article("releases.txt", "txt", "", text, null, null, null, anchor);
        Event call = only(new RuleBasedExtractor().extract(a, anchor).events(), EventType.CALL);
        assertThat(call.date().start()).isEqualTo(LocalDate.of(2025, 3, 4)); // not the Tuesday before the 14th
    }

    @Test
    void anEventNoOneHasFixedADayForIsProposedWhateverTheTense() {
        List<Event> found = events("Prime Minister Christopher Luxon met Anthony Albanese in Auckland on Monday. No "
                + "date has been set for a visit by Luxon to Canberra.");
        Event visit = only(found, EventType.VISIT);
        assertThat(visit.status()).isEqualTo(parley.domain.EventStatus.PROPOSED);
        assertThat(visit.date().known()).isFalse();
    }

    @Test
    void pluralCounterpartsAreTheHoldersOfTheHostsOfficeInEachCountry() {
        List<Event> found = events("Norwegian Foreign Minister Espen Barth Eide hosted his Danish and Finnish "
                + "counterparts in Oslo on Monday.");
        Event meeting = only(found, EventType.MEETING);
        assertThat(names(meeting)).containsExactly("Elina Valtonen", "Espen Barth Eide", "Lars Løkke Rasmussen");
    }
}
