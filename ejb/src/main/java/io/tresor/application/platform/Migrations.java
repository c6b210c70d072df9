package io.tresor.application.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the current version: the portable migrations for H2 and PostgreSQL,
 * plus the few that only one database can express (the audit triggers, row-level security).
 * On PostgreSQL they run as the owner role when one is configured, which then grants the
 * application's role exactly what it needs: no ownership, so row-level security binds it, and
 * no way to delete or rewrite the audit trail.
 */
final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    /** Who runs the migrations: a role of its own, or the application's when none is configured. */
    record Owner(String user, String password) {
    }

    private Migrations() {
    }

    static int migrate(DataSource application, Optional<Owner> owner) throws SQLException {
        String vendor = vendor(application);
        Flyway flyway;
        String url;
        String applicationRole;
        try (Connection c = application.getConnection()) {
            url = c.getMetaData().getURL();
            applicationRole = c.getMetaData().getUserName();
        }
        boolean ownRole = "postgresql".equals(vendor) && owner.isPresent() && !owner.get().user().equals(applicationRole);
        var configuration = Flyway.configure(Migrations.class.getClassLoader())
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .failOnMissingLocations(true);
        flyway = ownRole ? configuration.dataSource(url, owner.get().user(), owner.get().password()).load()
                : configuration.dataSource(application).load();
        int applied = flyway.migrate().migrationsExecuted;
        if (ownRole) {
            try (Connection c = flyway.getConfiguration().getDataSource().getConnection()) {
                grant(c, applicationRole);
            }
            LOG.info(() -> "Migrated as " + owner.get().user() + "; the application connects as " + applicationRole
                    + ", which row-level security binds");
        } else if ("postgresql".equals(vendor)) {
            LOG.warning(() -> "The application's database role " + applicationRole + " runs the migrations and owns the"
                    + " tables: row-level security does not bind it, and it could switch off the audit trail's triggers."
                    + " Set TRESOR_DB_OWNER_USER (and TRESOR_DB_OWNER_PASSWORD) to a role of its own.");
        }
        return applied;
    }

    /**
     * What the application's role may do: read and write the tables (row-level security decides
     * which rows), never change the schema history, never delete or rewrite audit records (the
     * chainer's single fill-in is an UPDATE, which the append-only trigger guards). Repeated at
     * every start, so tables of new migrations are covered.
     */
    private static void grant(Connection c, String role) throws SQLException {
        String r = quoted(role);
        try (Statement s = c.createStatement()) {
            s.execute("GRANT USAGE ON SCHEMA " + quoted(c.getSchema()) + " TO " + r);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + quoted(c.getSchema()) + " TO " + r);
            s.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + quoted(c.getSchema()) + " TO " + r);
            s.execute("REVOKE ALL ON flyway_schema_history FROM " + r);
            s.execute("REVOKE DELETE, TRUNCATE ON audit_event FROM " + r);
            s.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM " + r);
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** "h2" or "postgresql": the folder under db/vendor with that database's own migrations. */
    static String vendor(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
