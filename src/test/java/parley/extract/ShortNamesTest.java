package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

class ShortNamesTest {
    @Test
    void aTitleCallsPeopleByTheirFamilyNameAsReportingWritesIt() {
        assertThat(ShortNames.of("Keir Starmer")).isEqualTo("Starmer");
        assertThat(ShortNames.of("Recep Tayyip Erdoğan")).isEqualTo("Erdoğan");
        assertThat(ShortNames.of("Ursula von der Leyen")).isEqualTo("von der Leyen");
        assertThat(ShortNames.of("Mohammed bin Salman")).isEqualTo("bin Salman");
        assertThat(ShortNames.of("Tamim bin Hamad Al Thani")).isEqualTo("Al Thani");
        assertThat(ShortNames.of("Xi Jinping")).isEqualTo("Xi");
        assertThat(ShortNames.of("Kim Jong Un")).isEqualTo("Kim");
        assertThat(ShortNames.of("Lee Jae-myung")).isEqualTo("Lee");
        assertThat(ShortNames.of("Jean-Noël Barrot")).isEqualTo("Barrot");
        assertThat(ShortNames.of("Guterres")).isEqualTo("Guterres");
        assertThat(ShortNames.of("Luiz Inácio Lula da Silva")).isEqualTo("Lula");
        // a regnal number stays with the name it numbers
        assertThat(ShortNames.of("Pope Leo XIV")).isEqualTo("Leo XIV");
        assertThat(ShortNames.of("King Charles III")).isEqualTo("Charles III");
    }

    @Test
    void titlesUseThem() {
        Event summit = new Event(0, EventType.SUMMIT, null, EventDate.year(2018), null, "Singapore", EventStatus.HELD,
                List.of(person("Donald Trump"), person("Kim Jong Un")), List.of(), List.of());
        assertThat(EventTitles.of(summit)).isEqualTo("Summit: Trump, Kim (Singapore)");
    }

    @Test
    void theShortNameAloneFindsItsPersonInAnArticle() {
        LocalDate monday = LocalDate.of(2025, 3, 10);
        String text = "Xi and Putin held talks in Moscow on Monday. Wang will visit Tokyo on Thursday.";
        List<Event> events = new RuleBasedExtractor().extract(new Article("x.txt", "txt", "", text, null, null, null,
                monday), monday).events();
        assertThat(events).as(SeedArticlesTest.dump(events)).extracting(EventTitles::of)
                .contains("Meeting: Xi, Putin (Moscow)", "Visit: Wang (Tokyo)");
        assertThat(events.get(0).participants()).extracting(Participant::name)
                .containsExactly("Xi Jinping", "Vladimir Putin");
    }

    private static Participant person(String name) {
        return new Participant(name, EntityKind.PERSON, null, Role.ATTENDEE);
    }
}
