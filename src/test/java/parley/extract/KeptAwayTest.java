package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;
import parley.domain.Role;

/** "was barred from attending", "was not allowed to attend", "was denied a visa": kept away, absent. Our sentences. */
class KeptAwayTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    private static void absent(String text, String who) {
        List<Event> es = extract(text);
        assertThat(es).as(SeedArticlesTest.dump(es)).isNotEmpty()
                .noneMatch(e -> e.participants().stream().anyMatch(p -> p.name().contains(who) && p.role() != Role.ABSENT))
                .anyMatch(e -> e.participants().stream().anyMatch(p -> p.name().contains(who) && p.role() == Role.ABSENT));
    }

    @Test
    void barredFromAttending() {
        absent("""
                Brussels gathering

                Leaders of the European Union met in Brussels on Thursday. Hungarian Prime Minister Viktor Orban was \
                barred from attending.
                """, "Orb");
    }

    @Test
    void notAllowedToAttend() {
        absent("""
                Cairo session

                Foreign ministers of the Arab League met in Cairo on Tuesday. Syrian Foreign Minister Asaad al-Shaibani \
                was not allowed to attend the meeting.
                """, "Shaibani");
    }

    @Test
    void deniedAVisa() {
        absent("""
                Assembly week

                The G20 summit opened in Johannesburg on Saturday. Argentine President Javier Milei was denied a \
                visa and followed the proceedings from Buenos Aires.
                """, "Milei");
    }

    @Test
    void bannedFromTheMeeting() {
        absent("""
                Ministers in Vienna

                OSCE foreign ministers met in Vienna on Thursday; Russian Foreign Minister Sergei Lavrov was banned from \
                the meeting.
                """, "Lavrov");
    }
}
