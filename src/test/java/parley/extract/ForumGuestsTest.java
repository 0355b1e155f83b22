package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;

/**
 * "A and B were also in <City> for the forum/conference" names guests of the gathering just told; "were also in
 * favour" and "was also in Oslo on business" name none.
 */
class ForumGuestsTest {
    /** A Thursday. */
    private static final LocalDate ANCHOR = LocalDate.of(2026, 7, 30);

    private static Event only(String text) {
        Article a = new Article("forum.txt", "txt", "", text, null, null, null, ANCHOR);
        List<Event> es = new RuleBasedExtractor().extract(a, ANCHOR).events();
        assertThat(es).hasSize(1);
        return es.get(0);
    }

    @Test
    void guestsWhoWereAlsoThereForTheGathering() {
        assertThat(only("Italian Prime Minister Giorgia Meloni hosted a conference on migration in Rome on 4 July. "
                + "President Emmanuel Macron and King Abdullah were also in Rome for the conference.").participants())
                .extracting(Participant::name).contains("Giorgia Meloni", "Emmanuel Macron");
        assertThat(only("Chancellor Ruth Berger attended the opening of the Asia-Pacific forum's ministerial meeting in "
                + "Manila on Tuesday. The leaders of Peru and Chile, Dina Boluarte and Gabriel Boric, were also in "
                + "Manila for the forum.").participants()).extracting(Participant::name)
                .contains("Ruth Berger", "Dina Boluarte", "Gabriel Boric");
    }

    @Test
    void beingThereOnOtherBusinessIsNoPart() {
        assertThat(only("Chancellor Ruth Berger attended a donor conference in Oslo on Monday. Prime Minister Anna "
                + "Dahl was also in Oslo on business.").participants()).extracting(Participant::name)
                .doesNotContain("Anna Dahl");
        assertThat(only("Chancellor Ruth Berger attended a donor conference in Oslo on Monday. Ministers Ana Duarte "
                + "and Lars Holt were also in favour of the plan.").participants()).extracting(Participant::name)
                .doesNotContain("Ana Duarte", "Lars Holt");
    }
}
