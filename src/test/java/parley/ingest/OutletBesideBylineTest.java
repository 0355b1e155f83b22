package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The outlet a header names where a kicker, a newsletter's title or a compiler's name stood before (session 15):
 * "Outlet, Weekday, Month D, YYYY" under the byline, "Compiled by A for the X Forum", "Org - Briefing Note 07/25",
 * "By A, Agency". Texts written for this test; the outlets and people are invented.
 */
class OutletBesideBylineTest {
    private static final String STORY = "\n\nThe foreign minister of Ghana, Ama Serwaa, met her Togolese counterpart "
            + "Koffi Ablode in Keta on Monday and the two agreed a new ferry timetable.\n";

    private static Metadata read(String header) {
        return TextMetadata.of(header + STORY);
    }

    @Test
    void aKickerIsTheKindOfPieceNotTheOutlet() {
        Metadata opinion = read("OPINION | Why the ferry deal matters more than it seems\nBy Efua Mensah\n"
                + "Kestrel Chronicle, Tuesday, May 13, 2025");
        assertThat(opinion.publisher()).isEqualTo("Kestrel Chronicle");
        assertThat(opinion.title()).isEqualTo("Why the ferry deal matters more than it seems");
        Metadata analysis = read("ANALYSIS — The lagoon crossings and the limits of détente\nBy Kwame Asante\n"
                + "The Ridgeway Observer, Wednesday, June 4, 2025");
        assertThat(analysis.publisher()).isEqualTo("The Ridgeway Observer");
        assertThat(analysis.title()).isEqualTo("The lagoon crossings and the limits of détente");
        Metadata feature = read("FEATURE - Envoys settle the ferry quarrel at last\nCoast Wire | 12 May 2025");
        assertThat(feature.publisher()).isEqualTo("Coast Wire");
        assertThat(feature.title()).isEqualTo("Envoys settle the ferry quarrel at last");
        assertThat(read("COMMENT — Ferry diplomacy needs patience\nBy Esi Quaye").publisher()).as("no outlet at all")
                .isNull();
        assertThat(read("PRESS RELEASES - LAGOON FERRIES, 10-14 MARCH 2025").publisher()).as("a plural document kind")
                .isNull();
    }

    @Test
    void anOutletBeforeAFullDateUnderTheByline() {
        assertThat(read("Envoys settle the ferry quarrel\nBy Esi Quaye\nThe Harbour Times, Monday, 12 May 2025")
                .publisher()).isEqualTo("The Harbour Times");
        assertThat(read("Envoys settle the ferry quarrel\nCoast Wire, 12 May 2025").publisher()).isEqualTo("Coast Wire");
        assertThat(read("Envoys settle the ferry quarrel\nGeneva, Tuesday, May 13, 2025").publisher())
                .as("a place before the date is a dateline").isNull();
        assertThat(read("Envoys settle the ferry quarrel\nAma Owusu, 12 May 2025").publisher())
                .as("a writer before the date").isNull();
    }

    @Test
    void aCompilerWorksForTheOrganisationThatIssuesTheText() {
        Metadata digest = read("Lagoon Security Digest\nWeekly roundup, 12 May 2025\n"
                + "Compiled by Abena Owusu for the Gulf Maritime Forum");
        assertThat(digest.publisher()).isEqualTo("Gulf Maritime Forum");
        assertThat(digest.author()).isEqualTo("Abena Owusu");
        Metadata notes = read("Weekly ferry notes\nPrepared by Dr. Kwesi Arthur for the Lagoon Research Council\n"
                + "12 May 2025");
        assertThat(notes.publisher()).isEqualTo("Lagoon Research Council");
        assertThat(notes.author()).isEqualTo("Kwesi Arthur");
    }

    @Test
    void theIssuerOfANumberedPaper() {
        Metadata note = read("Harbour Policy Institute - Briefing Note 07/25\nFerry diplomacy on the lagoon\n12 May 2025");
        assertThat(note.publisher()).isEqualTo("Harbour Policy Institute");
        assertThat(note.title()).isEqualTo("Ferry diplomacy on the lagoon");
        assertThat(read("Lagoon Research Council - Policy Brief No. 12\nFerry diplomacy after the Keta meeting")
                .publisher()).isEqualTo("Lagoon Research Council");
        assertThat(read("Centre for Coastal Studies | Working Paper 3/2025\nFerry diplomacy after the Keta meeting")
                .publisher()).isEqualTo("Centre for Coastal Studies");
    }

    @Test
    void theAgencyAfterTheAuthorInAByline() {
        Metadata agency = read("Ferry ministers agree shared timetable\nBy Yaw Darko, Coastline Press Agency\n12 May 2025");
        assertThat(agency.publisher()).isEqualTo("Coastline Press Agency");
        assertThat(agency.author()).isEqualTo("Yaw Darko");
        Metadata two = read("Envoys settle the ferry quarrel\nBy Kojo Addo and Esi Quaye, The Coast Herald\n12 May 2025");
        assertThat(two.publisher()).isEqualTo("The Coast Herald");
        assertThat(two.author()).isEqualTo("Kojo Addo and Esi Quaye");
        assertThat(read("Envoys settle the ferry quarrel\nBy Kojo Addo, Staff Writer, for Coastline Press Agency")
                .publisher()).isEqualTo("Coastline Press Agency");
        assertThat(read("Envoys settle the ferry quarrel\nBy Ama Owusu, AndesWire\n12 May 2025").publisher())
                .as("a wire's name glued to its outlet word").isEqualTo("AndesWire");
        assertThat(TextMetadata.of("Envoys settle the ferry quarrel\nBy Ama Owusu, Fjordpost\n\nTROMSØ, Mar 4 2025 "
                + "(Fjordpost) - Ministers met in Tromsø on Tuesday.\n").publisher())
                .as("one word that the dateline names in brackets").isEqualTo("Fjordpost");
        assertThat(read("Envoys settle the ferry quarrel\nBy Ama Owusu, Diplomatic Correspondent\n12 May 2025")
                .publisher()).as("a job title").isNull();
        assertThat(read("Envoys settle the ferry quarrel\nBy Ama Owusu, Accra\n12 May 2025").publisher())
                .as("a place").isNull();
        assertThat(read("Envoys settle the ferry quarrel\nBy Ama Owusu, Gulf Bureau\n12 May 2025").publisher())
                .as("a desk").isNull();
    }
}
