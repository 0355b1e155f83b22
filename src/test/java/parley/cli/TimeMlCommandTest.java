package parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlCommandTest {
    @Test
    void tagsEachInputFileAndNamesTheOnesItCannotRead(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.tml.TE3input"), "<?xml version=\"1.0\" ?>\n<TimeML><DCT><TIMEX3 tid=\"t0\" "
                + "type=\"DATE\" value=\"2025-06-11\">June 11, 2025</TIMEX3></DCT>\n<TEXT>\nThe envoys met on Monday. "
                + "They will meet again next month.\n</TEXT>\n</TimeML>\n");
        Files.writeString(in.resolve("broken.tml.TE3input"), "<TimeML><TEXT>unclosed");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("timeml", "--in", in.toString(), "--out", out.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("1 of 2 files tagged, 2 time expressions");
        assertThat(run.err()).contains("broken.tml.TE3input");
        assertThat(Files.readString(out.resolve("a.tml")))
                .contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2025-06-09\">Monday</TIMEX3>")
                .contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2025-07\">next month</TIMEX3>");
    }

    @Test
    void aMissingInputFolderIsBadUsage(@TempDir Path dir) {
        CliRun run = CliRun.of("timeml", "--in", dir.resolve("nope").toString(), "--out", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("no such folder");
    }
}
