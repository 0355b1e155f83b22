package parley.timeml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading TempEval-3 input and MEANTIME, writing TIMEX3 back without touching the TEXT, and refusing XXE. */
class TimeMlReadWriteTest {
    static final String INPUT = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>envoys_1</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-11" functionInDocument="CREATION_TIME">June 11, 2025</TIMEX3></DCT>
            <TITLE>Envoys meet</TITLE>
            <TEXT>
            The envoys of Smith &amp; Jones met on Monday  in Bern.\r
            They meet again   next week, &quot;if all goes well&quot;.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTheCreationDateAndTheDecodedText() throws IOException {
        TimeMlDocument doc = Te3InputReader.parse("envoys_1.tml", INPUT);
        assertThat(doc.dct()).isEqualTo(LocalDate.of(2025, 6, 11));
        assertThat(doc.text()).contains("Smith & Jones met on Monday  in Bern.\nThey").contains("\"if all goes well\"");
        assertThat(doc.before()).endsWith("<TEXT>");
        assertThat(doc.after()).startsWith("</TEXT>");
    }

    @Test
    void writtenTextIsTheInputCharacterForCharacterWithTagsAdded() throws IOException {
        TimeMlDocument doc = Te3InputReader.parse("envoys_1.tml", INPUT);
        List<Timex3> found = TimexAnnotator.annotate(doc.text(), doc.dct());
        String out = TimeMlWriter.write(doc, found);
        assertThat(out).contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-06-09\">Monday</TIMEX3>")
                .contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2025-W25\">next week</TIMEX3>");
        String untagged = out.replaceAll("<TIMEX3 tid=\"t[1-9][0-9]*\"[^>]*>|</TIMEX3>(?!</DCT>)", "");
        assertThat(untagged).isEqualTo(INPUT);
        TimeMlDocument back = Te3InputReader.parse("envoys_1.tml", out);
        assertThat(GoldTimexes.of(back)).containsExactlyElementsOf(found);
    }

    @Test
    void overlappingOrEmptyTimexesAreNotWritten() throws IOException {
        TimeMlDocument doc = Te3InputReader.parse("envoys_1.tml", INPUT);
        int monday = doc.text().indexOf("Monday");
        String out = TimeMlWriter.write(doc, List.of(new Timex3(monday, monday + 6, "DATE", "X"),
                new Timex3(monday + 2, monday + 9, "DATE", "Y"), new Timex3(3, 3, "DATE", "Z")));
        assertThat(out).contains(">Monday</TIMEX3>").doesNotContain("\"Y\"", "\"Z\"");
    }

    @Test
    void anExternalEntityIsNeverExpanded(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2025-06-11\"/></DCT><TEXT>Leak: &xxe; on Monday.</TEXT>"
                + "</TimeML>";
        Path te3 = Files.writeString(dir.resolve("x.tml.TE3input"), xxe);
        try {
            TimeMlDocument doc = Te3InputReader.read(te3);
            assertThat(doc.text()).doesNotContain("TOP-SECRET");
        } catch (IOException refused) {
            assertThat(refused.getMessage()).doesNotContain("TOP-SECRET");
        }
        String cat = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Document><token t_id=\"1\" sentence=\"2\">&xxe;</token><Markables/></Document>";
        Path meantime = Files.writeString(dir.resolve("m.xml"), cat);
        assertThatThrownBy(() -> MeantimeReader.read(meantime)).isInstanceOf(IOException.class)
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void malformedInputIsReportedNotCrashed() {
        assertThatThrownBy(() -> Te3InputReader.parse("a.tml", "<TimeML><TEXT>open")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> Te3InputReader.parse("b.tml", "no tags at all")).isInstanceOf(IOException.class)
                .hasMessageContaining("no <TEXT>");
    }

    @Test
    void meantimeTokensBecomeTextAndGoldTimexesKeepTheirSpans() throws IOException, URISyntaxException {
        Path sample = Path.of(getClass().getResource("/parley/timeml/meantime-sample.xml").toURI());
        MeantimeReader.Annotated a = MeantimeReader.read(sample);
        TimeMlDocument doc = a.document();
        assertThat(doc.name()).isEqualTo("meantime-sample.tml");
        assertThat(doc.dct()).isEqualTo(LocalDate.of(2025, 5, 7));
        assertThat(doc.text()).isEqualTo("\nEnvoys meet\n\nThe envoys met on Monday, \"again\".\n");
        assertThat(a.gold()).hasSize(1);
        Timex3 monday = a.gold().get(0);
        assertThat(doc.text().substring(monday.start(), monday.end())).isEqualTo("Monday");
        assertThat(monday.value()).isEqualTo("2025-05-05");
        String gold = TimeMlWriter.write(doc, a.gold());
        assertThat(gold).contains("value=\"2025-05-07\" temporalFunction")
                .contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-05-05\">Monday</TIMEX3>");
        assertThat(GoldTimexes.of(Te3InputReader.parse(doc.name(), gold))).containsExactlyElementsOf(a.gold());
    }
}
