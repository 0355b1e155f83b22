package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;

/**
 * A transcript's header names the day it was recorded or went on air in broadcasters' words (session 16): that day
 * is the one its "today" and "yesterday" mean, and without it every event of the conversation stays undated.
 */
class BroadcastHeadersTest {
    @TempDir
    Path dir;

    private Article read(String header) throws Exception {
        String text = "Harbour Hour podcast\n" + header + "\nGuest: Ana Ruiz, port correspondent\n\n"
                + "Q: What happened?\n\nA: The two ministers met in Lome on Thursday.\n";
        return Fixtures.READER.read(Fixtures.write(dir, "t.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void recordingAndAirDateLabelsDateTheTranscript() throws Exception {
        String[] headers = {"Recorded: 3 March 2026", "Recorded on 3 March 2026", "Original air date: March 3, 2026",
                "Date of broadcast: Tuesday 3 March 2026", "Transmission: 3 March 2026",
                "Interview conducted on 3 March 2026", "Date of the interview: 3 March 2026", "Taped 3 March 2026"};
        for (String h : headers) {
            assertThat(read(h).published()).as(h).isEqualTo(LocalDate.of(2026, 3, 3));
        }
    }

    @Test
    void aRecordingDateInASentenceIsNone() throws Exception {
        assertThat(read("The band recorded an album in Lome, released on 3 March 2026 to good reviews.").published())
                .isNull();
    }
}
