package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * People the gazetteer does not know and the article names without a title, found because the sentence makes them
 * actors: subject of a meeting verb, "led by", "with" after a meeting verb, listed with another such name. Places,
 * bodies and headline words stay what they are. The people are made up, so only the rule can find them.
 */
class UntitledPeopleTest {
    private static final LocalDate WED_12_MAR = LocalDate.of(2025, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, WED_12_MAR),
                WED_12_MAR).events();
    }

    private static List<String> presentOn(String text, String iso) {
        List<Event> events = extract(text);
        Event e = events.stream().filter(x -> iso.equals(x.date().iso())).findFirst().orElse(null);
        assertThat(e).as(SeedArticlesTest.dump(events)).isNotNull();
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    @Test
    void twoUntitledNamesAsSubjectsOfAMeetingVerbAreParticipants() {
        assertThat(presentOn("Ines Morvaly and Tadeo Quintrel shook hands in Havana on Monday.", "2025-03-10"))
                .containsExactlyInAnyOrder("Ines Morvaly", "Tadeo Quintrel");
    }

    @Test
    void theLeaderOfADelegationIsAParticipant() {
        assertThat(presentOn("The rebel delegation, led by Tadeo Quintrel, met Hakan Fidan in Ankara on Monday.",
                "2025-03-10")).contains("Tadeo Quintrel", "Hakan Fidan");
    }

    @Test
    void aNameBeforeAWhoClauseAndAMeetingVerbIsAParticipant() {
        assertThat(presentOn("Ines Morvaly, who arrived on Sunday, met Hakan Fidan in Ankara on Monday.",
                "2025-03-10")).containsExactlyInAnyOrder("Ines Morvaly", "Hakan Fidan");
    }

    @Test
    void talksWithAnUntitledNameAndTheSurnameLater() {
        List<Event> events = extract("Hakan Fidan held talks with Tadeo Quintrel in Ankara on Monday.\n\n"
                + "On Tuesday, Quintrel met Sergei Lavrov in Moscow.");
        assertThat(events.stream().filter(e -> "2025-03-11".equals(e.date().iso())).findFirst().orElseThrow()
                .participants().stream().map(Participant::name).toList()).contains("Tadeo Quintrel");
        assertThat(presentOn("Hakan Fidan held talks with Tadeo Quintrel in Ankara on Monday.", "2025-03-10"))
                .containsExactlyInAnyOrder("Hakan Fidan", "Tadeo Quintrel");
    }

    @Test
    void aWeekdayBeforeTheNameIsNoPartOfIt() {
        assertThat(presentOn("On Monday Ines Morvaly met Hakan Fidan in Ankara.", "2025-03-10"))
                .containsExactlyInAnyOrder("Ines Morvaly", "Hakan Fidan");
    }

    @Test
    void aNationalityBeforeTheNameIsNoPartOfIt() {
        assertThat(presentOn("Chilean Ines Morvaly met Hakan Fidan in Ankara on Monday.", "2025-03-10"))
                .containsExactlyInAnyOrder("Ines Morvaly", "Hakan Fidan");
    }

    @Test
    void headlineCaseAndTitledRunsMakeNoUntitledPerson() {
        assertThat(presentOn("Hakan Fidan met Sergei Lavrov in Ankara on Monday.\n\nFree Trade Talks Resume As"
                + " Envoys Met In Ankara", "2025-03-10")).containsExactlyInAnyOrder("Hakan Fidan", "Sergei Lavrov");
    }

    @Test
    void bodiesAndPlacesBeforeAVerbAreNoPeople() {
        assertThat(presentOn("The Security Council met in New York on Monday with Hakan Fidan.", "2025-03-10"))
                .noneMatch(n -> n.equals("Security Council") || n.equals("New York"));
        assertThat(presentOn("Hakan Fidan met Sergei Lavrov on Monday; Ankara Times reported the meeting.",
                "2025-03-10")).containsExactlyInAnyOrder("Hakan Fidan", "Sergei Lavrov");
        assertThat(presentOn("National Liberation Army negotiators met Hakan Fidan in Ankara on Monday.",
                "2025-03-10")).noneMatch(n -> n.contains("Liberation"));
    }

    @Test
    void theUntitledObjectOfAMeetingVerbIsAParticipantButABodyIsNoPerson() {
        assertThat(presentOn("Hakan Fidan received Ines Morvaly in Ankara on Monday.", "2025-03-10"))
                .containsExactlyInAnyOrder("Hakan Fidan", "Ines Morvaly");
        assertThat(presentOn("Hakan Fidan hosted Tadeo Quintrel at the ministry on Monday.", "2025-03-10"))
                .containsExactlyInAnyOrder("Hakan Fidan", "Tadeo Quintrel");
        assertThat(presentOn("Hakan Fidan met Foreign Minister Ishaq Dar in Ankara on Monday.", "2025-03-10"))
                .containsExactlyInAnyOrder("Hakan Fidan", "Ishaq Dar");
    }
}
