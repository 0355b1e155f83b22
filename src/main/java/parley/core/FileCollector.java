package parley.core;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expands the dropped or named paths into files, folders recursively, in a stable order. Symbolic links to
 * files are read, links to folders are not followed, so a link loop cannot trap the walk; hidden files (".DS_Store") are left out, and
 * files in folders that are not article types are skipped (a file named explicitly is always tried).
 * A path that cannot be listed becomes a failure naming it rather than stopping the import.
 */
final class FileCollector {
    private FileCollector() {
    }

    /** File types a folder walk picks up; anything else found in a folder is skipped, not failed. */
    private static final Set<String> ARTICLE_TYPES = Set.of("txt", "text", "md", "markdown", "html", "htm", "xhtml",
            "shtml", "pdf", "eml");

    /** Files to import, paths that could not be listed (with the reason), and folder files that are not articles. */
    record Collected(List<Path> files, Map<Path, String> problems, List<Path> skipped) {
    }

    static Collected collect(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Map<Path, String> problems = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                problems.put(root, "no such file or folder");
            } else if (Files.isDirectory(root)) {
                walk(root, files, skipped, problems);
            } else {
                files.add(root);
            }
        }
        return new Collected(files, problems, skipped);
    }

    private static void walk(Path root, List<Path> files, List<Path> skipped, Map<Path, String> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean linkedFile = attrs.isSymbolicLink() && Files.isRegularFile(file);
                    if ((attrs.isRegularFile() || linkedFile) && !hidden(file)) {
                        (articleType(file) ? found : skipped).add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.put(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.put(root, "cannot be listed (" + e.getMessage() + ")");
        }
        found.sort(null);
        files.addAll(found);
        skipped.sort(null);
    }

    /** Article extensions, or none at all (the reader sniffs the content). */
    private static boolean articleType(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || ARTICLE_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
