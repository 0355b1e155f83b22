package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The outlet a header names beside a desk, an edition, a service or a wire dateline (session 16): "a letter from the
 * Lisbon desk of X", "X | Valletta desk", "the Andean Desk, X", "X, sports desk", "X, Manila edition", "Radio X,
 * Spanish service", "CITY, Mon D (X) -". Texts written for this test; the outlets and people are invented.
 */
class OutletDesksTest {
    private static final String STORY = "\n\nThe foreign minister of Chile, Rosa Vial, met her Peruvian counterpart "
            + "Tomas Lira in Arica on Monday and the two agreed to reopen a border crossing.\n";

    private static Metadata read(String header) {
        return TextMetadata.of(header + STORY);
    }

    @Test
    void theOrganisationADeskBelongsTo() {
        assertThat(read("# The Pacific Week\n\n*No. 44 — Tuesday, 3 June 2025 — a letter from the Lisbon desk of "
                + "Harrow Point Research*").publisher()).isEqualTo("Harrow Point Research");
        assertThat(read("ISLAND MONITOR\nCorvina Partners | Valletta desk\nFor subscribers only.").publisher())
                .isEqualTo("Corvina Partners");
        assertThat(read("BORDER DIGEST - SELECTED RELEASES\nCrossings in 2025: what the governments said\n"
                + "Compiled by the Southern Cone Desk, Tarapaca Policy Group. Compiled 2 October 2025.").publisher())
                .isEqualTo("Tarapaca Policy Group");
        assertThat(read("# Arica and after: a record\n\n*Compiled by the Atacama Observer research desk · 9 June 2025*")
                .publisher()).isEqualTo("Atacama Observer");
    }

    @Test
    void anOutletBesideItsDeskOrEdition() {
        assertThat(read("SAILING | Corvina Dispatch, sports desk | Sunday 6 July 2025\n\nA crossing in record time")
                .publisher()).isEqualTo("Corvina Dispatch");
        assertThat(read("# Why the border reopened\n\n*Tasman Brief — Reference desk — published 15 October 2025*")
                .publisher()).isEqualTo("Tasman Brief");
        assertThat(read("OPINION\n\nA crossing reopens\n\nBy Lena Ortiz\nThe Harbour Quarterly, Arica edition\n"
                + "8 August 2025").publisher()).isEqualTo("The Harbour Quarterly");
        assertThat(read("# Explainer: the crossing\n\n**Harbour Notes** · Analysis · 16 June 2025 · by Lena Ortiz")
                .publisher()).isEqualTo("Harbour Notes");
    }

    @Test
    void aBroadcasterBehindItsProgramme() {
        assertThat(read("MORNING ROUND - Radio Kestrel, Spanish service\nBroadcast transcript, Monday 2 June 2025")
                .publisher()).isEqualTo("Radio Kestrel");
    }

    @Test
    void aNameWithoutItsLowerCaseDescriptor() {
        assertThat(read("# The Andes Ledger — weekly\n*Issue 2025/20 · Monday, 19 May 2025 · by Lena Ortiz*")
                .publisher()).isEqualTo("The Andes Ledger");
        assertThat(read("*Corvina Strategic Advisory · client digest compiled 20 November 2025*\n\n# Visits to Lima")
                .publisher()).isEqualTo("Corvina Strategic Advisory");
    }

    @Test
    void theAgencyOfAWireDateline() {
        assertThat(read("Chile and Peru reopen a crossing\n\nBy Lena Ortiz and Tomas Vial\nAtacama Wire\n\n"
                + "ARICA, June 2 (Atacama Wire) - The two neighbours agreed on Monday to reopen the crossing.")
                .publisher()).isEqualTo("Atacama Wire");
        assertThat(read("Chile and Peru reopen a crossing\n\nARICA, June 2 (Coastline Press) - The two neighbours "
                + "agreed on Monday to reopen the crossing.").publisher()).isEqualTo("Coastline Press");
        assertThat(read("THE ARICA HERALD\nChile and Peru reopen a crossing\n\nARICA, June 2 (Coastline Press) - The "
                + "two neighbours agreed on Monday.").publisher()).as("the paper carrying wire copy")
                .isEqualTo("The Arica Herald");
    }

    @Test
    void aProgrammesDateLineDatesTheTranscript() {
        assertThat(read("MORNING ROUND - Radio Kestrel, Spanish service\nBroadcast transcript, Monday 2 June 2025, "
                + "07:10 CLT").dating().date()).isEqualTo(java.time.LocalDate.of(2025, 6, 2));
        assertThat(read("The Border Hour\nAir date: 3 June 2025\nHost: Rosa Vial").dating().date())
                .isEqualTo(java.time.LocalDate.of(2025, 6, 3));
        assertThat(read("Coast Podcast\nEpisode 12, recorded on Wednesday, 4 June 2025").dating().date())
                .isEqualTo(java.time.LocalDate.of(2025, 6, 4));
        assertThat(read("Notes\nThe broadcast on 5 June 2025 drew few listeners in the north.").dating().date())
                .as("a sentence about a broadcast").isNull();
    }
}
