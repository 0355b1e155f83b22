package parley.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SoftBreaksTest {
    /** A bulletin wrapped near 70 characters, as mail programs and PDF text layers give it. */
    private static final String WRAPPED = String.join("\n",
            "Harbour Bulletin 14",
            "",
            "The port ministers of Ghana and Togo met in Lome on Tuesday to agree",
            "shared customs checks for lorries on the coastal road, officials said",
            "after the session. A second round is planned in Accra on 24 March, and",
            "the two delegations will report to their cabinets before then.",
            "",
            "Who attended:",
            "- the port ministers of both countries and their customs chiefs, who",
            "  signed the minutes",
            "- two observers from the regional trade bloc",
            "",
            "## Next steps",
            "The ministers asked their staff to draft a joint schedule by the end",
            "of the month, so that the checks can start before the rainy season.");

    @Test
    void wrappingBreaksBecomeSpacesAndNothingElseMoves() {
        String read = SoftBreaks.asSpaces(WRAPPED);
        assertThat(read).hasSameSizeAs(WRAPPED);
        assertThat(read).contains("met in Lome on Tuesday to agree shared customs checks")
                .contains("planned in Accra on 24 March, and the two delegations")
                .contains("customs chiefs, who   signed the minutes")
                .contains("by the end of the month");
        // paragraph ends, a label, list items and a heading keep their breaks
        assertThat(read).contains("Harbour Bulletin 14\n\n")
                .contains("before then.\n\nWho attended:\n- the port")
                .contains("signed the minutes\n- two observers")
                .contains("## Next steps\nThe ministers");
        for (int i = 0; i < read.length(); i++) {
            if (read.charAt(i) != WRAPPED.charAt(i)) {
                assertThat(WRAPPED.charAt(i)).as("only breaks change, at %d", i).isEqualTo('\n');
                assertThat(read.charAt(i)).isEqualTo(' ');
            }
        }
    }

    @Test
    void aTextLayerWithABlankLineAfterEveryPrintedLine() {
        String[] printed = WRAPPED.split("\n");
        String spaced = String.join("\n\n", printed);
        String read = SoftBreaks.asSpaces(spaced);
        assertThat(read).hasSameSizeAs(spaced)
                .contains("met in Lome on Tuesday to agree  shared customs checks")
                .contains("by the end  of the month");
        assertThat(read).as("a heading stays a line of its own").contains("Harbour Bulletin 14\n")
                .contains("## Next steps\n");
    }

    @Test
    void aHeadingAfterAFilledLineIsNotJoinedToIt() {
        String text = String.join("\n",
                "The port ministers of Ghana and Togo met in Lome on Tuesday to agree",
                "shared customs checks for lorries on the coastal road, officials said",
                "after the session. A second round is planned in Accra on 24 March, and",
                "the two delegations will report to their cabinets before the session.",
                "Monday in Accra",
                "The customs chiefs met their counterparts to go through the schedule",
                "and the list of crossings that will open first, the ministry said.");
        String read = SoftBreaks.asSpaces(text);
        assertThat(read).contains("before the session.\nMonday in Accra\nThe customs chiefs met")
                .contains("go through the schedule and the list");
    }

    @Test
    void aTextWithAParagraphPerLineIsLeftAsItIs() {
        String paragraphs = String.join("\n",
                "Port ministers of Ghana and Togo met in Lome on Tuesday to agree shared customs checks for lorries"
                        + " on the coastal road, officials said after the session ended late in the evening.",
                "A second round is planned in Accra on 24 March, and the two delegations will report to their cabinets"
                        + " before then, according to a statement released by the Togolese side.",
                "The ministers asked their staff to draft a joint schedule by the end of the month, so that the"
                        + " checks can start before the rainy season.",
                "Short line.", "Another short line.", "A third one.");
        assertThat(SoftBreaks.asSpaces(paragraphs)).isSameAs(paragraphs);
    }

    @Test
    void shortLinesOfAFormAreNotWrappedText() {
        String form = "Name: Ama\nCountry: Ghana\nRole: minister\nDate: 14 March\nPlace: Lome\nNotes: none\n";
        assertThat(SoftBreaks.asSpaces(form)).isSameAs(form);
    }
    /**
     * A short note too few of whose lines are wrapped to count as wrapped text: a break after a possessive, a comma or
     * "with" continues the sentence; a short line (a heading) and a line that ends its sentence keep their breaks.
     */
    @Test
    void aShortNoteBrokenAfterAPossessiveOrCommaGoesOn() {
        String note = String.join("\n",
                "Subject: port talks",
                "Lake ports forum",
                "The forum closed in Kisumu on Friday. Uganda's Yoweri Museveni, Kenya's",
                "William Ruto and Tanzania's Samia Suluhu Hassan signed the minutes,",
                "and the ministers met again on Saturday with",
                "the customs chiefs of all three states.",
                "Thanks");
        String read = SoftBreaks.asSpaces(note);
        assertThat(read).hasSameSizeAs(note)
                .contains("Kenya's William Ruto")
                .contains("the minutes, and the ministers")
                .contains("on Saturday with the customs chiefs")
                .contains("Subject: port talks\nLake ports forum\nThe forum")
                .contains("three states.\nThanks");
    }
}
