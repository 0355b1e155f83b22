package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;
import parley.ingest.FileArticleReader;

/**
 * A trip's day-by-day entries with no subject (session 16): "- Talks with President X.", "Afternoon: lunch with Y.",
 * "Then a courtesy call on the speaker, Z." — the traveller of the latest visit told holds them. Sentences of our own.
 */
class VerblessEntriesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2025, 5, 24);

    @TempDir
    Path dir;

    /** The text read as a dropped Markdown file is read (its marks taken out), then extracted. */
    private List<Event> events(String text) {
        try {
            Path file = dir.resolve("trip16.md");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Article a = new FileArticleReader().read(file);
            return new RuleBasedExtractor().extract(a, a.published() != null ? a.published() : ANCHOR).events();
        } catch (java.io.IOException | parley.domain.UnreadableFileException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    private static Event with(List<Event> es, String name) {
        return es.stream().filter(e -> e.participants().stream().anyMatch(p -> p.name().equals(name)))
                .filter(e -> e.type() != parley.domain.EventType.VISIT).findFirst().orElseThrow();
    }

    /**
     * The traveller must be named as a person somewhere: a title and surname alone ("Premier Lunde", then "Lunde
     * lands in Lima") make no person, so no visit and no traveller, on every reading path alike.
     */
    @Test
    void theTravellerHoldsTheEntriesOfHerTrip() {
        List<Event> es = events("# Premier Lunde in the Andes: a day-by-day record\n\n*24 May 2025*\n\n"
                + "## Monday, 19 May — Lima\n\n- Norway's prime minister Kari Lunde lands in Lima in the afternoon for an "
                + "official visit.\n"
                + "- Talks with President Dina Boluarte at the Government Palace.\n\n## Wednesday, 21 May — Santiago\n\n"
                + "- Lunch with President Gabriel Boric at La Moneda.\n"
                + "- Afternoon: a meeting with Foreign Minister Alberto van Klaveren.\n");
        assertThat(present(with(es, "Dina Boluarte"))).contains("Kari Lunde");
        assertThat(present(with(es, "Gabriel Boric"))).contains("Kari Lunde");
        assertThat(present(with(es, "Alberto van Klaveren"))).contains("Kari Lunde");
    }

    @Test
    void aCourtesyCallThenAnotherWording() {
        List<Event> es = events("Ghana's foreign minister Kwame Osei arrived in Nairobi on Tuesday, 20 May, for a "
                + "two-day visit.\n\nThen a courtesy call on President William Ruto at State House.\n");
        assertThat(present(with(es, "William Ruto"))).contains("Kwame Osei");
    }

    @Test
    void aSubjectOrNoTripLendsNobody() {
        List<Event> told = events("Ghana's foreign minister Kwame Osei arrived in Nairobi on Tuesday, 20 May, for "
                + "a two-day visit.\n\nPresident William Ruto held talks with Kenya's opposition leader Raila Odinga "
                + "on Tuesday, 20 May.\n");
        assertThat(present(with(told, "Raila Odinga"))).doesNotContain("Kwame Osei");
        List<Event> noTrip = events("## Tuesday, 20 May\n\n- Talks with President William Ruto at State House.\n");
        assertThat(noTrip).allSatisfy(e -> assertThat(e.participants()).extracting(Participant::name)
                .doesNotContain("Kwame Osei"));
    }

    /** Bullets under "Day 1 — date" headings; numbered items ("1.", "2)") under a lead with no date of their own. */
    @Test
    void bulletsAndNumberedItems() {
        List<Event> bullets = events("# The minister's week in the Gulf\n\n*Published 30 May 2025*\n\n"
                + "Nigeria's foreign minister Tunde Oyelaran flew to Muscat on Sunday, 25 May, for a visit to Oman.\n\n"
                + "### Day 1 — Monday 26 May, Muscat\n\n• Talks with Sayyid Badr Albusaidi at the foreign ministry.\n\n"
                + "### Day 3 — Wednesday 28 May, Doha\n\n• A meeting with Prime Minister Mohammed bin Abdulrahman "
                + "Al Thani.\n");
        assertThat(present(with(bullets, "Badr Albusaidi"))).contains("Tunde Oyelaran");
        assertThat(with(bullets, "Badr Albusaidi").date().iso()).isEqualTo("2025-05-26");
        assertThat(present(with(bullets, "Mohammed bin Abdulrahman Al Thani"))).contains("Tunde Oyelaran");
        List<Event> numbered = events("Lusaka, 12 June 2025\n\nKenya's trade secretary Amina Wekesa arrived in Lusaka "
                + "on Tuesday, 10 June, for a two-day visit. Her programme:\n\n1. Talks with Zambia's commerce minister "
                + "Chipoka Mulenga on tariffs.\n2) Working lunch with President Hakainde Hichilema at State House.\n");
        for (String counterpart : List.of("Chipoka Mulenga", "Hakainde Hichilema")) {
            Event e = with(numbered, counterpart);
            assertThat(present(e)).contains("Amina Wekesa");
            assertThat(e.date().iso()).isEqualTo("2025-06-10"); // (undated: the visit's day)
        }
    }

    /** "Day 2:" items count the trip's days from the visit's first day. */
    @Test
    void dayItemsCountFromTheVisit() {
        List<Event> es = events("Windhoek, 20 March 2025\n\nBrazil's foreign minister Paulo Ramos arrived in Windhoek "
                + "on Monday, 17 March, for a three-day official visit to Namibia.\n\nDay 1: Courtesy call on President "
                + "Netumbo Nandi-Ndaitwah at State House.\n\nDay 2: Talks with Namibian foreign minister Selma "
                + "Ashipala-Musavyi on fisheries.\n");
        assertThat(present(with(es, "Netumbo Nandi-Ndaitwah"))).contains("Paulo Ramos");
        assertThat(with(es, "Netumbo Nandi-Ndaitwah").date().iso()).isEqualTo("2025-03-17");
        assertThat(present(with(es, "Selma Ashipala-Musavyi"))).contains("Paulo Ramos");
        assertThat(with(es, "Selma Ashipala-Musavyi").date().iso()).isEqualTo("2025-03-18");
    }

    /** A lead whose trip lies ahead ("who will travel to … next week"): its programme's entries are planned. */
    @Test
    void aTripAheadMakesItsProgrammePlanned() {
        List<Event> es = events("Accra, 20 May 2025\n\nChile's foreign minister, Elena Ruiz, who will travel to Ghana "
                + "and Senegal next week, has a crowded programme ahead of her:\n\n- Talks with President John Mahama "
                + "in Accra.\n- Working lunch with Senegal's prime minister Ousmane Sonko in Dakar.\n");
        for (String counterpart : List.of("John Mahama", "Ousmane Sonko")) {
            Event e = with(es, counterpart);
            assertThat(present(e)).contains("Elena Ruiz");
            assertThat(e.status()).isEqualTo(parley.domain.EventStatus.PLANNED);
            assertThat(e.date().known()).isTrue();
        }
    }

    /** "- Lunch with X, who says … will …": the clause about X sets neither the entry's tense nor its time. */
    @Test
    void aClauseAboutTheCounterpartIsNotTheEntrysTense() {
        List<Event> es = events("# Peru diary\n\n*Published 12 May 2025*\n\n## Friday, 9 May — Lima\n\n"
                + "- Lunch with President Dina Boluarte, who says the two governments will sign a fisheries accord "
                + "soon.\n- Talks with Foreign Minister Elmer Schialer, who promises a trip to Santiago next year."
                + "\n");
        for (String counterpart : List.of("Dina Boluarte", "Elmer Schialer")) {
            Event e = with(es, counterpart);
            assertThat(e.status()).isEqualTo(parley.domain.EventStatus.HELD);
            assertThat(e.date().iso()).isEqualTo("2025-05-09");
        }
    }
}
