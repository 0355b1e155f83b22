package parley.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

import parley.core.Parley;
import parley.domain.Event;
import parley.domain.EventType;
import parley.domain.Importer;
import parley.domain.StoreAddress;
import parley.store.TestStores;

/**
 * A real store with one imported article (our own text, src/test/resources/parley/review/talks.txt): a call on
 * Monday 11 August 2025 reported by two sentences, and a meeting in Berlin on Thursday 14 August.
 */
@Tag(TestStores.CONTRACT)
abstract class ReviewFixture {
    @TempDir
    Path temp;

    StoreAddress address;

    Parley parley;
    Review review;
    EditHistory history;

    @BeforeEach
    void openAndImport() throws IOException {
        address = TestStores.fresh(temp.resolve("store"));
        parley = Parley.open(address);
        review = parley.review();
        history = new EditHistory();
        Path article = Files.copy(fixture("talks.txt"), temp.resolve("talks.txt"));
        assertThat(parley.importer().importPaths(List.of(article), Importer.Progress.NONE).describe())
                .startsWith("1 imported");
        assertThat(parley.store().events()).extracting(Event::type).containsExactly(EventType.CALL, EventType.SUMMIT);
    }

    @AfterEach
    void close() {
        if (parley != null) {
            parley.close();
        }
        if (address != null) {
            TestStores.discard(address);
        }
    }

    static Path fixture(String name) {
        try {
            return Path.of(ReviewFixture.class.getResource("/parley/review/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    void reopen() {
        parley.close();
        parley = Parley.open(address);
        review = parley.review();
    }

    Event call() {
        return only(EventType.CALL);
    }

    Event summit() {
        return only(EventType.SUMMIT);
    }

    Event only(EventType type) {
        List<Event> found = parley.store().events().stream().filter(e -> e.type() == type).toList();
        assertThat(found).as("events of type " + type).hasSize(1);
        return found.get(0);
    }

    Event stored(long id) {
        return parley.store().event(id).orElseThrow();
    }

    long sourceId() {
        return parley.store().sources().get(0).id();
    }
}
