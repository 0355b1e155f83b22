package parley.ui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample articles packed in the jar under {@value #FOLDER} (from assets/samples). The importer reads files, so
 * they are copied to a folder first; the copies are plain files the import may read like any dropped article.
 */
final class SampleArticles {
    static final String FOLDER = "/parley/samples";

    private SampleArticles() {
    }

    /** Copies every sample into the folder (created if needed) and returns the copies, sorted by name. */
    static List<Path> copyTo(Path folder) throws IOException {
        URL url = SampleArticles.class.getResource(FOLDER);
        if (url == null) {
            throw new IOException("the sample articles are not in this build");
        }
        Files.createDirectories(folder);
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fs;
            boolean opened = false;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (java.nio.file.FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            }
            try {
                return copy(fs.getPath(FOLDER), folder);
            } finally {
                if (opened) {
                    fs.close();
                }
            }
        }
        return copy(Path.of(uri), folder);
    }

    private static List<Path> copy(Path from, Path to) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path target = to.resolve(f.getFileName().toString());
                try (InputStream in = Files.newInputStream(f)) {
                    Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                out.add(target);
            }
        }
        return out;
    }
}
