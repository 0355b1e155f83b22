package parley.domain;

import java.nio.file.Path;

/** Reads one file (text, HTML, PDF, ...) into an {@link Article}. */
public interface ArticleReader {
    Article read(Path file) throws UnreadableFileException;
}
