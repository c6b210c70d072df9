package io.tresor.domain.shared;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Locale;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The database's copy of the reach: every connection handed out, to EclipseLink or to JDBC code,
 * first gets the PostgreSQL setting {@code tresor.reach} that the row-level security policies read,
 * from the reach the data layer bound to the current transaction ({@link Tenancy#DATABASE_REACH},
 * empty without one). Set on each handle, because Payara gives one transaction's statements
 * several connections (EclipseLink reads on the pool's non-transactional one). A connection in a
 * transaction gets it transaction-local ({@code is_local = true}); one in autocommit for its
 * session, reset when it is closed and overwritten at every hand-out anyway, so it never reaches
 * the pool's next borrower. H2 has no row-level security: its connections pass untouched.
 */
public final class ReachDataSource implements DataSource {

    private static final String SET = "SELECT set_config('tresor.reach', ?, ?)";

    private final DataSource delegate;
    private volatile Boolean postgres;
    private volatile TransactionSynchronizationRegistry transactions;

    private ReachDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    /** The data source with the reach applied to its connections (once, however often it is asked). */
    public static DataSource of(DataSource dataSource) {
        return dataSource instanceof ReachDataSource ? dataSource : new ReachDataSource(dataSource);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return reached(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return reached(delegate.getConnection(user, password));
    }

    private Connection reached(Connection c) throws SQLException {
        try {
            if (!postgres(c)) {
                return c;
            }
            if (!c.getAutoCommit()) {
                set(c, reach(), true);
                return c;
            }
            set(c, reach(), false);
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    new ResetOnClose(c));
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static void set(Connection c, String reach, boolean local) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SET)) {
            ps.setString(1, reach);
            ps.setBoolean(2, local);
            ps.execute();
        }
    }

    /** The setting the data layer bound to the current transaction; nothing outside one. */
    private String reach() {
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionKey() == null) {
            return "";
        }
        Object bound = registry.getResource(Tenancy.DATABASE_REACH);
        return bound instanceof String setting ? setting : "";
    }

    private TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry known = transactions;
        if (known == null) {
            try {
                known = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException outsideAContainer) {
                return null;
            }
            transactions = known;
        }
        return known;
    }

    private boolean postgres(Connection c) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }

    /** Resets the session's reach before the connection goes back to the pool. */
    private static final class ResetOnClose implements InvocationHandler {

        private final Connection target;

        ResetOnClose(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("close") && !target.isClosed()) {
                try (Statement s = target.createStatement()) {
                    s.execute("RESET tresor.reach");
                } finally {
                    target.close();
                }
                return null;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
