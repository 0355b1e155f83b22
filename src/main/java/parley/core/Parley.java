package parley.core;

import java.nio.file.Path;

import parley.domain.EventStore;
import parley.domain.Importer;
import parley.extract.EventMerger;
import parley.extract.RuleBasedExtractor;
import parley.ingest.FileArticleReader;
import parley.domain.StoreAddress;
import parley.review.Review;
import parley.store.H2EventStore;
import parley.store.PostgresEventStore;

/** The composition root: one open store with its importer, shared by the desktop app and the command line. */
public final class Parley implements AutoCloseable {
    private final StoreAddress location;
    private final EventStore store;
    private final ImportService importer;
    private final Review review;

    private Parley(StoreAddress location, EventStore store) {
        this.location = location;
        this.store = store;
        EventMerger merger = new EventMerger();
        this.importer = new ImportService(store, new FileArticleReader(), new RuleBasedExtractor(), merger);
        this.review = new Review(store, merger, importer::setPublicationDate);
    }

    /** Opens (creating on first use) the store in this folder. */
    public static Parley open(Path storeDir) {
        return open(new StoreAddress.Folder(storeDir), status -> { });
    }

    /** Opens the store at this address: a folder (the embedded store) or a PostgreSQL server (a team store). */
    public static Parley open(StoreAddress address) {
        return open(address, status -> { });
    }

    /** As {@link #open(StoreAddress)}, saying in a sentence when opening takes a while (an upgrade of the store). */
    public static Parley open(StoreAddress address, java.util.function.Consumer<String> status) {
        EventStore store = address instanceof StoreAddress.Server server ? PostgresEventStore.open(server, status)
                : H2EventStore.open(((StoreAddress.Folder) address).path(), status);
        return new Parley(address, store);
    }

    public StoreAddress location() {
        return location;
    }

    public EventStore store() {
        return store;
    }

    public Importer importer() {
        return importer;
    }

    /** The analyst's edits on this store (make commands here, run them through an EditHistory). */
    public Review review() {
        return review;
    }

    /** Extracts every source again with the current rules; analysts' edits stay. Returns the sources done. */
    public int reextractAll(Importer.Progress progress) {
        return importer.reextractAll(progress);
    }

    @Override
    public void close() {
        store.close();
    }
}
