package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.ingest.FileArticleReader;

/**
 * The one reading of a live blog (session 16, {@link LiveBlog}): stamps in many dresses, the nights their entries
 * cross, the order they are told in, and the blog's day from its header. Blogs of our own words in
 * {@code /parley/extract/blogs/}, read as Parley reads a dropped file (the anchor is their own publication date).
 */
class LiveBlogReadingTest {

    private static List<Event> events(String file) throws Exception {
        Article article = new FileArticleReader().read(
                java.nio.file.Path.of(LiveBlogReadingTest.class.getResource("/parley/extract/blogs/" + file).toURI()));
        return new RuleBasedExtractor().extract(article, article.published()).events();
    }

    private static String plain(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The event of that kind whose participants include all these family names. */
    private static Event event(List<Event> es, EventType type, String... names) {
        return es.stream().filter(e -> e.type() == type && Arrays.stream(names).allMatch(n -> e.participants()
                .stream().anyMatch(p -> plain(p.name()).endsWith(n)))).findFirst()
                .orElseThrow(() -> new AssertionError(type + " " + Arrays.toString(names) + " not in "
                        + SeedArticlesTest.dump(es)));
    }

    @Test
    void postedAtStampsDateTheirEntries() throws Exception {
        List<Event> es = events("us-posted.txt"); // "Posted at 4:40 PM ET" above each entry, newest first
        assertThat(event(es, EventType.MEETING, "Rova", "Peters").date().iso()).isEqualTo("2025-09-09");
        assertThat(event(es, EventType.MEETING, "Peters", "Wong").date().iso()).isEqualTo("2025-09-09");
        assertThat(event(es, EventType.VISIT, "Wong").date().iso()).isEqualTo("2025-09-09");
        assertThat(event(es, EventType.CALL, "Wong", "Peters").date().iso()).isEqualTo("2025-09-07"); // "on Sunday"
    }

    @Test
    void stampsCrossingMidnightUnderADayHeadingAreOfTheNextDay() throws Exception {
        List<Event> es = events("midnight-day-headings.txt"); // "Monday 3 March": 21.10, 22.50, then 00.15 GMT
        assertThat(event(es, EventType.MEETING, "Deby", "Zeine").date().iso()).isEqualTo("2025-03-03");
        assertThat(event(es, EventType.MEETING, "Tuggar", "Zeine").date().iso()).isEqualTo("2025-03-03");
        assertThat(event(es, EventType.MEETING, "Mbella", "Tuggar").date().iso()).isEqualTo("2025-03-04");
        assertThat(event(es, EventType.MEETING, "Zeine", "Mbella").date().iso()).isEqualTo("2025-03-04");
    }

    /** Newest first, the header's first-published day is the oldest entry's: 12:40am above 11:50pm is a day on. */
    @Test
    void aNewestFirstBlogGoesBackADayBelowItsSmallHours() throws Exception {
        List<Event> es = events("pm-newest-first.txt");
        Event late = event(es, EventType.MEETING, "Braze", "Tsahkna");
        assertThat(late.date().iso()).isEqualTo("2025-10-16");
        assertThat(late.status()).isEqualTo(EventStatus.HELD);
        assertThat(event(es, EventType.VISIT, "Budrys").date().iso()).isEqualTo("2025-10-15");
        assertThat(event(es, EventType.MEETING, "Tsahkna", "Budrys").date().iso()).isEqualTo("2025-10-15");
        List<Event> md = events("markdown-night.md"); // "### 01:20" headings over bold titles, same order
        assertThat(event(md, EventType.CALL, "Sangare").date().iso()).isEqualTo("2025-11-14");
        assertThat(event(md, EventType.MEETING, "Ablakwa", "Diop").date().iso()).isEqualTo("2025-11-14");
        assertThat(md).filteredOn(e -> e.mentions().get(0).text().contains("final round"))
                .extracting(e -> e.date().iso()).containsOnly("2025-11-15");
        assertThat(md).filteredOn(e -> e.mentions().get(0).text().contains("On Wednesday")) // an earlier day quoted
                .extracting(e -> e.date().iso()).containsOnly("2025-11-12");
    }

    /** "Saturday 17 May 2025 – as it happened", last modified on the Sunday: the entries are of the Saturday. */
    @Test
    void anAsItHappenedTitleGivesTheBlogsDay() throws Exception {
        List<Event> es = events("title-day.txt");
        assertThat(event(es, EventType.MEETING, "Macron", "Zelensky").date().iso()).isEqualTo("2025-05-17");
        assertThat(event(es, EventType.VISIT, "Macron", "Tusk").date().iso()).isEqualTo("2025-05-17");
        // a catch-up entry keeps its own relative day, counted from the blog's day
        assertThat(event(es, EventType.MEETING, "Macron", "Merz").date().iso()).isEqualTo("2025-05-16");
    }

    @Test
    void bracketedAndBoldStampsWithDayHeadingsAndCatchUps() throws Exception {
        List<Event> es = events("bracket-key-events.txt"); // "[15:20]" under "Key events – 20 November", "Yesterday's updates"
        assertThat(event(es, EventType.MEETING, "Araghchi", "Albusaidi").date().iso()).isEqualTo("2025-11-20");
        assertThat(event(es, EventType.MEETING, "Albusaidi", "Thani").date().iso()).isEqualTo("2025-11-19");
        assertThat(event(es, EventType.VISIT, "Araghchi").date().iso()).isEqualTo("2025-11-19");
        List<Event> bold = events("bold-inline.txt"); // "**11:20** — Catch up: on Tuesday …"
        assertThat(event(bold, EventType.VISIT, "Timothewos").date().iso()).isEqualTo("2025-06-10");
        // "where he held talks with …": the day the sentence gives, not the entry's
        assertThat(bold).filteredOn(e -> e.mentions().get(0).text().contains("where he held talks"))
                .extracting(e -> e.date().iso()).containsOnly("2025-06-10");
        assertThat(event(bold, EventType.VISIT, "Abdelatty").date().iso()).isEqualTo("2025-06-12");
        assertThat(event(bold, EventType.VISIT, "Abdelatty").derivation().phrase()).isEqualTo("09:45");
    }

    /** "12:30 BST Updated" over a bold entry title: the stamp is the entry's, whatever follows it. */
    @Test
    void aStampWithATrailingUpdatedOpensItsEntry() throws Exception {
        List<Event> es = events("stamp-titles.txt");
        Event m = event(es, EventType.MEETING, "Sarabia", "Sommerfeld");
        assertThat(m.date().iso()).isEqualTo("2025-08-21");
        assertThat(m.derivation().phrase()).isEqualTo("12:30 BST Updated");
        assertThat(event(es, EventType.MEETING, "Schialer", "Sarabia").date().iso()).isEqualTo("2025-08-21");
    }

    @Test
    void stampsAreReadInTheirManyDresses() {
        String[] lines = {"14:05", "14.05 GMT", "2:05pm", "**14:05** — Talks", "### 18:40", "18:40 BST Updated",
            "[14:05] Talks", "Posted at 9:12 AM ET", "Updated 09:40 BST", "6.40pm — Talks", "2pm"};
        for (String l : lines) {
            assertThat(LiveBlog.stamp(l, 0, l.length())).as(l).isNotNull();
        }
        String[] not = {"12.03.2025, 18:05", "2.5 million people", "1 May 2025", "10:00-12:00 plenary",
            "14:05 was when it began", "25:10 — Talks"};
        for (String l : not) {
            assertThat(LiveBlog.stamp(l, 0, l.length())).as(l).isNull();
        }
        assertThat(LiveBlog.stamp("12:40am", 0, 7).minute()).isEqualTo(40);
        assertThat(LiveBlog.stamp("9:05pm", 0, 6).minute()).isEqualTo(21 * 60 + 5);
    }
}
