package parley.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** The folder a store lives in: created for its owner only, where the file system has POSIX permissions. */
final class StoreFolder {
    private StoreFolder() {
    }

    static void prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException("The store cannot be kept in " + folder + ": it is a file, not a folder.");
        }
        try {
            if (!Files.isDirectory(folder)) {
                if (posix(folder)) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(folder);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw new StoreException("The store cannot be kept in " + folder + ": " + e.getFile() + " is a file.", e);
        } catch (IOException e) {
            throw new StoreException("The store folder " + folder + " could not be created: " + reason(e), e);
        }
    }

    /** Makes the database's own files (created by H2 with the process umask) readable by their owner only. */
    static void restrictFiles(Path folder, String prefix) {
        if (!posix(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f) && f.getFileName().toString().startsWith(prefix)) {
                    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            // The folder itself is owner-only when Parley created it; failing to tighten a file must not stop work.
        }
    }

    /** Owner-only permissions for a new file, or none where the file system has no POSIX permissions. */
    static FileAttribute<?>[] ownerOnlyFile(Path file) {
        if (posix(file)) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))};
        }
        return new FileAttribute<?>[0];
    }

    static boolean posix(Path anyPath) {
        return anyPath != null && anyPath.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static String reason(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? kind.toLowerCase(java.util.Locale.ROOT) : kind + ": " + e.getMessage();
    }
}
