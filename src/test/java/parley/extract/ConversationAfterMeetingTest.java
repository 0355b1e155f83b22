package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventType;

/**
 * A "good conversation" told right after a face-to-face meeting of the same people, with no line and no day of its
 * own, is that meeting again, not a call; a conversation with someone else, or on a day of its own, stays a call.
 * Our sentences.
 */
class ConversationAfterMeetingTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    @Test
    void aConversationLookedBackOnIsTheMeeting() {
        for (String text : List.of("""
                Canberra

                Prime Minister Anthony Albanese hosted Japanese Prime Minister Shigeru Ishiba in Canberra on Thursday. \
                Albanese told reporters afterwards that the two had a very good conversation about trade.
                """, """
                Delhi

                Secretary of State Marco Rubio met Indian Foreign Minister Subrahmanyam Jaishankar in New Delhi on \
                Saturday. Rubio later said he had a productive conversation with Jaishankar.
                """)) {
            List<Event> es = extract(text);
            assertThat(es).as(SeedArticlesTest.dump(es))
                    .anyMatch(e -> e.type() == EventType.MEETING)
                    .noneMatch(e -> e.type() == EventType.CALL);
        }
    }

    @Test
    void aConversationWithSomeoneElseOrOnAnotherDayStaysACall() {
        List<Event> es = extract("""
                Delhi

                Secretary of State Marco Rubio met Indian Foreign Minister Subrahmanyam Jaishankar in New Delhi on \
                Saturday. On Monday he had a good conversation with Pakistani Prime Minister Shehbaz Sharif.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es))
                .anyMatch(e -> e.type() == EventType.CALL
                        && e.participants().stream().anyMatch(p -> p.name().contains("Sharif")));
    }
}
