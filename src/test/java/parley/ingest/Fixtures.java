package parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import parley.domain.Article;
import parley.domain.UnreadableFileException;

/** Test helpers: fixture bytes from the classpath, copies under any name, and reading them. */
final class Fixtures {
    static final FileArticleReader READER = new FileArticleReader();

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article read(Path dir, String resource) throws UnreadableFileException {
        return READER.read(write(dir, resource, bytes(resource)));
    }
}
