package parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.Article;
import parley.domain.Event;
import parley.domain.Participant;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;

class CorpusGeneratorTest {

    @Test
    void theSameSeedGivesTheSameArticlesAndAnotherSeedOthers() {
        CorpusGenerator a = new CorpusGenerator(7);
        CorpusGenerator b = new CorpusGenerator(7);
        CorpusGenerator c = new CorpusGenerator(8);
        for (int i = 0; i < 20; i++) {
            assertThat(a.article(i)).isEqualTo(b.article(i));
            assertThat(a.article(i).content()).isNotEqualTo(c.article(i).content());
        }
    }

    @Test
    void articlesAreAboutFiveKilobytesInThreeFormatsFromSeveralOutletsOverTenYears() throws Exception {
        CorpusGenerator g = new CorpusGenerator(1);
        Set<String> formats = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            CorpusGenerator.GeneratedArticle a = g.article(i);
            formats.add(a.format());
            years.add(a.published().getYear());
            assertThat(a.fileName()).endsWith("." + a.format());
        }
        assertThat(formats).containsExactlyInAnyOrder("txt", "html", "md");
        assertThat(years).hasSizeGreaterThan(5).allSatisfy(y -> assertThat(y).isBetween(2016, 2025));
    }

    @Test
    void theReaderAndTheExtractorFindDatedEventsWithGazetteerLeadersInEveryFormat(@TempDir Path dir)
            throws Exception {
        List<Path> files = new CorpusGenerator(3).write(dir, 9);
        FileArticleReader reader = new FileArticleReader();
        RuleBasedExtractor extractor = new RuleBasedExtractor();
        Set<String> outlets = new HashSet<>();
        for (Path f : files) {
            Article article = reader.read(f);
            assertThat(article.published()).as(f.toString()).isNotNull();
            assertThat(article.text().length()).as(f.toString()).isBetween(4_000, 7_000);
            outlets.add(article.publisher());
            List<Event> events = extractor.extract(article, article.published()).events();
            assertThat(events).as(f.toString()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(events).anySatisfy(e -> assertThat(e.date().known()).isTrue());
            assertThat(events.stream().flatMap(e -> e.participants().stream()).map(Participant::name))
                    .as(f.toString()).isNotEmpty();
        }
        assertThat(outlets).hasSizeGreaterThan(1);
    }
}
