package parley.ingest;

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
import parley.extract.RuleBasedExtractor;

/**
 * Markdown articles that bold (or italicise) the people they name: the marks go at reading time, so the names are
 * found with their titles and a sentence opening with a bold name is a sentence of its own; bold lead-ins, bold
 * headings and emphasised dates keep their marks. Sentences of our own; the people are made up.
 */
class NameEmphasisTest {
    @TempDir
    Path dir;

    private Article read(String body) throws Exception {
        Path f = dir.resolve("brief.md");
        Files.writeString(f, "# Regional desk\n\n*Published 12 March 2026*\n\n" + body + "\n", StandardCharsets.UTF_8);
        return new FileArticleReader().read(f);
    }

    private List<Event> events(String body) throws Exception {
        Article a = read(body);
        return new RuleBasedExtractor().extract(a, LocalDate.of(2026, 3, 12)).events();
    }

    private static List<String> present(Event e) {
        return e.participants().stream().filter(p -> p.role().present()).map(Participant::name).toList();
    }

    @Test
    void aTitledBoldNameIsAPerson() throws Exception {
        List<Event> es = events("Deputy Interior Minister **Oskar Lindqvist** summoned the envoy, **Pavel Horak**,"
                + " in Stockholm on Monday.");
        assertThat(es).hasSize(1);
        assertThat(present(es.get(0))).contains("Oskar Lindqvist", "Pavel Horak");
    }

    @Test
    void aSentenceOpeningWithABoldNameStandsAlone() throws Exception {
        List<Event> es = events("The ferry dispute dragged on for weeks. **Ilona Marek**, the Polish foreign"
                + " minister, received __Jonas Berg__ in Warsaw on Tuesday.");
        assertThat(es).hasSize(1);
        assertThat(present(es.get(0))).contains("Ilona Marek", "Jonas Berg");
        assertThat(es.get(0).date().iso()).isEqualTo("2026-03-10");
        assertThat(es.get(0).mentions().get(0).text()).startsWith("Ilona Marek, the Polish");
    }

    @Test
    void leadInsHeadingsAndDatesKeepTheirMarks() {
        assertThat(NameEmphasis.unmark("**Vienna, 3 May.** Third round.")).isEqualTo("**Vienna, 3 May.** Third round.");
        assertThat(NameEmphasis.unmark("**Monday**: talks open")).isEqualTo("**Monday**: talks open");
        assertThat(NameEmphasis.unmark("**Ilona Marek**: We are ready.")).isEqualTo("**Ilona Marek**: We are ready.");
        assertThat(NameEmphasis.unmark("**Trade Talks**\n")).isEqualTo("**Trade Talks**\n");
        assertThat(NameEmphasis.unmark("*Published 12 March 2026*")).isEqualTo("*Published 12 March 2026*");
        assertThat(NameEmphasis.unmark("met *Ana de la Cruz* and **J. P. Okafor** there"))
                .isEqualTo("met Ana de la Cruz and J. P. Okafor there");
    }
}
