package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.Extraction;

/** Bad input never crashes extraction, and the same input always gives the same output. */
class RobustnessTest {
    private final RuleBasedExtractor x = new RuleBasedExtractor();

    private Extraction run(String text, LocalDate anchor) {
        return x.extract(new Article("f.txt", "txt", "", text, null, null, null, anchor), anchor);
    }

    @Test
    void oddTextsGiveNoEventsAndNoErrors() {
        for (String text : new String[] {"", " ", "\n\n\n", ".", "\"", "“", "(((", "Mr.", "on", "31/02/2025",
                "on 31 February", "at 25:99", "Read more:", "“unclosed quote on Monday will meet", "\u0000\u0001",
                "Meeting.", "will meet on Friday", "THE MEETING OF THE MINISTERS OF TURKEY AND"}) {
            assertThat(run(text, LocalDate.of(2025, 1, 1)).events()).as(text).isEmpty();
            assertThat(run(text, null).events()).as(text).isEmpty();
        }
        assertThat(x.extract(new Article("f.txt", "txt", "", null, null, null, null, null), null).events()).isEmpty();
    }

    @Test
    void randomTextNeverThrows() {
        Random r = new Random(42);
        String alphabet = "abc XYZ.,;:'\"“”’()-–—\n0123456789 Monday May Mr Trump Putin meet call summit on at in ";
        for (int n = 0; n < 200; n++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(2000);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            Extraction e = run(sb.toString(), n % 2 == 0 ? null : LocalDate.of(2025, 8, 12));
            assertThat(e).isNotNull();
            e.events().forEach(ev -> ev.mentions().forEach(m ->
                    assertThat(sb.substring(m.start(), m.end())).isEqualTo(m.text())));
        }
    }

    @Test
    void aLongLineWithoutStopsIsHandled() {
        String text = "Trump will meet Putin in Alaska on Friday and ".repeat(2000);
        Extraction e = run(text, LocalDate.of(2025, 8, 12));
        assertThat(e.events()).isNotEmpty();
    }

    @Test
    void sameInputSameOutput() {
        String text = "Ministers Andrii Sybiha and Hakan Fidan met in Geneva on Tuesday. They will meet again next week.";
        assertThat(run(text, LocalDate.of(2025, 3, 6))).isEqualTo(run(text, LocalDate.of(2025, 3, 6)));
    }
}
