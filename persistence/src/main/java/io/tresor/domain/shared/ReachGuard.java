package io.tresor.domain.shared;

import java.util.Collection;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * The write side of the reach: additional criteria filter what is read, but an insert, an
 * update or a delete names its tenant itself. Every {@link TenantOwned} descriptor of the tenant
 * unit gets this listener, which refuses a row whose tenant lies outside the reach bound to the
 * EntityManager (and any write when no reach is bound), before SQL is sent. It also hands every
 * connection EclipseLink takes (for writes and for reads) through {@link ReachDataSource}, so
 * that PostgreSQL's row-level security sees the same reach.
 */
public class ReachGuard implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        reachConnections(session.getDatasourceLogin());
        if (session instanceof ServerSession server) {
            if (server.getReadConnectionPool() != null) {
                reachConnections(server.getReadConnectionPool().getLogin());
            }
            server.getConnectionPools().values().forEach(pool -> reachConnections(pool.getLogin()));
        }
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (TenantOwned.class.isAssignableFrom(descriptor.getJavaClass())) {
                descriptor.getEventManager().addListener(new Listener());
            }
        }
    }

    private static void reachConnections(Login login) {
        if (login instanceof DatasourceLogin datasource && datasource.getConnector() instanceof JNDIConnector jndi
                && jndi.getDataSource() != null) {
            jndi.setDataSource(ReachDataSource.of(jndi.getDataSource()));
        }
    }

    /** Thrown when a write would land outside the caller's reach; a programming error, never a user's mistake. */
    public static final class OutsideReach extends SecurityException {
        OutsideReach(String message) {
            super(message);
        }
    }

    private static final class Listener extends DescriptorEventAdapter {

        @Override
        public void prePersist(DescriptorEvent event) {
            check(event, "persist");
        }

        @Override
        public void aboutToInsert(DescriptorEvent event) {
            check(event, "insert");
        }

        @Override
        public void aboutToUpdate(DescriptorEvent event) {
            check(event, "update");
        }

        @Override
        public void preDelete(DescriptorEvent event) {
            check(event, "delete");
        }

        private static void check(DescriptorEvent event, String what) {
            Object reach = event.getSession().getProperty(Tenancy.REACH_PARAMETER);
            boolean everything = Boolean.TRUE.equals(event.getSession().getProperty(Tenancy.REACH_EVERYTHING));
            String tenantId = ((TenantOwned) event.getObject()).getTenantId();
            if (!(reach instanceof Collection<?> tenants) || !(everything || tenants.contains(tenantId))) {
                throw new OutsideReach("Refusing to " + what + " a " + event.getObject().getClass().getSimpleName()
                        + " of tenant " + tenantId + " outside the caller's reach");
            }
        }
    }
}
