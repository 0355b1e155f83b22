package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Article;

/**
 * A copyright line with the owner's name before the year ("© Coast Wire 2024", "(c) Andes Press Agency 2023 – 2024")
 * gives the year of a yearless wire dateline (session 17), and the year is no part of the publisher's name. Before,
 * the year was missed and taken from the lead's weekday, which names the event's day, not the dateline's.
 */
class CopyrightOwnerYearTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"(c) Coast Wire 2024. All rights reserved.;txt", "© Coast Wire 2024;txt",
        "Copyright Coast Wire 2022-2024;md", "*© Coast Wire 2024 · All rights reserved*;md"})
    void theYearAfterTheOwnersNameDatesTheDateline(String copyright, String ext, @TempDir Path dir) throws Exception {
        String text = "Baltic ministers agree ferry deal\n\nTALLINN, Nov 13 (Coast Wire) - Estonian Foreign Minister"
                + " Margus Tsahkna and his Finnish counterpart Elina Valtonen agreed on Tuesday to restore the winter"
                + " ferry link, officials said.\n\nThe two ministers met at the foreign ministry in Tallinn.\n\n"
                + copyright + "\n";
        Path file = dir.resolve("wire." + ext);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Article article = new FileArticleReader().read(file);
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 11, 13));
        assertThat(article.publisher()).isEqualTo("Coast Wire");
    }
}
