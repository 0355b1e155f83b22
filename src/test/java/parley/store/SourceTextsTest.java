package parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import parley.domain.DateBasis;
import parley.domain.Source;

/**
 * A source's text comes back exactly as stored, whether it was kept in a row of its own (up to
 * {@link SourceRows#TEXT_IN_ROW_AT_MOST} characters, migration V12) or in the source's CLOB (longer).
 */
class SourceTextsTest extends StoreTestBase {
    static Source withText(String name, int sha, String text) {
        return new Source(0, name, "txt", "A title", null, null, LocalDate.of(2025, 3, 4), DateBasis.STATED, null,
                Fixtures.sha(sha), text, Fixtures.IMPORTED, null, List.of());
    }

    @Test
    void shortLongAndEmptyTextsComeBackExactly() {
        String usual = "Les ministres se sont réunis à Genève — “talks” on Tuesday.\n\nSecond paragraph.";
        String atTheLimit = "x".repeat(SourceRows.TEXT_IN_ROW_AT_MOST - 1) + "é";
        String longer = "Line of a very long transcript, ü.\n".repeat(3000);
        assertThat(longer.length()).isGreaterThan(SourceRows.TEXT_IN_ROW_AT_MOST);
        List<String> texts = List.of(usual, atTheLimit, longer, "");
        long[] ids = new long[texts.size()];
        store.write(tx -> {
            for (int i = 0; i < texts.size(); i++) {
                ids[i] = tx.insertSource(withText("s" + i + ".txt", i + 1, texts.get(i)), Set.of());
            }
            return null;
        });
        reopen();
        for (int i = 0; i < texts.size(); i++) {
            assertThat(store.source(ids[i]).orElseThrow().text()).as("text %d", i).isEqualTo(texts.get(i));
        }
        assertThat(store.sources()).extracting(Source::text).as("the list reads no texts")
                .containsOnly((String) null);
    }
}
