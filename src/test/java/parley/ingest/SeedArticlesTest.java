package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;

/** The two real articles Parley was specified from, read from ../shared/seeds (never copied into the project). */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private static Path seed(String name) {
        Path p = SEEDS.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("seed article missing: " + p.toAbsolutePath()
                    + " (the shared folder must sit beside the project as ../shared)");
        }
        return p;
    }

    @Test
    void seedWithLeadingDateLineAndByline() throws Exception {
        Path p = seed("001_f663aefb1bc6d503.txt");
        Article a = Fixtures.READER.read(p);
        assertThat(a.file()).isEqualTo("001_f663aefb1bc6d503.txt");
        assertThat(a.format()).isEqualTo("txt");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 8, 12));
        assertThat(a.author()).isEqualTo("Rebecca Henrys");
        assertThat(a.publisher()).isNull();
        assertThat(a.text()).isEqualTo(Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertThat(a.sha256()).isEqualTo(FileArticleReader.sha256(Files.readAllBytes(p))).hasSize(64);
    }

    @Test
    void undatedSeedStaysUndatedAndItsAppealNamesNoPublisher() throws Exception {
        Path p = seed("000_325b66f23103642b.txt");
        Article a = Fixtures.READER.read(p);
        assertThat(a.published()).isNull();
        assertThat(a.publisher()).as("The Independent is named only in the donation appeal").isNull();
        assertThat(a.author()).isNull();
        assertThat(a.title()).as("the appeal's first line is no headline").isNull();
        assertThat(a.text()).startsWith("Your support helps us to tell the story\nRead more\n")
                .contains("Keir Starmer will co-chair a meeting with pro-Ukraine allies on Wednesday.");
    }
}
