package parley.ingest;

import java.nio.file.Path;

import parley.domain.Article;
import parley.domain.ArticleReader;
import parley.domain.UnreadableFileException;

/** Reads .txt, .md, .html and .pdf articles. (Stub: the extraction work fills it in.) */
public final class FileArticleReader implements ArticleReader {
    @Override
    public Article read(Path file) throws UnreadableFileException {
        throw new UnreadableFileException("reading is not implemented yet");
    }
}
