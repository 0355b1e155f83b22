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
}
