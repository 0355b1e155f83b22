package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/** People named by a cabinet portfolio or state office the title words did not know still take part. */
class CabinetPortfoliosTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12);

    private static List<String> names(String body) {
        String text = "EASTERN DESK\nPublished: 12 March 2026\n\nMinisters meet\n\n" + body + "\n";
        Article a = new Article("portfolios.txt", "txt", "", text, null, null, null, ANCHOR);
        List<Event> events = new RuleBasedExtractor().extract(a, ANCHOR).events();
        assertThat(events).as(SeedArticlesTest.dump(events)).hasSize(1);
        return events.get(0).participants().stream().map(Participant::name).toList();
    }

    @Test
    void aPortfolioBeforeTheHeadNamesThePerson() {
        assertThat(names("Anna Nowak, the Polish transport minister, received a Latvian delegation in Warsaw on "
                + "Wednesday.")).contains("Anna Nowak");
        assertThat(names("Kenya's mines secretary, Hassan Joho, met the Zambian tourism minister, Rodney Sikumba, in "
                + "Lusaka on Friday.")).contains("Hassan Joho", "Rodney Sikumba");
        assertThat(names("Estonian agriculture minister Kristi Tamm held talks with her Finnish counterpart in "
                + "Tallinn on Monday.")).contains("Kristi Tamm");
    }

    @Test
    void aPortfolioAfterTheHeadNamesThePerson() {
        assertThat(names("Minister for Health Mary Byrne met Minister of Transport Jan Horak in Prague on Tuesday."))
                .containsExactlyInAnyOrder("Mary Byrne", "Jan Horak");
        assertThat(names("The minister of culture, Lena Holm, received the Danish minister for climate, Lars "
                + "Aagaard, in Stockholm on Monday.")).contains("Lena Holm", "Lars Aagaard");
    }

    @Test
    void aPortfolioWithoutANameMakesNoPerson() {
        assertThat(names("The transport minister met the Latvian Prime Minister, Evika Silina, in Riga on "
                + "Wednesday to discuss the Rail Baltica line.")).containsExactly("Evika Siliņa");
    }
}
