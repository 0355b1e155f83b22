package parley.extract;

import java.time.LocalDate;
import java.util.List;

import parley.domain.Article;
import parley.domain.EventExtractor;
import parley.domain.Extraction;

/** Rule- and lexicon-based extraction. (Stub: the extraction work fills it in.) */
public final class RuleBasedExtractor implements EventExtractor {
    @Override
    public Extraction extract(Article article, LocalDate anchor) {
        return new Extraction(List.of(), List.of());
    }

    @Override
    public List<Article.Span> sentences(String text) {
        return List.of();
    }
}
