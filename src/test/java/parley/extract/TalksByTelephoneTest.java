package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * "held talks with X by telephone" is one call of both people, not talks of the subject beside a call of the object
 * (session 18, leftovers of session 17). Sentences of our own.
 */
class TalksByTelephoneTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Prime Minister Narendra Modi held talks with President Vladimir Putin by telephone on Tuesday.|Narendra Modi|Vladimir Putin",
        "On Tuesday Prime Minister Narendra Modi held talks by telephone with President Vladimir Putin.|Narendra Modi|Vladimir Putin",
        "Chancellor Friedrich Merz held talks with President Emmanuel Macron by phone on Tuesday.|Friedrich Merz|Emmanuel Macron",
        "President Lula holds talks with President Gabriel Boric by telephone, his office said on Tuesday.|Lula|Gabriel Boric"})
    void isOneCallOfBoth(String sentence, String a, String b) {
        Extraction x = FloatedPlansTest.extract(sentence);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).hasSize(1).allMatch(e -> e.type() == EventType.CALL
                && e.participants().stream().anyMatch(p -> p.name().contains(a))
                && e.participants().stream().anyMatch(p -> p.name().contains(b)));
    }
}
