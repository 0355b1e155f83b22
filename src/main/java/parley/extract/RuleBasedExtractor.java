package parley.extract;

import java.time.LocalDate;
import java.util.List;

import parley.domain.Article;
import parley.domain.EventExtractor;
import parley.domain.Extraction;
import parley.extract.text.SentenceSplitter;

/**
 * Rule- and lexicon-based extraction: sentences, page furniture skipped, names from the gazetteer and from
 * titles, dates resolved against the publication date with the clause's tense, triggers with their participants,
 * roles, places and status, and several sentences about one event merged into one. The data files are read once
 * per JVM; one extractor may be shared between threads.
 */
public final class RuleBasedExtractor implements EventExtractor {
    private static final class Data {
        static final Gazetteer GAZETTEER = Gazetteer.load();
        static final Lexicon LEXICON = Lexicon.load();
    }

    private final EventMerger merger = new EventMerger();

    /** The gazetteer every extraction reads (loaded once per JVM). */
    static Gazetteer gazetteer() {
        return Data.GAZETTEER;
    }

    @Override
    public Extraction extract(Article article, LocalDate anchor) {
        if (article == null || article.text() == null || article.text().isBlank()) {
            return new Extraction(List.of(), List.of());
        }
        return new ArticleExtraction(Data.GAZETTEER, Data.LEXICON, merger, article, anchor).run();
    }

    @Override
    public List<Article.Span> sentences(String text) {
        return SentenceSplitter.split(text);
    }
}
