package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Article;
import parley.domain.Extraction;
import parley.domain.Participant;

/**
 * Lower-case particles inside a person's name stay in it (session 15): "do", "dos", "das", "e", "y", "van der",
 * "de la", with or without a title before the name.
 */
class NameParticlesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 11, 18); // a Wednesday

    private static Extraction extract(String text) {
        return new RuleBasedExtractor().extract(new Article("n.txt", "txt", "", text, null, null, null, ANCHOR),
                ANCHOR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Brazilian Foreign Minister Paulo Ramos do Vale met Portuguese Foreign Minister Joana Reis dos Santos in "
            + "Lisbon on Tuesday.|Paulo Ramos do Vale|Joana Reis dos Santos",
        "President Rui Sousa do Amaral received Minister Carla Mendes das Neves in Luanda on Tuesday."
            + "|Rui Sousa do Amaral|Carla Mendes das Neves",
        "Foreign Minister Luis Ortega y Barrios held talks with Prime Minister Jan van der Molen on Tuesday."
            + "|Luis Ortega y Barrios|Jan van der Molen",
        "On Tuesday Paulo Ramos do Vale met Ana Costa e Silva in Lisbon.|Paulo Ramos do Vale|Ana Costa e Silva",
        "Marta de la Cruz Ibarra and Tomas Reis do Carmo met in Quito on Tuesday.|Marta de la Cruz Ibarra"
            + "|Tomas Reis do Carmo"})
    void particlesStayInTheName(String sentence, String first, String second) {
        assertThat(extract("Names\n\n" + sentence + "\n").events())
                .singleElement()
                .satisfies(e -> assertThat(e.participants()).extracting(Participant::name)
                        .containsExactlyInAnyOrder(first, second));
    }
}
