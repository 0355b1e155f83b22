package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

/**
 * Header forms of press releases, readout digests and newsletters: datelines that carry the full date, dates laid
 * out in columns, a day and month without a year, newsletters that name themselves in a heading, and mailings whose
 * sender or subject starts with the mailing's own name. Each fixture is a few lines of our own.
 */
class HeaderFormsTest {
    private static final String BODY = "\n\nPort officials from Ghana and Togo met on Tuesday to agree shared customs "
            + "checks for lorries on the coastal road.\n";

    @TempDir
    Path dir;

    private static LocalDate published(String text) {
        return TextMetadata.of(text).published();
    }

    @Test
    void pressReleaseDatelinesWithTheFullDate() {
        assertThat(published("ACCRA, 14 March 2024 – Port officials met on Tuesday.\n"))
                .isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("LOME, Togo, Mar. 14, 2024 /Coast Newswire/ -- Port officials met on Tuesday.\n"))
                .isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("Accra, Greater Accra, March 14, 2024\n" + BODY)).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(TextMetadata.of("LOME, Togo, Mar. 14, 2024 /Coast Newswire/ -- Officials met.\n").dating().signal())
                .startsWith("wire dateline");
    }

    @Test
    void aDigestsCirculatedOrPreparedLineIsItsDay() {
        // (session 13) the labels of a circulated digest or a prepared brief, as "Issued" and "Compiled" are
        assertThat(published("COAST DIGEST\nA compilation of releases\nCirculated 21 March 2024\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 3, 21));
        assertThat(published("COAST BRIEF\nPrepared by the Accra desk, 20 March 2024\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(published("COAST BRIEF\nDated: 19 March 2024\n" + BODY)).isEqualTo(LocalDate.of(2024, 3, 19));
    }

    @Test
    void datelinesOfStoriesFiledFromTwoCapitals() {
        assertThat(published("ACCRA/LOME, Thursday 14 March 2024 – Port officials met on Tuesday.\n"))
                .isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("Coast Wire\n\nACCRA / LOME, 14 March 2024\n" + BODY)).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("ACCRA/LOME, March 14 (Coast Wire) - Port officials met on Tuesday, 12 March 2024.\n"))
                .isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void aSentenceThatOpensWithAPlaceAndAnOldDateIsNoDateline() {
        assertThat(published("The talks began in Accra. Back then, on 4 May 1998, the ports were closed to lorries.\n"))
                .isNull();
    }

    @Test
    void yearFirstSlashedDateAndAColumnLaidHeader() {
        assertThat(published("Port authority notice\n\n2024/03/14\n" + BODY)).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("COAST DIGEST | West Africa\nBulletin CD-77                          Issued 2024-03-14\n"
                + BODY)).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void dayAndMonthWithoutAYearTakeTheYearTheTextGivesWhenTheWeekdayFits() {
        String copyright = "\n© 2024 Coast Notes\n";
        assertThat(published("COAST NOTES\nThursday 14 March\n" + BODY + copyright)).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("COAST NOTES\nFriday 14 March\n" + BODY + copyright))
                .as("14 March 2024 was a Thursday: a weekday that does not fit gives no date").isNull();
        assertThat(published("COAST NOTES\nThursday 14 March\n" + BODY)).as("no year anywhere: undated").isNull();
    }

    @Test
    void anUpdateInBracketsDoesNotHideTheFirstDay() {
        assertThat(published("Wednesday 13 March 2024 (updated Thursday 14 March 2024)\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 3, 13));
    }

    @Test
    void aNewsletterNamedByItsHeadingAndItsIssueLine() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "letter.md", ("# Harbour Notes\n\n"
                + "*A fortnightly letter on ports and the people who run them*\n\n"
                + "**Published: March 14, 2024** · Issue 9 · By Jane Roe · [Read online](https://harbour.example/9)\n"
                + BODY).getBytes(StandardCharsets.UTF_8)));
        assertThat(a.publisher()).isEqualTo("Harbour Notes");
        assertThat(a.author()).isEqualTo("Jane Roe");
        assertThat(a.title()).as("the letter's name is no headline; with its issue it names this issue")
                .isEqualTo("Harbour Notes, issue 9");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 14));
    }

    @Test
    void aHeadingWithoutSelfIntroductionIsNoPublisher() throws Exception {
        Article a = Fixtures.READER.read(Fixtures.write(dir, "story.md", ("# Ports agree customs checks\n\n"
                + "Published: March 14, 2024\n" + BODY).getBytes(StandardCharsets.UTF_8)));
        assertThat(a.publisher()).isNull();
        assertThat(a.title()).isEqualTo("Ports agree customs checks");
    }

    @Test
    void aCompilerNamedInTheTagline() {
        assertThat(TextMetadata.of("THE COAST NOTEBOOK\nBits and pieces from the week, compiled by Ama Owusu\n" + BODY)
                .author()).isEqualTo("Ama Owusu");
    }

    @Test
    void aReadoutLabelNamesTheTitleAndAWrappedParagraphLineNeverDoes() {
        assertThat(TextMetadata.of("COAST DIGEST | West Africa\n\nREPUBLIC OF GHANA - PORTS AUTHORITY\n"
                + "Readout: Ports chief meets Togolese counterpart\nAccra\n\nToday, the ports chief wrapped up "
                + "a visit to\nLome with his counterpart.\n").title())
                .isEqualTo("Readout: Ports chief meets Togolese counterpart");
        assertThat(TextMetadata.of("COAST DIGEST | West Africa\n\nAccra\n\nToday, the ports chief wrapped up a visit to"
                + "\nLome with his counterpart and said the checks would begin in May.\n").title())
                .as("a paragraph broken at the margin").isNull();
    }

    @Test
    void aMailingNamedAfterItsOutletAndItsSubjectPrefix() throws Exception {
        String mail = """
                From: Harbour Post Evening Update <news@harbourpost.example>
                Subject: Evening Update: Ghana and Togo agree customs checks
                Date: Thu, 14 Mar 2024 18:00:00 +0000
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8

                Port officials from Ghana and Togo met on Thursday to agree shared customs checks.
                """;
        Article a = Fixtures.READER.read(Fixtures.write(dir, "evening.eml",
                mail.replace("\n", "\r\n").getBytes(StandardCharsets.US_ASCII)));
        assertThat(a.publisher()).isEqualTo("Harbour Post");
        assertThat(a.title()).isEqualTo("Ghana and Togo agree customs checks");
        assertThat(EmlArticle.nameOfDomain("Harbour Post Partners", "harbourpost.example"))
                .as("words after the outlet that name no mailing keep the name whole").isNull();
    }

    @Test
    void aTimeStampAmongTheFirstLinesIsThePublicationDay() {
        assertThat(published("2024-03-14 09:12 Accra time\n\nCoast customs deal agreed" + BODY))
                .isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("Coast customs deal agreed\n14.03.2024 09:12 local time\n" + BODY))
                .as("day first with dots, and the local time").isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("Coast customs deal agreed\nShips held at 09:12 Accra time\n" + BODY)).isNull();
    }

    @Test
    void aDatelineWithoutYearOrAgencyTakesItsYearFromElsewhereInTheFile() {
        Metadata m = TextMetadata.of("Coast customs deal agreed\n\nLOME, Togo, March 14 -- Port officials from Ghana "
                + "and Togo met on Tuesday.\n\n(c) 2024 Coast Wire\n");
        assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(m.dating().signal()).contains("copyright");
        assertThat(published("Coast customs deal agreed\n\nACCRA, 14 March – Port officials met on Tuesday.\n\n"
                + "Filed from the port office, 2024-03-15 08:00\n")).as("the year of a stamp near that day")
                .isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(published("Coast customs deal agreed\n\nLOME, March 14 -- Port officials met.\n"))
                .as("no year anywhere and no weekday: no date").isNull();
        assertThat(published("Coast customs deal agreed\n\nAfter the talks in Lome, March 14 - the day the ports "
                + "reopened - was quiet.\n\n(c) 2024 Coast Wire\n")).as("a sentence, not a dateline").isNull();
    }

    @Test
    void aWeeklyIssueNamedForTheEndOfItsWeek() {
        assertThat(published("# Round-up for the week ending 7 April 2024\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 4, 7));
        assertThat(published("# Ports in the week to Sunday 7 April 2024\n" + BODY)).isEqualTo(LocalDate.of(2024, 4, 7));
        assertThat(published("# Ports have had a hard week since 7 April 2024\n" + BODY)).isNull();
    }

    @Test
    void aStandfirstClosingOnItsPublicationDay() {
        assertThat(published("# Coast notes\n\n*A weekly look at the ports of the Gulf of Guinea and the people who "
                + "run them, from the customs sheds of Tema to the ferry docks of Keta and the border posts between "
                + "them. Published Sunday 7 April 2024.*\n" + BODY)).isEqualTo(LocalDate.of(2024, 4, 7));
        assertThat(published("# Coast notes\n\n*A weekly look at the ports. Published Sunday 7 April 2024.*\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 4, 7));
    }

    @Test
    void aSlashedDateBeforeATwelveHourClockOrAnAmericanZoneIsMonthFirst() {
        // (session 14) American sites print "10/03/2025 09:00 AM EDT": the third of October, not the tenth of March
        assertThat(published("Ports agree customs checks\n\nBy Ama Owusu\n10/03/2024 09:00 AM EDT\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 10, 3));
        assertThat(published("Ports agree customs checks\n\nBy Ama Owusu\n10/03/2024 4:15 p.m. ET\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 10, 3));
        // a 24-hour clock says nothing of the order: day first, as before
        assertThat(published("Ports agree customs checks\n\nBy Ama Owusu\n10/03/2024 09:00\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void aNewspapersNameAfterTheAuthorIsNoSecondAuthor() {
        assertThat(TextMetadata.of("Ports agree customs checks\n\nBy Ama Owusu, Coast Herald\n14 March 2024\n" + BODY)
                .author()).isEqualTo("Ama Owusu");
    }

    @Test
    void aNewslettersIssueNamedByItsDay() {
        assertThat(published("# Coast Letter, week 11\n\n*Issue of 15 March 2024*\n" + BODY))
                .isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(published("COAST LETTER\nEdition of 15 March 2024\n" + BODY)).isEqualTo(LocalDate.of(2024, 3, 15));
    }
}
