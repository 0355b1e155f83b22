package parley.domain;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Imports files and folders into the store, and re-resolves articles whose publication date changes. */
public interface Importer {

    /** Imports every readable article under the paths (folders recursively). Never throws for a bad file. */
    ImportSummary importPaths(List<Path> paths, Progress progress);

    /** Sets an article's publication date as the analyst's word; its events re-resolve. */
    void setPublicationDate(long sourceId, LocalDate date);

    /** Progress callbacks, called from the importing thread; paths that cannot be listed come first, with done = 0. */
    interface Progress {
        Progress NONE = new Progress() {
        };

        /** Called once the files to import are known. */
        default void started(int totalFiles) {
        }

        default void fileDone(int done, int total, FileOutcome outcome) {
        }

        /**
         * Called when the files reported so far are committed (an import stores its files in groups, each reported
         * once committed): a reader of the store now sees them, so a window may show them while the import goes on.
         */
        default void groupStored(int done, int total) {
        }

        /** Checked between files: true stops the import after the current file. */
        default boolean cancelled() {
            return false;
        }
    }
}
