package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;

/**
 * Tense, status and date from the telling's own clause, not from what it tells (session 13): "Ahead of the summit,"
 * looks nowhere ahead for the verb after it; a press conference set before "the chancellor says Berlin will …" was
 * held; "agreed a plan to …, X announced on Tuesday" is a past statement; "a deal by 30 June" is a deadline, not the
 * day of the talks. Sentences of our own.
 */
class TellingTenseTest {
    private static final LocalDate ANCHOR = LocalDate.of(2026, 3, 12); // a Thursday

    private static List<Event> events(String body) {
        String text = "ALLIANCE NOTES\nPublished: 12 March 2026\n\nMinisters take stock\n\n" + body + "\n";
        Article a = new Article("telling.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Event only(List<Event> events, EventType type) {
        List<Event> of = events.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("events of type %s in %s", type, events).hasSize(1);
        return of.get(0);
    }

    @Test
    void aMeetingAheadOfTheSummitIsPast() {
        Event met = only(events("Ahead of the summit, NATO defence ministers met on Monday and Tuesday."),
                EventType.MEETING);
        assertThat(met.status()).isEqualTo(EventStatus.HELD);
        assertThat(met.date().start()).isEqualTo(LocalDate.of(2026, 3, 9));
        Event again = only(events("Ahead of next week's summit, NATO defence ministers met in Brussels on Monday."),
                EventType.MEETING);
        assertThat(again.status()).isEqualTo(EventStatus.HELD);
        assertThat(again.date().start()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void theWillOfWhatWasSaidIsNotThePressConferences() {
        Event press = only(events("At their joint press conference, German Chancellor Friedrich Merz says Berlin will "
                + "double its aid."), EventType.PRESS_CONFERENCE);
        assertThat(press.status()).isEqualTo(EventStatus.HELD);
    }

    @Test
    void aPostIsToldInItsOwnTenseNotInWhatItSays() {
        for (String post : List.of("German Chancellor Friedrich Merz writes on X that Germany will double its aid.",
                "In a post on X, German Chancellor Friedrich Merz says Germany will double its aid.")) {
            assertThat(only(events(post), EventType.STATEMENT).status()).as(post).isEqualTo(EventStatus.HELD);
        }
    }

    @Test
    void anAnnouncementSetAfterWhatItAnnouncesIsPast() {
        Event said = only(events("Armenia and Azerbaijan agreed a plan to reopen the border crossings, Armenian Prime "
                + "Minister Nikol Pashinyan announced on Tuesday."), EventType.STATEMENT);
        assertThat(said.status()).isEqualTo(EventStatus.HELD);
        assertThat(said.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
        Event again = only(events("Armenia and Azerbaijan will reopen the border crossings, Armenian Prime Minister "
                + "Nikol Pashinyan announced on Tuesday."), EventType.STATEMENT);
        assertThat(again.status()).isEqualTo(EventStatus.HELD);
        assertThat(again.date().start()).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void theProspectOfASummitIsAProposal() {
        Event summit = only(events("On Tuesday Hungarian Prime Minister Viktor Orban raised the prospect of a summit "
                + "with Vladimir Putin in Budapest."), EventType.SUMMIT);
        assertThat(summit.status()).isEqualTo(EventStatus.PROPOSED);
        assertThat(summit.date().known()).isFalse();
    }

    @Test
    void leftForIsAPastDeparture() {
        Event trip = only(events("Indian Prime Minister Narendra Modi left for Tianjin on Saturday."), EventType.VISIT);
        assertThat(trip.status()).isEqualTo(EventStatus.HELD);
        assertThat(trip.date().start()).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void aDeadlineIsNotTheDayOfTheTalks() {
        Event talks = only(events("Negotiators from Serbia and Kosovo will meet in Brussels with a view to a deal by 30 "
                + "June."), EventType.TALKS);
        assertThat(talks.date().known()).isFalse();
        assertThat(talks.status()).isEqualTo(EventStatus.PLANNED);
    }
}
