package io.tresor.application.tenant;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The database side of the reach: on PostgreSQL the row-level security policies read the
 * transaction-local setting {@code tresor.reach}. It is set with {@code is_local = true} only,
 * so it ends with its transaction and never reaches the pool's next borrower; H2 has no
 * row-level security and gets nothing.
 * <p>
 * Payara binds the physical connection to the JTA transaction: once this handle is closed, every
 * later statement of the transaction gets the same connection back, EclipseLink's included
 * (its exclusive connections, see persistence.xml). So the handle is closed at once; a handle
 * kept open would make the pool hand EclipseLink a second connection without the reach.
 */
@ApplicationScoped
class ReachConnections {

    @Resource(lookup = "jdbc/tresor")
    DataSource dataSource;

    private volatile Boolean postgres;

    /** Sets the reach for the current JTA transaction, whose statements all run on one physical connection. */
    void applyToTransaction(Reach reach) {
        try (Connection c = dataSource.getConnection()) {
            if (postgres(c)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT set_config('tresor.reach', ?, true)")) {
                    ps.setString(1, reach.databaseSetting());
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the reach of the transaction: " + e.getMessage(), e);
        }
    }

    private boolean postgres(Connection c) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }
}
