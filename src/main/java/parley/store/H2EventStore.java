package parley.store;

import java.nio.file.Path;

import parley.domain.EventStore;

/** The embedded H2 store. (Stub: the store work fills it in.) */
public final class H2EventStore {
    private H2EventStore() {
    }

    public static EventStore open(Path dir) {
        throw new UnsupportedOperationException("store not implemented yet");
    }
}
