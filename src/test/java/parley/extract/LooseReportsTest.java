package parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import parley.domain.Article;
import parley.domain.EventType;
import parley.domain.Extraction;

/**
 * Undated reports of held events in an article that dates its events ({@link LooseReports}): a remark by someone
 * taking part in a dated event becomes one of its sentences, a past remark or a trip in passing that no event holds is
 * left out, two people meeting at a named place and an undated plan stay (the whole fixture is checked in
 * {@link PrecisionFixturesTest}).
 */
class LooseReportsTest {
    @Test
    void aRemarkJoinsTheDatedEventItsSpeakerTookPartIn() throws IOException {
        String text = ExpectedEvents.fixture("loose-remarks.txt");
        LocalDate anchor = LocalDate.of(2025, 3, 14);
        Extraction x = new RuleBasedExtractor().extract(new Article("l.txt", "txt", "", text, null, null, null, anchor),
                anchor);
        assertThat(x.events()).as(SeedArticlesTest.dump(x.events()))
                .filteredOn(e -> e.type() == EventType.MEETING && e.date().known())
                .singleElement()
                .satisfies(e -> assertThat(e.mentions()).anyMatch(m -> m.text().startsWith("Kallas wrote on X")
                        && m.contribution().contains("merged: ")));
        assertThat(x.events()).noneMatch(e -> e.participants().stream()
                .anyMatch(p -> p.name().equals("Keir Starmer") || p.name().equals("Emmanuel Macron")));
    }
}
