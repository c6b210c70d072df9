package io.tresor.systemtest.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The PostgreSQL database the suite's Tresor runs on, when {@code TRESOR_DB_URL} selects one
 * (as in CI's second run); empty on the embedded default.
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

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(postgresUrl().orElseThrow(), user(), password());
    }

    /** Host, port and database name of the JDBC URL, for pg_dump. */
    public static URI location() {
        return URI.create(postgresUrl().orElseThrow().substring("jdbc:".length()));
    }
}
