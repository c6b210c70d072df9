package io.tresor.bench;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * A fresh database with the application's schema, migrated by the application's own Flyway
 * scripts, for one benchmark run: H2 in memory by default, or a throw-away schema in the
 * database named by {@code -Dbench.db.url} (with {@code bench.db.user}, {@code bench.db.password}),
 * so that a benchmark never touches the application's tables. Closing it drops everything.
 */
final class BenchDatabase implements AutoCloseable {

    private final String url;
    private final Properties credentials;
    /** Null for the private H2 database, which needs no schema of its own. */
    private final String schema;
    private final boolean postgres;

    private BenchDatabase(String url, Properties credentials, String schema) {
        this.url = url;
        this.credentials = credentials;
        this.schema = schema;
        this.postgres = url.startsWith("jdbc:postgresql:");
    }

    static BenchDatabase create() throws SQLException {
        String name = "bench_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        String external = System.getProperty("bench.db.url");
        Properties credentials = new Properties();
        BenchDatabase db;
        if (external == null || external.isBlank()) {
            // DB_CLOSE_DELAY keeps the database between connections; close() shuts it down, which frees it.
            db = new BenchDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", credentials, null);
        } else {
            credentials.setProperty("user", System.getProperty("bench.db.user", ""));
            credentials.setProperty("password", System.getProperty("bench.db.password", ""));
            db = new BenchDatabase(external, credentials, name);
            if (!db.postgres && !external.startsWith("jdbc:h2:")) {
                throw new IllegalArgumentException("The migrations exist for H2 and PostgreSQL only, not " + external);
            }
            try (Connection c = DriverManager.getConnection(external, credentials); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + name);
            }
        }
        try {
            db.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private void migrate() {
        var flyway = Flyway.configure()
                .dataSource(url, credentials.getProperty("user"), credentials.getProperty("password"))
                .locations("classpath:db/migration", postgres ? "classpath:db/vendor/postgresql" : "classpath:db/vendor/h2");
        if (schema != null) {
            // The schema exists already (created above, dropped in close()); Flyway only works inside it.
            flyway.schemas(schema).createSchemas(false);
        }
        flyway.load().migrate();
    }

    /** A connection inside the benchmark's schema, without auto-commit: callers commit like the application does. */
    Connection connect() throws SQLException {
        Properties p = new Properties();
        p.putAll(credentials);
        if (schema != null && postgres) {
            p.setProperty("currentSchema", schema);
        }
        Connection c = DriverManager.getConnection(url, p);
        if (schema != null && !postgres) {
            c.setSchema(schema);
        }
        c.setAutoCommit(false);
        return c;
    }

    /** Product, version and where the tables live, for the header of the report. */
    String describe() throws SQLException {
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + (schema == null ? " in memory" : ", schema " + schema + " of " + url);
        }
    }

    @Override
    public void close() throws SQLException {
        if (schema == null) {
            try (Connection c = DriverManager.getConnection(url, credentials); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        } else {
            try (Connection c = DriverManager.getConnection(url, credentials); Statement s = c.createStatement()) {
                // The append-only triggers refuse DELETE and TRUNCATE, but not dropping the tables with their schema.
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
