package io.tresor.application.shared;

import io.tresor.application.shared.TresorPrincipal;
import io.tresor.domain.shared.ReachDataSource;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.shared.TenantOwned;
import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The one way in to tenant-owned data. The first use in a JTA transaction binds the caller's
 * {@link Reach} to it: EclipseLink then adds the reach to every query, lookup by id and bulk
 * change of a {@link TenantOwned} entity and refuses writes beyond it, and on PostgreSQL the
 * row-level security policies get the same reach through the setting {@code tresor.reach} that
 * {@link ReachDataSource} puts on every connection of the transaction. The reach cannot change within the transaction; a system job needs a
 * transaction of its own. Outside a transaction nothing is read. Services use this instead of
 * an EntityManager of the tenant unit, which only this class injects.
 */
@ApplicationScoped
public class TenantData {

    private static final String REACH_KEY = TenantData.class.getName() + ".reach";

    @PersistenceContext(unitName = Tenancy.TENANT_UNIT)
    EntityManager em;

    /** The tenant directory: whose reach a caller has, and every tenant for the manufacturer's side. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager directory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    CallerTenant caller;

    @Inject
    SystemJobs systemJobs;

    @Resource(lookup = "jdbc/tresor")
    DataSource pool;

    private volatile DataSource reached;

    /** The reach of this transaction, bound now from the caller if nothing was bound yet. */
    public Reach reach() {
        return applied(binding(null));
    }

    /**
     * Runs the rest of this transaction under a system job's reach. Call it before anything of
     * the transaction touches tenant-owned data; asking again for the same job is harmless.
     * The connections of the transaction carry it from now on (the key ring reads its tables
     * through the platform unit); the tenant unit's queries with the first use of tenant-owned entities.
     */
    public void system(SystemJob job) {
        Reach wanted = Reach.system(job);
        Binding binding = binding(wanted);
        if (!binding.reach.equals(wanted)) {
            throw new IllegalStateException("This transaction already works in the reach of " + binding.reach + "; "
                    + job + " needs a transaction of its own");
        }
    }

    /** The reach bound to the transaction, and whether the tenant unit's EntityManager carries it yet. */
    private static final class Binding {
        final Reach reach;
        boolean applied;

        Binding(Reach reach) {
            this.reach = reach;
        }
    }

    /** The transaction's binding, created with {@code wanted} (or the caller's reach) if there is none yet. */
    private Binding binding(Reach wanted) {
        requireTransaction();
        Binding binding = (Binding) transactions.getResource(REACH_KEY);
        if (binding == null) {
            binding = new Binding(wanted != null ? wanted : callerReach());
            transactions.putResource(REACH_KEY, binding);
            // Every connection of the transaction from now on carries it (ReachDataSource).
            transactions.putResource(Tenancy.DATABASE_REACH, binding.reach.databaseSetting());
            binding.reach.job().ifPresent(job -> systemJobs.used(job, transactions));
        }
        return binding;
    }

    /**
     * The reach this call works in, without binding anything: the transaction's if one is bound,
     * else the caller's. For checks that may run before or outside a transaction.
     */
    public Reach current() {
        Binding binding = transactions.getTransactionKey() == null ? null : (Binding) transactions.getResource(REACH_KEY);
        return binding != null ? binding.reach : callerReach();
    }

    /**
     * The application's data source with the transaction's reach on every connection, for JDBC
     * work on tenant-owned tables (the audit trail, security events); EclipseLink's connections
     * get it the same way. Connections taken straight from {@code jdbc/tresor} see nothing of them
     * on PostgreSQL.
     */
    public DataSource dataSource() {
        DataSource known = reached;
        if (known == null) {
            known = ReachDataSource.of(pool);
            reached = known;
        }
        return known;
    }

    /** Whether the caller reaches the tenant; for request parameters that name one. */
    public boolean reaches(String tenantId) {
        return tenantId != null && reach().includes(tenantId);
    }

    public <T extends TenantOwned> Optional<T> find(Class<T> type, Object id) {
        reach();
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id));
    }

    public <T extends TenantOwned> Optional<T> find(Class<T> type, Object id, LockModeType lock) {
        reach();
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(type, id, lock));
    }

    public <T> TypedQuery<T> query(String jpql, Class<T> result) {
        reach();
        return em.createQuery(jpql, result);
    }

    public <T> TypedQuery<T> namedQuery(String name, Class<T> result) {
        reach();
        return em.createNamedQuery(name, result);
    }

    /** A bulk UPDATE or DELETE; the reach is part of its WHERE clause like everywhere else. */
    public Query bulk(String jpql) {
        reach();
        return em.createQuery(jpql);
    }

    public void persist(TenantOwned entity) {
        reach();
        em.persist(entity);
    }

    public void remove(TenantOwned entity) {
        reach();
        em.remove(entity);
    }

    public boolean contains(TenantOwned entity) {
        reach();
        return em.contains(entity);
    }

    public void flush() {
        reach();
        em.flush();
    }

    /**
     * The reach as an SQL condition on {@code column}, for the JDBC reads of tenant-owned tables
     * (the audit trail): {@code column IN (?, ...)} with its parameters, or a condition that is
     * always true or always false. The reach is bound to the transaction like any other read.
     */
    public Condition condition(String column) {
        if (!column.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a column name: " + column);
        }
        Reach reach = reach();
        return switch (reach.kind()) {
            case NONE -> new Condition("1 = 0", List.of());
            case EVERYTHING -> new Condition("1 = 1", List.of());
            case TENANTS -> new Condition(column + " IN (" + String.join(", ", Collections.nCopies(reach.tenants().size(), "?"))
                    + ")", List.copyOf(reach.tenants()));
        };
    }

    /** An SQL condition and its parameters, in order. */
    public record Condition(String sql, List<String> params) {
    }

    private void requireTransaction() {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Tenant-owned data is read and written only inside a transaction");
        }
    }

    private Reach callerReach() {
        Optional<TresorPrincipal> principal = caller.principal();
        if (principal.isEmpty()) {
            return Reach.none();
        }
        Tenant tenant = directory.find(Tenant.class, principal.get().tenantId());
        if (tenant == null) {
            return Reach.none();
        }
        return tenant.getKind() == TenantKind.PLATFORM ? Reach.everything() : Reach.tenants(List.of(tenant.getId()));
    }

    private Reach applied(Binding binding) {
        if (!binding.applied) {
            Reach reach = binding.reach;
            List<String> all = reach.isEverything()
                    ? directory.createQuery("SELECT t.id FROM Tenant t", String.class).getResultList() : new ArrayList<>();
            em.setProperty(Tenancy.REACH_PARAMETER, reach.criteria(all));
            em.setProperty(Tenancy.REACH_EVERYTHING, reach.isEverything());
            binding.applied = true;
        }
        return binding.reach;
    }
}
