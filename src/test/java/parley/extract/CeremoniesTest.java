package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;
import parley.domain.Role;

/**
 * A parade, a funeral or a memorial service attended by leaders is an occasion of its own (OTHER); its rosters ("was
 * the guest of honour", "the mourners included", "among those attending were") name its guests, and "X did not attend
 * the parade" makes X absent from it alone. A ceremony with no leader and no state occasion is none.
 */
class CeremoniesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 7, 30);

    private static List<Event> events(String text) {
        Article a = new Article("ceremony.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static List<String> withRole(Event e, Role role) {
        return e.participants().stream().filter(p -> p.role() == role).map(Participant::name).toList();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).hasSize(1);
        return of.get(0);
    }

    @Test
    void aParadeWithItsGuestOfHonourAndAnAbsentee() {
        List<Event> es = events("President Rosa Quispe reviewed the national day parade in Lima on Tuesday. Chile's "
                + "President Gabriel Boric was the guest of honour. Prime Minister Anna Dahl did not attend the parade. "
                + "Later that day Quispe met Boric at the palace.");
        Event parade = only(es, EventType.OTHER);
        assertThat(parade.location()).isEqualTo("Lima");
        assertThat(withRole(parade, Role.ATTENDEE)).contains("Rosa Quispe", "Gabriel Boric");
        assertThat(withRole(parade, Role.ABSENT)).containsExactly("Anna Dahl");
        Event meeting = only(es, EventType.MEETING);
        assertThat(meeting.participants()).extracting(Participant::name).doesNotContain("Anna Dahl");
    }

    @Test
    void guestsWhoWereAlsoThereForTheParade() {
        Event parade = only(events("President Ines Mota opened the independence day parade in Maputo on Sunday. "
                + "Premier Lars Holt and King Harald were also in Maputo for the parade."), EventType.OTHER);
        assertThat(withRole(parade, Role.ATTENDEE)).contains("Ines Mota", "Lars Holt");
    }

    @Test
    void aStateFuneralAndItsMourners() {
        Event funeral = only(events("The state funeral of former president Ivo Lind began in Tallinn on Saturday. "
                + "The mourners included Chancellor Ruth Berger and President Marek Novak."), EventType.OTHER);
        assertThat(funeral.location()).isEqualTo("Tallinn");
        assertThat(withRole(funeral, Role.ATTENDEE)).contains("Ruth Berger", "Marek Novak").doesNotContain("Ivo Lind");
    }

    @Test
    void aFuneralMassAndThoseAttending() {
        Event mass = only(events("The funeral Mass for the late president Adam Nowak was held in Warsaw on Saturday. "
                + "Among those attending were King Felipe and Chancellor Ruth Berger."), EventType.OTHER);
        assertThat(withRole(mass, Role.ATTENDEE)).contains("Ruth Berger").doesNotContain("Adam Nowak");
    }

    @Test
    void aMemorialServiceAttendedByLeaders() {
        Event memorial = only(events("A memorial service for the flood victims was held in Oslo on Sunday, attended "
                + "by Prime Minister Jonas Gahr Store."), EventType.OTHER);
        assertThat(memorial.location()).isEqualTo("Oslo");
    }

    @Test
    void sportsParadesAndPrivateFuneralsAreNoOccasions() {
        assertThat(events("Fans lined the streets for the champions' victory parade in Madrid on Monday."))
                .noneMatch(e -> e.type() == EventType.OTHER);
        assertThat(events("The funeral of the drowned fishermen was held in the harbour town on Friday."))
                .noneMatch(e -> e.type() == EventType.OTHER);
        assertThat(events("The pride parade drew thousands to the old town on Saturday."))
                .noneMatch(e -> e.type() == EventType.OTHER);
    }
}
