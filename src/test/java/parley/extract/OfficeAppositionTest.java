package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Extraction;
import parley.domain.Participant;

/** An organisation named only as the office of the person after it does not take part itself. */
class OfficeAppositionTest {
    @Test
    void theOfficesOrganisationIsNotAParticipant() {
        String text = "GENEVA, 20 June 2025 (Parley Wire) - The EU High Representative, Kaja Kallas, met Abbas Araghchi"
                + " in Geneva on Friday.\n\nThe NATO Secretary General, Mark Rutte, spoke to Keir Starmer by phone on"
                + " Thursday.\n";
        LocalDate anchor = LocalDate.of(2025, 6, 20);
        Extraction x = new RuleBasedExtractor().extract(new Article("o.txt", "txt", "", text, null, null, null, anchor),
                anchor);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events())).hasSize(2);
        assertThat(x.events()).anySatisfy(e -> assertThat(e.participants()).extracting(Participant::name)
                .contains("Kaja Kallas", "Abbas Araghchi"));
        assertThat(x.events()).anySatisfy(e -> assertThat(e.participants()).extracting(Participant::name)
                .contains("Mark Rutte", "Keir Starmer"));
        assertThat(x.events()).allSatisfy(e -> assertThat(e.participants()).extracting(Participant::name)
                .doesNotContain("European Union", "NATO"));
    }
}
