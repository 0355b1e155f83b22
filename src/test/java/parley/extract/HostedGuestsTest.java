package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.Extraction;
import parley.domain.Role;

/**
 * "<guest> was hosted at <seat>": the passive's subject is the guest, never the host (session 18). Sentences of our
 * own.
 */
class HostedGuestsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "President Cyril Ramaphosa was hosted at the Elysee Palace on Tuesday.|Cyril Ramaphosa",
        "President Cyril Ramaphosa was hosted at Downing Street by Prime Minister Keir Starmer on Tuesday.|Cyril Ramaphosa",
        "King Abdullah II had been hosted at the Quirinale by President Sergio Mattarella on Monday.|Abdullah",
        "On Tuesday Chancellor Friedrich Merz was hosted at the White House by President Donald Trump.|Friedrich Merz"})
    void theGuestIsNoHost(String sentence, String guest) {
        Extraction x = FloatedPlansTest.extract(sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).isNotEmpty()
                .allMatch(e -> e.participants().stream().filter(p -> p.name().contains(guest))
                        .allMatch(p -> p.role() != Role.HOST));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "President Sergio Mattarella hosted King Abdullah II at the Quirinale on Monday.|Sergio Mattarella"})
    void theActiveHostStays(String sentence, String host) {
        Extraction x = FloatedPlansTest.extract(sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).anyMatch(e -> e.participants().stream()
                .anyMatch(p -> p.name().contains(host) && p.role() == Role.HOST));
    }
}
