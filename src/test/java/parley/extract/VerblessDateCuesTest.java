package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/**
 * Dates given without a verb (session 13): an item's lead that names the place first and then the day ("(3) Lima,
 * Thursday 6 March.", "- **Kampala, June 2019.**", "Quito, Monday 3 March —") dates the sentences of its item; a
 * short copular sentence ("That was on Monday.", "This was last Friday.") dates the sentence after it.
 */
class VerblessDateCuesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 3, 14); // a Friday

    private static List<Event> events(String body) {
        String text = "ANDEAN DESK\nPublished: 14 March 2025\n\nThe week in the region\n\n" + body + "\n";
        Article a = new Article("cues.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Event with(List<Event> events, String name) {
        List<Event> of = events.stream().filter(e -> e.participants().stream().anyMatch(p -> p.name().equals(name)))
                .toList();
        assertThat(of).as("events with %s in %s", name, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void aNumberedItemLeadOfPlaceAndDayDatesItsItem() {
        List<Event> found = events("(1) Quito, Monday 10 March. Ecuadorian President Daniel Noboa received Colombian "
                + "Foreign Minister Laura Sarabia at the Carondelet Palace.\n\n(2) Lima, Thursday 13 March. Peruvian "
                + "Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren.");
        assertThat(with(found, "Laura Sarabia").date().iso()).isEqualTo("2025-03-10");
        assertThat(with(found, "Elmer Schialer").date().iso()).isEqualTo("2025-03-13");
    }

    @Test
    void aNumberedItemLeadOfDayThenPlaceDatesItsItem() {
        List<Event> found = events("(1) Thursday 13 March, Lima. The talks ran late. Peruvian Foreign Minister Elmer "
                + "Schialer met Chilean Foreign Minister Alberto van Klaveren.\n\n(2) Wednesday 12 March. The visit was "
                + "short. Ecuadorian President Daniel Noboa received Colombian Foreign Minister Laura Sarabia.");
        assertThat(with(found, "Elmer Schialer").date().iso()).isEqualTo("2025-03-13");
        assertThat(with(found, "Laura Sarabia").date().iso()).isEqualTo("2025-03-12");
    }

    @Test
    void aBoldListLeadWithAMonthDatesItsItemAndDoesNotCarryOver() {
        List<Event> found = events("Earlier rounds:\n\n- **Kampala, June 2019.** Ugandan President Yoweri Museveni "
                + "hosted Rwandan President Paul Kagame for talks.\n- **Luanda, August 2019.** Angolan President João "
                + "Lourenço received Félix Tshisekedi.");
        assertThat(with(found, "Paul Kagame").date().iso()).isEqualTo("2019-06");
        assertThat(with(found, "Félix Tshisekedi").date().iso()).isEqualTo("2019-08");
    }

    @Test
    void unmarkedPlaceLeadsDateTheirParagraphsInABulletin() {
        List<Event> found = events("Quito, Monday 10 March — The visit had been announced a week before. Ecuadorian "
                + "President Daniel Noboa received Colombian Foreign Minister Laura Sarabia.\n\nSantiago, Wednesday 12 "
                + "March — Trade was the first subject. Chilean President Gabriel Boric hosted Argentine President "
                + "Javier Milei.");
        assertThat(with(found, "Laura Sarabia").date().iso()).isEqualTo("2025-03-10");
        assertThat(with(found, "Javier Milei").date().iso()).isEqualTo("2025-03-12");
    }

    @Test
    void aCopularTimeSentenceDatesTheNextSentence() {
        // a transcript: no sections, so the lead's day ("on Wednesday") would date every undated past report
        String text = "Radio Europa: the premier's tour\n\nTranscript posted 14 March 2025\n\nHOST: The Portuguese "
                + "prime minister met Emmanuel Macron in Paris on Wednesday. How did Madrid go?\n\nREPORTER: That was "
                + "on Monday. Luís Montenegro met Pedro Sánchez at the Moncloa.\n\nHOST: And Berlin?\n\nREPORTER: Yes, "
                + "this was back last Friday. Montenegro held talks with Friedrich Merz in the chancellery.\n";
        List<Event> found = new RuleBasedExtractor().extract(new Article("radio.txt", "txt", "", text, null, null, null,
                ANCHOR), ANCHOR).events();
        assertThat(with(found, "Pedro Sánchez").date().iso()).isEqualTo("2025-03-10");
        assertThat(with(found, "Friedrich Merz").date().iso()).isEqualTo("2025-03-07");
    }

    @Test
    void aCopularSentenceDoesNotDateASentenceWithItsOwnDay() {
        List<Event> found = events("Luís Montenegro met Emmanuel Macron in Paris on Wednesday. That was on Monday. "
                + "Montenegro met Pedro Sánchez in Madrid on Tuesday.");
        assertThat(with(found, "Pedro Sánchez").date().iso()).isEqualTo("2025-03-11");
        assertThat(found).filteredOn(e -> e.type() == EventType.MEETING).hasSize(2);
    }

    @Test
    void aReleasesIssuerPlaceAndDateLeadDatesItsTodayWithOrWithoutAnArticleDay() {
        // (session 13) "[n] Issuer — Place, full date — … today …": the release's day, not the compilation's
        String body = "[1] Ministry of Foreign Affairs — Ankara, 10 March 2025 — Hakan Fidan today received Ishaq "
                + "Dar at the ministry.\n\n[2] Ministry of Foreign Affairs — Ankara, 12 March 2025 — "
                + "Hakan Fidan today spoke by telephone with Mauro Vieira.";
        List<Event> found = events(body);
        assertThat(with(found, "Ishaq Dar").date().iso()).isEqualTo("2025-03-10");
        assertThat(with(found, "Mauro Vieira").date().iso()).isEqualTo("2025-03-12");
        Article undated = new Article("releases.txt", "txt", "", "Releases of the week\n\n" + body + "\n", null, null,
                null, null);
        List<Event> alone = new RuleBasedExtractor().extract(undated, null).events();
        assertThat(with(alone, "Mauro Vieira").date().iso()).isEqualTo("2025-03-12");
    }

    @Test
    void aWeekdayEntryUnderAMonthHeadingCountsFromTheEntryAbove() {
        // (session 13) "- 4-5: …" then "- Friday: …" under "FEBRUARY": Friday 7 February, not the week
        List<Event> found = events("FEBRUARY\n\n- 4-5: Hakan Fidan visits Islamabad for talks with Ishaq Dar.\n"
                + "- Friday: Mauro Vieira and Hakan Fidan speak by phone.\n- 12: Ishaq Dar receives Mauro Vieira.");
        Event call = found.stream().filter(e -> e.type() == parley.domain.EventType.CALL).findFirst().orElseThrow();
        assertThat(call.date().iso()).isEqualTo("2025-02-07");
    }
}
