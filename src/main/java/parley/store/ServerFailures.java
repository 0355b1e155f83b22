package parley.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

import parley.domain.StoreAddress;

/** A team store that cannot be opened, told as what a person can check: the server, the login or the database. */
final class ServerFailures {
    private ServerFailures() {
    }

    static String cannotOpen(StoreAddress.Server server, ServerLogin login, SQLException e) {
        return "The team store " + server.display() + " cannot be opened: " + why(server, login, e);
    }

    private static String why(StoreAddress.Server server, ServerLogin login, SQLException e) {
        String at = server.host() + ":" + server.port();
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof UnknownHostException) {
                return "the host name " + server.host() + " is unknown.";
            }
            if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
                return "nothing answers at " + at + " (" + c.getMessage() + "). Check that the server is running and"
                        + " accepts connections on that address and port.";
            }
            if (c instanceof SocketTimeoutException) {
                return "the server at " + at + " did not answer in time.";
            }
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        if (state.equals("28P01")) {
            return "the server refused the password of " + login.user() + " (the password came from "
                    + login.passwordFrom() + ").";
        }
        if (login.password() == null && lower.contains("no password was provided")) {
            return "the server asks " + login.user() + " for a password and none was found. Put it in ~/.pgpass"
                    + " (a line host:port:database:user:password, readable by you only) or PGPASSWORD.";
        }
        if (state.equals("3D000")) {
            return "the server has no database " + server.database() + ". Its admin creates it (README, Team store).";
        }
        if (state.equals("28000")) {
            return "the server does not let " + login.user() + " in: " + message;
        }
        if (lower.contains("does not support ssl")) {
            return "the server does not offer SSL, which sslmode=" + server.sslMode() + " requires.";
        }
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
