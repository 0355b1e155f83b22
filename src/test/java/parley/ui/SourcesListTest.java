package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import parley.domain.DateBasis;
import parley.domain.Source;

/** What the sources panel shows of each source, how it filters and how it sorts (no window needed). */
class SourcesListTest {
    private static SourceRow row(long id, String title, String publisher, String author, LocalDate published,
                                 String signal, List<String> notes) {
        return new SourceRow(new Source(id, "file" + id + ".txt", "txt", title, publisher, author, published,
                published == null ? DateBasis.UNKNOWN : DateBasis.STATED, null, "%064x".formatted(id), null, null,
                signal, notes), 1);
    }

    private final SourceRow herald = row(1, "Ferry crews settle pay dispute", "The Lagoon Herald", "Ama Owusu",
            LocalDate.of(2024, 5, 3), "date in the URL", List.of());
    private final SourceRow wire = row(2, "Customs checks agreed", "Coast Wire", "Lena Okafor and Piotr Zielinski",
            LocalDate.of(2024, 5, 6), "meta tag (article:published_time)",
            List.of("publication date: date in the URL says 2024-05-05, not 2024-05-06"));
    private final SourceRow undated = row(3, null, null, null, null, null, List.of());

    @Test
    void authorAndHowTheDateWasObtained() {
        assertThat(wire.credit()).isEqualTo("By Lena Okafor and Piotr Zielinski");
        assertThat(undated.credit()).isNull();
        assertThat(wire.dating()).isEqualTo("Dated by the meta tag (article:published_time)\n"
                + "Publication date: date in the URL says 2024-05-05, not 2024-05-06");
        assertThat(undated.dating()).startsWith("No publication date in the file");
        assertThat(undated.title()).as("the file name only when there is no title").isEqualTo("file3.txt");
    }

    @Test
    void filterMatchesEveryWordInTitlePublisherAuthorOrFile() {
        assertThat(herald.matches("lagoon ferry")).isTrue();
        assertThat(herald.matches("owusu")).isTrue();
        assertThat(herald.matches("lagoon customs")).isFalse();
        assertThat(undated.matches("file3")).isTrue();
        assertThat(wire.matches("  ")).isTrue();
    }

    @Test
    void sortsByDateEitherWayAndByPublisherWithoutItsArticle() {
        List<SourceRow> rows = new ArrayList<>(List.of(undated, herald, wire));
        rows.sort(SourcesPanel.SourceOrder.NEWEST.comparator());
        assertThat(rows).containsExactly(wire, herald, undated);
        rows.sort(SourcesPanel.SourceOrder.OLDEST.comparator());
        assertThat(rows).containsExactly(herald, wire, undated);
        rows.sort(SourcesPanel.SourceOrder.PUBLISHER.comparator());
        assertThat(rows).as("'The Lagoon Herald' sorts under L; no publisher goes last")
                .containsExactly(wire, herald, undated);
        assertThat(SourcesPanel.SourceOrder.IMPORTED.comparator()).isNull();
    }
}
