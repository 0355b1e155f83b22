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
 * An event still being weighed ("a precursor to a summit", "is still being discussed", "remain under discussion",
 * "are exploring a visit") is proposed, never held; the occasion held beside it stays held. Our sentences.
 */
class WeighedEventsTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 12);

    private static List<Event> extract(String text) {
        return new RuleBasedExtractor().extract(new Article("t.txt", "txt", "", text, null, null, null, PUBLISHED),
                PUBLISHED).events();
    }

    private static boolean has(Event e, String name) {
        return e.participants().stream().anyMatch(p -> p.name().contains(name));
    }

    @Test
    void aPrecursorToASummitLeavesTheMeetingHeldAndTheSummitUndecided() {
        List<Event> es = extract("""
                Gulf diplomacy

                Qatar's emir, Sheikh Tamim bin Hamad Al Thani, met Turkish President Recep Tayyip Erdogan in Ankara on \
                Wednesday, a meeting that officials said could be a precursor to a wider regional summit.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es))
                .anyMatch(e -> e.type() == EventType.MEETING && e.status() == EventStatus.HELD && has(e, "Erdo"))
                .noneMatch(e -> e.type() == EventType.SUMMIT && e.status() == EventStatus.HELD);
    }

    @Test
    void talksThatPaveTheWayForASummitGiveAnUndatedProposal() {
        List<Event> es = extract("""
                Envoys in Florida

                Steve Witkoff held talks with Kirill Dmitriev in Miami on Sunday, talks that might pave the way for a \
                summit between Donald Trump and Vladimir Putin.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es))
                .anyMatch(e -> e.status() == EventStatus.HELD && has(e, "Witkoff") && has(e, "Dmitriev"))
                .noneMatch(e -> e.status() == EventStatus.HELD && has(e, "Putin"))
                .allMatch(e -> !has(e, "Putin") || !e.date().known());
    }

    @Test
    void anEventUnderDiscussionIsProposed() {
        for (String sentence : List.of(
                "A summit between Chinese President Xi Jinping and US President Donald Trump is still being discussed,"
                        + " a Chinese diplomat said on Wednesday.",
                "Talks between Iran and the United States remain under discussion, Iranian Foreign Minister Abbas"
                        + " Araghchi said on Monday.",
                "A three-way meeting of Trump, Putin and Zelensky is on the table, Finnish President Alexander Stubb"
                        + " said on Monday.",
                "A meeting between Narendra Modi and Shehbaz Sharif has been under consideration for weeks.")) {
            List<Event> es = extract("Diplomacy in brief\n\n" + sentence + "\n");
            assertThat(es).as(sentence + "\n" + SeedArticlesTest.dump(es)).isNotEmpty()
                    .noneMatch(e -> e.status() == EventStatus.HELD);
        }
    }

    @Test
    void exploringOrConsideringAnEventIsProposed() {
        for (String sentence : List.of(
                "French officials are exploring a visit by President Emmanuel Macron to Beijing in the spring.",
                "Japanese diplomats have been exploring a trip by Prime Minister Sanae Takaichi to Seoul.",
                "The White House is weighing a meeting between Donald Trump and Kim Jong Un.")) {
            List<Event> es = extract("Diplomacy in brief\n\n" + sentence + "\n");
            assertThat(es).as(sentence + "\n" + SeedArticlesTest.dump(es)).isNotEmpty()
                    .allMatch(e -> e.status() == EventStatus.PROPOSED);
        }
    }

    @Test
    void aHeldMeetingBesideADiscussedTopicStaysHeld() {
        List<Event> es = extract("""
                Berlin

                German Chancellor Friedrich Merz met Polish Prime Minister Donald Tusk in Berlin on Monday, and a \
                joint defence fund is still being discussed.
                """);
        assertThat(es).as(SeedArticlesTest.dump(es))
                .anyMatch(e -> e.type() == EventType.MEETING && e.status() == EventStatus.HELD && has(e, "Tusk"));
    }
}
