package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Participant;

/**
 * A person "received at" or "welcomed at" a seat of government or a residence, with no agent before the seat, is a
 * guest there: a meeting in the seat's city. Things received at a seat ("the proposal", "the letter") are none.
 */
class SeatReceptionsTest {
    /** A Thursday. */
    private static final LocalDate ANCHOR = LocalDate.of(2026, 7, 30);

    private static List<Event> events(String text) {
        Article a = new Article("seats.txt", "txt", "", text, null, null, null, ANCHOR);
        return new RuleBasedExtractor().extract(a, ANCHOR).events();
    }

    private static Event meeting(String text) {
        List<Event> es = events(text);
        assertThat(es).hasSize(1);
        assertThat(es.get(0).type()).isEqualTo(EventType.MEETING);
        return es.get(0);
    }

    @Test
    void aGuestReceivedAtAPalace() {
        Event e = meeting("Premier Ana Duarte was received at the Quirinale on Tuesday.");
        assertThat(e.location()).isEqualTo("Rome");
        assertThat(e.date().start()).isEqualTo(LocalDate.of(2026, 7, 28));
        assertThat(e.participants()).extracting(Participant::name).contains("Ana Duarte");
    }

    @Test
    void otherWordingsAndSeats() {
        assertThat(meeting("Chancellor Friedrich Merz was received at the Kremlin on 3 July.").location())
                .isEqualTo("Moscow");
        assertThat(meeting("Prime Minister Mark Carney was welcomed at the Élysée Palace on Friday.").location())
                .isEqualTo("Paris");
        assertThat(meeting("The envoy, Steve Witkoff, was welcomed at Downing Street by the prime minister on Monday.")
                .participants()).extracting(Participant::name).contains("Steve Witkoff");
        assertThat(meeting("- **3 July** — President Ines Mota is received at the White House.").location())
                .isEqualTo("Washington");
    }

    @Test
    void thingsReceivedAtASeatAreNoMeeting() {
        assertThat(events("The proposal was received at the Kremlin with scepticism on Monday.")).isEmpty();
        assertThat(events("The news was welcomed at the White House on Friday.")).isEmpty();
        assertThat(events("The letter was received at Downing Street on Tuesday.")).isEmpty();
    }
}
