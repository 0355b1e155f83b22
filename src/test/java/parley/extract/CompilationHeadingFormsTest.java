package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Extraction;
import parley.ingest.FileArticleReader;

/**
 * Item headings of compilations and chronologies in more forms (session 17): a numbered heading ("1. 6/10/2024",
 * "3. 11.10.24", "2) 17-03-2025"), a weekday-only heading placed after the dated item above it, a leg of a tour
 * between ruler lines ("=== 03.02.2025 - 06.02.2025 | KENYA ===") whose weekday items fall inside its days, and a
 * contents list that reports nothing of its own.
 */
class CompilationHeadingFormsTest {
    private static Extraction read(Path dir, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article article = new FileArticleReader().read(file);
        return new RuleBasedExtractor().extract(article, article.published());
    }

    private static String dateOf(Extraction x, String words) {
        return x.events().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains(words)))
                .map(e -> e.date().iso()).findFirst().orElse("no event");
    }

    private static final String RELEASES = "Government of Norland - Office of the Prime Minister\n\n"
            + "Compiled by the Fjord Policy library from official releases, 14 October 2024\n\n"
            + "%s\n\nPRIME MINISTER RECEIVES PRIME MINISTER KALLAS\n\nPrime Minister Jonas Berg held talks this"
            + " afternoon with Estonian Prime Minister Kaja Kallas in Oslo.\n\n%s\n\nPRIME MINISTER AT THE HARBOUR"
            + " FORUM\n\nPrime Minister Jonas Berg last night addressed the Harbour Forum in Bergen.\n\n%s\n\n"
            + "PRIME MINISTER IN RIGA\n\nPrime Minister Jonas Berg today held talks with Latvian President Edgars"
            + " Rinkevics in Riga.\n";

    @ParameterizedTest
    @ValueSource(strings = {"1. 6/10/2024|2. Wednesday|3. 11.10.24", "1) 06-10-2024|2) Wednesday|3) 11/10/2024",
        "No. 1 6.10.2024|No. 2 Wednesday|No. 3 11.10.24", "## 1. 6/10/2024|## 2. Wednesday|## 3. 11.10.24"})
    void numberedHeadingsDateTheirReleases(String headings, @TempDir Path dir) throws Exception {
        String[] h = headings.split("\\|");
        Extraction x = read(dir, headings.startsWith("#") ? "releases.md" : "releases.txt",
                String.format(RELEASES, h[0], h[1], h[2]));
        assertThat(dateOf(x, "held talks this afternoon")).as("under " + h[0]).isEqualTo("2024-10-06");
        // the weekday heading is the first Wednesday after the item above, so "last night" is the Tuesday
        assertThat(dateOf(x, "last night")).as("under " + h[1]).isEqualTo("2024-10-08");
        assertThat(dateOf(x, "today held talks")).as("under " + h[2]).isEqualTo("2024-10-11");
    }

    @Test
    void aContentsListReportsNothing(@TempDir Path dir) throws Exception {
        String contents = "Contents\n1. 6/10/2024 - PM receives Prime Minister Kallas\n2. Wednesday - PM addresses the"
                + " Harbour Forum\n3. 11.10.24 - PM meets President Rinkevics\n";
        String text = String.format(RELEASES, "1. 6/10/2024", "2. Wednesday", "3. 11.10.24")
                .replace("\n\n1. 6/10/2024", "\n\n" + contents + "\n1. 6/10/2024");
        Extraction x = read(dir, "releases.txt", text);
        for (Event e : x.events()) {
            assertThat(e.mentions()).noneSatisfy(m -> assertThat(m.text()).contains("PM "));
        }
        assertThat(dateOf(x, "held talks this afternoon")).isEqualTo("2024-10-06");
        assertThat(dateOf(x, "today held talks")).isEqualTo("2024-10-11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=== %s - %s | %s ===", "--- %s – %s | %s ---", "### %s - %s · %s"})
    void weekdayItemsFallInsideARangeHeading(String form, @TempDir Path dir) throws Exception {
        String text = "Timeline | President Gabriel Boric abroad\n\nPublished 20 March 2025\n\n"
                + String.format(form, "03.02.2025", "06.02.2025", "KENYA") + "\n\n"
                + "1. Monday: Boric lands in Nairobi.\n2. Tuesday: talks with President William Ruto at State House.\n\n"
                + String.format(form, "10.03.2025", "12.03.2025", "GHANA") + "\n\n"
                + "1. Monday: Boric lands in Accra.\n2. Tuesday: summit talks with President John Mahama.\n";
        Extraction x = read(dir, form.startsWith("#") ? "timeline.md" : "timeline.txt", text);
        assertThat(dateOf(x, "William Ruto")).isEqualTo("2025-02-04");
        assertThat(dateOf(x, "John Mahama")).isEqualTo("2025-03-11");
    }

    @Test
    void aDatedNumberedParagraphStaysASentence(@TempDir Path dir) throws Exception {
        String text = "Council notes\n\nPublished 20 March 2025\n\n1. On 12 March 2025 President Gabriel Boric met President"
                + " William Ruto in Nairobi.\n\n2. On 14 March 2025 Boric met President John Mahama in Accra.\n";
        Extraction x = read(dir, "notes.txt", text);
        assertThat(x.events()).extracting(e -> e.date().iso()).containsExactlyInAnyOrderElementsOf(
                List.of("2025-03-12", "2025-03-14"));
    }
}
