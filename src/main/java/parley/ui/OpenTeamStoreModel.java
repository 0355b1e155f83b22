package parley.ui;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import parley.core.Parley;
import parley.domain.StoreAddress;

/**
 * File → Open team store…, without the dialog: the server's address, a password typed for this session only (held
 * in memory for the connection, never written anywhere), and the sentence saying why the store did not open: a
 * wrong password, a server that does not answer, a schema from a newer Parley. Opening runs on the executor.
 */
public final class OpenTeamStoreModel {
    /** Opens a team store (Parley.open in the window; tests may count or fail). */
    @FunctionalInterface
    public interface Opener {
        Parley open(StoreAddress.Server server);
    }

    private final Opener opener;
    private final Executor executor;
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty opening = new SimpleBooleanProperty();

    public OpenTeamStoreModel(Opener opener, Executor executor) {
        this.opener = opener;
        this.executor = executor;
    }

    /** postgresql://[user@]host[:port]/database[?sslmode=…], as --db takes it. */
    public StringProperty addressProperty() {
        return address;
    }

    /** Empty: the password comes from the address, PGPASSWORD or ~/.pgpass, as on the command line. */
    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the last attempt failed, in a sentence; empty when there is nothing to say. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    /**
     * The server the fields name, with the typed password (if any) in place of one from elsewhere; null, with the
     * reason in {@link #errorProperty()}, when the address is not a team store's.
     */
    StoreAddress.Server server() {
        String text = address.get() == null ? "" : address.get().strip();
        if (!StoreAddress.isServerUrl(text)) {
            error.set("Give the team store's address: postgresql://[user@]host[:port]/database");
            return null;
        }
        StoreAddress.Server s;
        try {
            s = (StoreAddress.Server) StoreAddress.parse(text);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return null;
        }
        String typed = password.get();
        if (typed == null || typed.isEmpty()) {
            return s;
        }
        return new StoreAddress.Server(s.host(), s.port(), s.database(), s.user(), typed, s.options());
    }

    /**
     * Opens the store in the background; {@code opened} gets it on the FX thread, or {@link #errorProperty()} says
     * why not. The typed password is forgotten once the attempt ends, whichever way.
     */
    public Task<Parley> open(Consumer<Parley> opened) {
        error.set("");
        StoreAddress.Server server = server();
        boolean typed = password.get() != null && !password.get().isEmpty();
        Task<Parley> task = new Task<>() {
            @Override
            protected Parley call() {
                if (server == null) {
                    throw new IllegalArgumentException(error.get());
                }
                return opener.open(server);
            }
        };
        opening.set(server != null);
        task.setOnSucceeded(e -> {
            opening.set(false);
            password.set("");
            opened.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            opening.set(false);
            password.set("");
            Throwable t = task.getException();
            String why = t.getMessage() == null ? t.toString() : t.getMessage();
            // The store's sentence says "from the URL" for any password it was handed; here it was typed.
            error.set(typed ? why.replace("the password came from the URL", "the password was the one typed here")
                    : why);
        });
        if (server == null) {
            task.run();
        } else {
            executor.execute(task);
        }
        return task;
    }
}
