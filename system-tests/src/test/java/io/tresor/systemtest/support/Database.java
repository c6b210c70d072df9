package io.tresor.systemtest.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL database the suite's Tresor runs on, when {@code TRESOR_DB_URL} selects one
 * (as in CI's second run); empty on the embedded default. Tresor connects as the application's
 * role ({@code TRESOR_DB_USER}), which row-level security binds, and migrates as the owner role
 * ({@code TRESOR_DB_OWNER_USER}, the same one when unset).
 */
public final class Database {

    private Database() {
    }

    public static Optional<String> postgresUrl() {
        String url = System.getenv("TRESOR_DB_URL");
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url.strip());
    }

    public static String user() {
        String user = System.getenv("TRESOR_DB_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    public static String password() {
        String password = System.getenv("TRESOR_DB_PASSWORD");
        return password == null ? "" : password;
    }

    public static String owner() {
        String owner = System.getenv("TRESOR_DB_OWNER_USER");
        return owner == null || owner.isBlank() ? user() : owner;
    }

    public static String ownerPassword() {
        String password = System.getenv("TRESOR_DB_OWNER_PASSWORD");
        return password == null || password.isBlank() && System.getenv("TRESOR_DB_OWNER_USER") == null ? password()
                : password;
    }

    /** A connection as the application's role, with no reach: what row-level security shows it is up to the test. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgresUrl().orElseThrow(), user(), password());
    }

    /**
     * A connection as the owner of the tables with the reach of everything for the whole session,
     * for tests that change or dump the database beside the running server. Only tests do this:
     * Tresor itself sets its reach per transaction, so that it never stays on a pooled connection.
     */
    public static Connection connectAsOwner() throws SQLException {
        Connection c = DriverManager.getConnection(postgresUrl().orElseThrow(), owner(), ownerPassword());
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("SET tresor.reach = '*'");
        }
        return c;
    }

    /** Host, port and database name of the JDBC URL, for pg_dump. */
    public static URI location() {
        return URI.create(postgresUrl().orElseThrow().substring("jdbc:".length()));
    }
}
