package parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

import parley.core.Parley;
import parley.domain.StoreAddress;
import parley.store.TestPostgres;

/**
 * File → Open team store… through its model, against a real server: the address and a typed password open the store;
 * a wrong password, a server that does not answer and a schema from a newer Parley each say so in a sentence; the
 * typed password is forgotten after the attempt.
 */
@ExtendWith(ApplicationExtension.class)
class OpenTeamStoreModelTest {
    @TempDir
    Path temp;

    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private final List<Parley> opened = new ArrayList<>();
    private final List<StoreAddress.Server> databases = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        Settle.rounds(worker, 1);
        worker.shutdown();
        opened.forEach(Parley::close);
        databases.forEach(TestPostgres::drop);
    }

    private OpenTeamStoreModel model() {
        return new OpenTeamStoreModel(Parley::open, worker);
    }

    /** The address as an analyst types it: no password in it. */
    private static String typed(StoreAddress.Server s) {
        return "postgresql://" + s.user() + "@" + s.host() + ":" + s.port() + "/" + s.database();
    }

    private StoreAddress.Server store() {
        StoreAddress.Server s = TestPostgres.freshStore();
        databases.add(s);
        return s;
    }

    @Test
    void theAddressAndATypedPasswordOpenTheStoreAndThePasswordIsForgotten() throws Exception {
        StoreAddress.Server server = store();
        OpenTeamStoreModel model = model();
        model.addressProperty().set(typed(server));
        model.passwordProperty().set(server.password());
        model.open(opened::add);
        Settle.rounds(worker, 2);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).location().display()).isEqualTo(server.display());
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.passwordProperty().get()).as("the typed password is not kept").isEmpty();
        assertThat(opened.get(0).location().toString()).doesNotContain(server.password());
    }

    @Test
    void aWrongPasswordSaysSoAndNamesWhereItCameFrom() throws Exception {
        StoreAddress.Server server = store();
        OpenTeamStoreModel model = model();
        model.addressProperty().set(typed(server));
        model.passwordProperty().set("not-" + server.password());
        model.open(opened::add);
        Settle.rounds(worker, 2);
        assertThat(opened).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo("The team store " + server.display()
                + " cannot be opened: the server refused the password of " + server.user()
                + " (the password was the one typed here).");
        assertThat(model.passwordProperty().get()).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerSaysSo() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        OpenTeamStoreModel model = model();
        model.addressProperty().set("postgresql://ana@127.0.0.1:" + closedPort + "/parley_desk");
        model.passwordProperty().set("secret");
        model.open(opened::add);
        Settle.rounds(worker, 2);
        assertThat(opened).isEmpty();
        assertThat(model.errorProperty().get()).startsWith("The team store postgresql://ana@127.0.0.1:" + closedPort
                + "/parley_desk cannot be opened: nothing answers at 127.0.0.1:" + closedPort);
    }

    @Test
    void aStoreFromANewerParleyIsRefused() throws Exception {
        StoreAddress.Server server = store();
        try (java.sql.Connection c = TestPostgres.connect(server); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL',"
                    + " 'V99__from_the_future.sql', 0, 'parley', 1, TRUE)");
        }
        OpenTeamStoreModel model = model();
        model.addressProperty().set(typed(server));
        model.passwordProperty().set(server.password());
        model.open(opened::add);
        Settle.rounds(worker, 2);
        assertThat(opened).isEmpty();
        assertThat(model.errorProperty().get()).contains("was written by a newer Parley (schema version 99");
    }

    @Test
    void aFolderOrAGarbledAddressIsNoTeamStore() throws Exception {
        OpenTeamStoreModel model = model();
        model.addressProperty().set(temp.toString());
        model.open(opened::add);
        assertThat(model.errorProperty().get())
                .isEqualTo("Give the team store's address: postgresql://[user@]host[:port]/database");
        model.addressProperty().set("postgresql://db.example.org");
        model.open(opened::add);
        assertThat(model.errorProperty().get()).contains("it names no database");
        Settle.rounds(worker, 1);
        assertThat(opened).isEmpty();
    }
}
