package parley.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * An exclusive claim on a store folder for as long as the store is open.
 *
 * <p>H2 refuses a second process by itself, but inside one JVM it would quietly share the database; this lock makes
 * a second open fail the same way in both cases, before H2 is touched, with a message a person understands.
 */
final class FolderLock implements AutoCloseable {
    static final String FILE_NAME = "parley.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static FolderLock acquire(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    StoreFolder.ownerOnlyFile(file));
        } catch (IOException e) {
            throw new StoreException("The store in " + folder + " cannot be opened: " + StoreFolder.reason(e), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new FolderLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // Held by this JVM: another store object on the same folder is still open.
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("The store in " + folder + " cannot be locked: " + StoreFolder.reason(e), e);
        }
        closeQuietly(channel);
        throw alreadyOpen(folder);
    }

    static StoreException alreadyOpen(Path folder) {
        return new StoreException("The store in " + folder + " is already open in another Parley window or command.");
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // The channel is closed next, which releases the lock anyway.
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing is left to release.
        }
    }
}
