package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import parley.domain.Article;
import parley.domain.Extraction;
import parley.ingest.FileArticleReader;

/**
 * The sample articles shipped in {@code assets/samples} (a wire story with no year, a saved HTML page, a Markdown
 * press release), read as a dropped file is read, against the events an analyst expects
 * ({@code src/test/resources/parley/extract/samples/*.json}, see {@link ExpectedEvents}).
 */
class SampleArticlesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLES = Path.of("assets", "samples");

    static Stream<String> samples() {
        return Stream.of("baltic-ministers-wire.txt", "grain-corridor-talks.html", "ottawa-visit-release.md");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void extractsWhatAnAnalystExpects(String file) throws Exception {
        Path path = SAMPLES.resolve(file);
        assertThat(Files.isRegularFile(path)).as("sample article " + path.toAbsolutePath()
                + " (tests run from the project folder)").isTrue();
        Article article = new FileArticleReader().read(path);
        JsonNode expected = expected(file.substring(0, file.lastIndexOf('.')) + ".json");
        LocalDate anchor = expected.get("anchor").isNull() ? null : LocalDate.parse(expected.get("anchor").asText());
        assertThat(article.published()).isEqualTo(anchor);
        Extraction x = new RuleBasedExtractor().extract(article, article.published());
        ExpectedEvents.check(article.text(), x, expected);
    }

    private static JsonNode expected(String file) throws IOException {
        try (InputStream in = SampleArticlesTest.class.getResourceAsStream("/parley/extract/samples/" + file)) {
            assertThat(in).as("expected events " + file).isNotNull();
            return JSON.readTree(in);
        }
    }
}
