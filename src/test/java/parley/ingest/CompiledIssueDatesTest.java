package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The day of a compilation, roundup or chronology whose items carry their own days (session 16): lines that label
 * one release's day ("Released 12 May 2025"), entries that open with a full date ("12.05.2025 – …") and a compiled
 * issue's title with its day ("Weekly roundup, 16 May 2025"). Texts written for this test.
 */
class CompiledIssueDatesTest {
    private static LocalDate published(String text) {
        return TextMetadata.of(text).dating().date();
    }

    private static final String RELEASES = "\n\nReleased 3 June 2025\n\nMinister meets Danish counterpart\n\nThe "
            + "foreign minister of Norway, Kari Holm, today received Lars Brandt in Oslo.\n\nIssued: 5 June 2025\n\n"
            + "Call with Finland\n\nKari Holm this morning spoke by telephone with Aino Laine.\n\n"
            + "For immediate release – 6 June 2025\n\nKari Holm travels to Reykjavik\n\nKari Holm flew to Reykjavik "
            + "today.\n";

    @Test
    void releaseLinesOfSeveralDaysDateTheirItemsAndTheFileByTheLatest() {
        assertThat(published("Nordic desk: releases of the week" + RELEASES)).isEqualTo(LocalDate.of(2025, 6, 6));
        assertThat(published("NORDIC RELEASES" + RELEASES.replace("Issued: 5 June 2025", "**Released 05.06.2025**")))
                .as("numeric, in bold").isEqualTo(LocalDate.of(2025, 6, 6));
    }

    @Test
    void aCompilingLineStillDatesTheFile() {
        assertThat(published("Nordic desk: releases of the week\n\nCompiled 9 June 2025" + RELEASES))
                .isEqualTo(LocalDate.of(2025, 6, 9));
    }

    @Test
    void oneReleaseLineIsTheTextsOwnDay() {
        assertThat(published("Minister meets Danish counterpart\n\nReleased 3 June 2025\n\nThe foreign minister of "
                + "Norway, Kari Holm, today received Lars Brandt in Oslo. On 1 June 2025 she had met him in Bergen.\n"))
                .isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void theDayAnIssuesTitleNames() {
        assertThat(published("Weekly roundup, 13 June 2025\n\nThe week in Nordic diplomacy.\n\nKari Holm met Lars "
                + "Brandt on Monday.\n")).isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(published("The Fjord Digest, 13 June 2025\n\nKari Holm met Lars Brandt on Monday.\n"))
                .isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(published("Diplomatic summary: 13 June 2025\n\nKari Holm met Lars Brandt on Monday.\n"))
                .isEqualTo(LocalDate.of(2025, 6, 13));
        assertThat(published("Talks in Oslo, 13 June 2025\n\nKari Holm met Lars Brandt on Monday.\n"))
                .as("a headline with a day is no issue's name").isNull();
    }

    @Test
    void entriesOpeningWithFullDatesDateTheFileByTheLatest() {
        String entries = "Key dates of the quarter\n\n12 April 2025 – Kari Holm received Lars Brandt in Oslo.\n\n"
                + "2 May 2025: Aino Laine visited Stockholm.\n\n- 20.05.2025 – Lars Brandt met Aino Laine in Turku.\n";
        assertThat(published(entries)).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(published("Oslo talks\n\n12 April 2025 – Kari Holm received Lars Brandt in Oslo today. They "
                + "talked about fishing quotas.\n")).as("one dated lead is the story's dateline")
                .isEqualTo(LocalDate.of(2025, 4, 12));
    }

    private static final String WEEK = "\n\nThis week: Nordic ministers met twice.\n\n**Mon 2 June** – Kari Holm received "
            + "Lars Brandt in Oslo.\n\n**5 June** – Aino Laine visited Stockholm.\n";

    @Test
    void aRoundupNamedForItsWeekWentOutWithTheWeeksLastEntry() {
        assertThat(published("NORDIC ROUNDUP\n\nWeek of 2 June 2025" + WEEK)).isEqualTo(LocalDate.of(2025, 6, 5));
        assertThat(published("The Nordic letter\n\nThe week beginning Monday 2 June 2025" + WEEK.replace("**5 June** –",
                "- June 6:"))).as("month first, a bullet").isEqualTo(LocalDate.of(2025, 6, 6));
        assertThat(published("Nordic roundup\n\nWeek of 2 June 2025\n\nKari Holm met Lars Brandt.\n"))
                .as("no entries: the week's first day").isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void anIssuesNameInCapitalsIsItsTitleWhenNoHeadlineFollows() {
        assertThat(TextMetadata.of("WEEKLY NORDIC ROUNDUP\n\nWeek of 2 June 2025" + WEEK).title())
                .isEqualTo("Weekly Nordic Roundup");
        assertThat(TextMetadata.of("THE WEEK IN NORDIC DIPLOMACY\n\nWeek of 2 June 2025" + WEEK).title())
                .isEqualTo("The Week in Nordic Diplomacy");
        assertThat(TextMetadata.of("NORDIC ROUNDUP\n\nMinisters meet twice in a busy week\n" + WEEK).title())
                .as("a headline under it stays the title").isEqualTo("Ministers meet twice in a busy week");
    }
}
