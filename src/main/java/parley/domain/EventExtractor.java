package parley.domain;

import java.time.LocalDate;
import java.util.List;

/** Finds the events an article reports. Pure and deterministic: the same input gives the same output. */
public interface EventExtractor {
    /**
     * @param article the article as read
     * @param anchor  the publication date relative expressions resolve against, or null when the article is
     *                undated (relative expressions then stay unresolved, keeping their phrase)
     */
    Extraction extract(Article article, LocalDate anchor);

    /** Sentence spans of a text, as the extractor splits it (used to fingerprint articles). */
    List<Article.Span> sentences(String text);
}
