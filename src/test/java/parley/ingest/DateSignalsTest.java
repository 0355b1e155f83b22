package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

/**
 * One small article per publication-date signal, each read as a dropped file is read: the day, the signal named in
 * the article's metadata, and what happens when two signals disagree (the more trusted wins; the other is a note).
 */
class DateSignalsTest {
    private static final String STORY = "<p>Port officials from Ghana and Togo met in Lome on Tuesday to agree shared "
            + "customs checks for lorries crossing the coastal road.</p><p>They will meet again after the rains.</p>";

    @TempDir
    Path dir;

    private Article read(String name, String content) throws Exception {
        return Fixtures.READER.read(Fixtures.write(dir, name, content.getBytes(StandardCharsets.UTF_8)));
    }

    private Article page(String head, String body) throws Exception {
        return read("page.html", "<html><head>" + head + "</head><body><article><h1>Customs talks in Lome</h1>"
                + body + STORY + "</article></body></html>");
    }

    @Test
    void jsonLdDatePublishedInsideAnArrayOfGraphs() throws Exception {
        Article a = page("<script type=\"application/ld+json\">[{\"@type\":\"Organization\",\"name\":\"Coast Post\"},"
                + "{\"@graph\":[{\"@type\":\"ReportageNewsArticle\",\"datePublished\":[\"2024-04-09T22:10:00-04:00\"]}]}]"
                + "</script>", "");
        assertThat(a.published()).as("the writer's own calendar day, offset kept").isEqualTo(LocalDate.of(2024, 4, 9));
        assertThat(a.publishedSignal()).isEqualTo("JSON-LD datePublished");
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void metaTagsOgAndDublinCore() throws Exception {
        assertThat(page("<meta property=\"og:published_time\" content=\"2024-04-10\">", "").publishedSignal())
                .isEqualTo("meta tag (og:published_time)");
        Article dc = page("<meta name=\"DC.date\" content=\"2024-04-11\">", "");
        assertThat(dc.published()).isEqualTo(LocalDate.of(2024, 4, 11));
        assertThat(dc.publishedSignal()).startsWith("meta tag");
    }

    @Test
    void timeElementInTheArticleHeader() throws Exception {
        Article a = page("", "<p class=\"meta\"><time datetime=\"2024-04-12T07:00:00+00:00\">Friday</time></p>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 12));
        assertThat(a.publishedSignal()).isEqualTo("<time datetime> in the article");
    }

    @Test
    void visiblePublishedAndUpdatedLines() throws Exception {
        Article published = read("p.txt", "Customs talks in Lome\nPublished on 13 April 2024\n\nOfficials met.\n");
        assertThat(published.published()).isEqualTo(LocalDate.of(2024, 4, 13));
        assertThat(published.publishedSignal()).isEqualTo("\"Published\" line");
        Article updated = read("u.txt", "Customs talks in Lome\nLast updated: April 14, 2024\n\nOfficials met.\n");
        assertThat(updated.published()).isEqualTo(LocalDate.of(2024, 4, 14));
        assertThat(updated.publishedSignal()).isEqualTo("\"Updated\" line");
    }

    @Test
    void britishAndAmericanMastheadDates() throws Exception {
        Article british = read("b.md", "# Harbour Notes\n\n**Monday 15 April 2024** · Number 9 · Letters from the coast\n"
                + "\nOfficials met on Tuesday.\n");
        assertThat(british.published()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(british.publishedSignal()).isEqualTo("date under the masthead");
        Article american = read("a.txt", "COAST POST\nApril 16, 2024\n\nLorry drivers welcomed the plan.\n");
        assertThat(american.published()).isEqualTo(LocalDate.of(2024, 4, 16));
    }

    /**
     * A briefing transcript's header line under its service line: weekday, date, clock time and room. A sentence that
     * opens with a date and goes on with words is no such line.
     */
    @Test
    void theDateLineOfABriefingTranscript() throws Exception {
        Article a = read("t.txt", "LAGOON COMMISSION - DAILY BRIEFING\nTranscript by Keel Reporting\n"
                + "Thursday, 18 April 2024, 10:45 a.m., Press Room 2, Lome\n\nSPOKESPERSON: The ministers met this "
                + "morning.\n");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(read("m.txt", "Minutes of the customs committee\n18 April 2024 at 14:00, Room 4\n\nMembers met.\n")
                .published()).as("no weekday, 'at' before the time").isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(read("s.txt", "Customs talks in Lome\n18 April 2024, the day the ministers met, was a Thursday.\n\n"
                + "They met.\n").published()).as("a sentence").isNull();
    }

    @Test
    void numericDatesAreDayFirstUnlessTheTextWritesMonthFirst() throws Exception {
        Article dayFirst = read("d.txt", "COAST POST | PORTS\n05/04/2024\n\nThe ministers met on 4 April 2024 in Lome.\n");
        assertThat(dayFirst.published()).isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(dayFirst.publishedSignal()).isEqualTo("numeric date under the masthead");
        Article monthFirst = read("m.txt", "COAST POST | PORTS\n04/05/2024\n\nThe ministers met on April 4, 2024 in Lome.\n");
        assertThat(monthFirst.published()).as("the text writes month first").isEqualTo(LocalDate.of(2024, 4, 5));
        assertThat(read("i.md", "# Harbour Notes\n\n*Number 9 · 2024-04-17*\n\nOfficials met.\n").published())
                .isEqualTo(LocalDate.of(2024, 4, 17));
    }

    @Test
    void dateInTheCanonicalUrl() throws Exception {
        Article a = page("<link rel=\"canonical\" href=\"https://coastpost.example/ports/2024/04/18/customs-talks/\">", "");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(a.publishedSignal()).isEqualTo("date in the URL");
        Article text = read("url.txt", "Customs talks in Lome\nhttps://coastpost.example/2024-04-19-customs\n\nThey met.\n");
        assertThat(text.published()).isEqualTo(LocalDate.of(2024, 4, 19));
    }

    @Test
    void wireDatelineTakesItsYearFromACopyrightLine() throws Exception {
        Article a = read("wire.txt", "Customs deal reached in Lome\n\nLOME, April 20 (Coast Wire Service) - Officials "
                + "from Ghana and Togo agreed on Saturday to share customs checks.\n\n(c) 2024 Coast Wire Service. "
                + "All rights reserved. Reproduction of this story in any form without permission is not allowed, "
                + "including by other agencies, broadcasters and websites of every kind.\n");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(a.publishedSignal()).isEqualTo("wire dateline (year from the copyright line)");
        assertThat(a.publisher()).isEqualTo("Coast Wire Service");
    }

    /**
     * How wires, broadcasters and compilers label the day a text went out: a transmission or filing line in digits
     * above a yearless dateline, a programme's "aired" or "Broadcast:" line, a sentence of the page's own, and a
     * "Collected" line above a file of releases whose own dated headings are older.
     */
    @Test
    void filedSentAiredAndCollectedLinesDateTheText() throws Exception {
        String wire = "LOME, April 20 (Coast Wire Service) - Officials agreed on Saturday to share customs checks.\n";
        assertThat(read("sent.txt", "Customs deal reached\nSent 20/04/2024 09:15 UTC\n\n" + wire).published())
                .isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(read("filed.txt", "Customs deal reached\nFiled: 20/04/2024\n\n" + wire).published())
                .isEqualTo(LocalDate.of(2024, 4, 20));
        Article aired = read("aired.txt", "HARBOUR HOUR\nProgramme notes - aired Friday, April 19, 2024, 19:00 GMT\n"
                + "Host: Ama Owusu\n\nOfficials met in Lome this week.\n");
        assertThat(aired.published()).isEqualTo(LocalDate.of(2024, 4, 19));
        assertThat(String.valueOf(aired.title())).as("the airing line is no headline").doesNotContain("aired");
        assertThat(read("b.txt", "COAST RADIO - EVENING NEWS\nBroadcast: Friday 19 April 2024\n\nOfficials met.\n")
                .published()).isEqualTo(LocalDate.of(2024, 4, 19));
        assertThat(read("own.txt", "Customs talks in Lome\n\nOfficials met.\n\nThis story was published on 19 April "
                + "2024.\n").published()).isEqualTo(LocalDate.of(2024, 4, 19));
        assertThat(read("col.txt", "MINISTRY OF TRADE - RELEASES\nCollected 22.04.2024\n\n17.04.2024, 10:00\n"
                + "Minister leaves for Lome\n\nThe minister left.\n\n19.04.2024, 16:30\nCustoms deal\n\nThey agreed.\n")
                .published()).as("the compiler's day, not the first release's").isEqualTo(LocalDate.of(2024, 4, 22));
    }

    /** An agency dateline with the day before the month ("LOME, 20 April (Agency) -") takes its year as any other. */
    @Test
    void dayFirstWireDatelineTakesItsYearFromACopyrightLine() throws Exception {
        Article a = read("wire.txt", "Customs deal reached in Lome\n\nLOME, 20 April (Coast Wire Service) - Officials "
                + "from Ghana and Togo agreed on Saturday to share customs checks.\n\nCopyright 2024 Coast Wire.\n");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 20));
        assertThat(a.publishedSignal()).isEqualTo("wire dateline (year from the copyright line)");
    }

    /**
     * The holder before the year ("(c) Coast Wire 2025", "Copyright Coast Wire Service 2024. All rights reserved.")
     * gives the year as well; the lead's weekday (the day before the dateline here) no longer decides it (session 17).
     */
    @Test
    void aCopyrightLineWithTheYearAfterTheHolderGivesTheYear() throws Exception {
        String wire = "LOME, April 23 (Coast Wire) - Officials from Ghana and Togo agreed on Tuesday to share customs "
                + "checks.\n\n";
        for (String line : new String[] {"(c) Coast Wire 2025", "© Coast Wire 2025. All rights reserved.",
                "Copyright Coast Wire Service 2025 - reproduction only with permission"}) {
            Article a = read("wire.txt", "Customs deal reached in Lome\n\n" + wire + line + "\n");
            assertThat(a.published()).as(line).isEqualTo(LocalDate.of(2025, 4, 23));
            assertThat(a.publishedSignal()).as(line).isEqualTo("wire dateline (year from the copyright line)");
        }
    }

    @Test
    void wireDatelineWithNoYearAndNoWeekdayStaysUndated() throws Exception {
        Article a = read("wire.txt", "LOME, April 20 (Coast Wire Service) - Officials agreed to share customs "
                + "checks.\n");
        assertThat(a.published()).as("never today's year").isNull();
        assertThat(a.publishedSignal()).isNull();
    }

    /**
     * A yearless wire dateline with no year anywhere: the lead's weekday names the dateline's own day, so the year
     * is the latest, not after today, in which that day falls on that weekday (within a few years).
     */
    @Test
    void wireDatelineWithNoYearTakesTheYearInWhichTheLeadsWeekdayFits() throws Exception {
        Article a = read("wire.txt", "LOME, April 20 (Coast Wire Service) - Officials from Ghana and Togo agreed on "
                + "Saturday to share customs checks.\n");
        assertThat(a.published()).isNotNull();
        assertThat(a.published().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY);
        assertThat(a.published()).isBeforeOrEqualTo(LocalDate.now()).isAfter(LocalDate.now().minusYears(6));
        assertThat(a.publishedSignal()).startsWith("wire dateline (year inferred");

        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(TextDates.yearFromLeadWeekday("ACCRA, Mar 4 (Gold Coast Wire) - Ministers met on Tuesday.", 0, 3,
                4, today)).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(TextDates.yearFromLeadWeekday("ACCRA, Thursday, 4 December - The envoys talked.", 0, 12, 4,
                today)).as("the dateline's own weekday").isEqualTo(LocalDate.of(2025, 12, 4));
        assertThat(TextDates.yearFromLeadWeekday("ACCRA, Dec 8 (Gold Coast Wire) - Ministers will meet on Tuesday.",
                0, 12, 8, today)).as("not after today (8 December 2026 is a Tuesday still to come), and 2020 is too far back")
                .isNull();
        assertThat(TextDates.yearFromLeadWeekday("ACCRA, Mar 4 (Gold Coast Wire) - Ministers met.", 0, 3, 4, today))
                .as("no weekday").isNull();
    }

    /**
     * A yearless dateline whose only nearby full date lies weeks after it is history from the year before ("first
     * hosted him on 2 August 2024"), so when the lead's weekday falls on the day in the next year, that year wins; a
     * nearby date on or before the day, or a weekday that does not fit, keeps the text's year (session 18).
     */
    @Test
    void aLaterDateOfTheYearBeforeGivesWayToTheLeadsWeekday() throws Exception {
        String history = "\n\nIt was their second meeting: Mahama first hosted him in Accra on August 2, 2024.\n";
        // 19 June 2025 is a Thursday, 19 June 2024 a Wednesday.
        Article a = read("wire.txt", "ACCRA, June 19 (Coast Wire) - The two presidents met on Thursday." + history);
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(a.publishedSignal()).contains("weekday");
        Article b = read("wire.txt", "ACCRA, 19 June (Coast Wire) - The envoys talked by phone on Thursday. Their last "
                + "call was on 30 July 2024, the office said.\n");
        assertThat(b.published()).isEqualTo(LocalDate.of(2025, 6, 19));

        Article wrongDay = read("wire.txt", "ACCRA, June 19 (Coast Wire) - The two presidents met on Friday." + history);
        assertThat(wrongDay.published()).as("the weekday fits neither year: the text's year stays")
                .isEqualTo(LocalDate.of(2024, 6, 19));
        Article earlier = read("wire.txt", "ACCRA, June 19 (Coast Wire) - The two presidents met on Thursday. Talks "
                + "had opened on June 2, 2024." + history);
        assertThat(earlier.published()).as("a nearby date before the day is the story's own year")
                .isEqualTo(LocalDate.of(2024, 6, 19));
    }

    /**
     * A file no other signal dates takes a full date that a label word or an issue number leads inside a header
     * line, whatever else the line says; a date in running text or an unlabelled date in a headline does not count
     * (session 18).
     */
    @Test
    void aLabelledDateInsideAHeaderLineDatesAnOtherwiseUndatedFile() throws Exception {
        String body = "\n\nMinisters met on Tuesday to talk about the river border and agreed to meet again.\n";
        String[] headers = {"# The Delta Note\n\n**Your Monday letter on West Africa - Issue 12, 3 March 2025**",
                "Delta Note: reference chronology. Put together by our desk; first published 3 March 2025. Entries "
                        + "follow the calendar.",
                "COAST DISPATCH / vol. 4 no. 9 / 3 March 2025 / for subscribers only, please do not forward",
                "Weekly roundup for members, 3 March 2025, Accra edition"};
        for (String header : headers) {
            Article a = read("note.md", header + body);
            assertThat(a.published()).as(header).isEqualTo(LocalDate.of(2025, 3, 3));
        }
        assertThat(read("note.md", "Notes\n\nThe bulletin published on 3 March 2025 drew few readers." + body)
                .published()).as("a sentence going on after its day").isNull();
        assertThat(read("note.md", "River talks set for 3 March 2025 in Lome" + body).published())
                .as("a headline's date is the story's, not the file's").isNull();
        assertThat(read("note.md", "Notes\n\n" + "Officials said on Friday they would meet again. ".repeat(6)
                + "The bulletin of 3 March 2025 listed them." + body).published())
                .as("a date after running text has begun").isNull();
    }

    @Test
    void conflictingSignalsTheMostTrustedWinsAndTheOthersAreNoted() throws Exception {
        Article a = page("<meta property=\"article:published_time\" content=\"2024-04-21T23:30:00+02:00\">"
                        + "<link rel=\"canonical\" href=\"https://coastpost.example/2024/04/20/customs/\">",
                "<p>Published 22 April 2024</p>");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 21));
        assertThat(a.publishedSignal()).isEqualTo("meta tag (article:published_time)");
        assertThat(a.notes()).containsExactlyInAnyOrder(
                "publication date: \"Published\" line says 2024-04-22, not 2024-04-21",
                "publication date: date in the URL says 2024-04-20, not 2024-04-21");
    }

    @Test
    void aLaterUpdateIsNoDisagreement() throws Exception {
        Article a = read("p.txt", "Customs talks in Lome\nPublished 13 April 2024\nUpdated 15 April 2024\n\nThey met.\n");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 13));
        assertThat(a.notes()).isEmpty();
    }

    @Test
    void aFileWithNoSignalStaysUndated() throws Exception {
        Article a = read("plain.txt", "Customs talks in Lome\n\nOfficials met on Tuesday and will meet again in "
                + "the spring. A treaty of 12 May 1999 still governs the road.\n");
        assertThat(a.published()).isNull();
        assertThat(a.publishedSignal()).isNull();
        assertThat(a.notes()).isEmpty();
    }
}
