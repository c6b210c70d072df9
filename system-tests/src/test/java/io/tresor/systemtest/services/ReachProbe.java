package io.tresor.systemtest.services;

import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.Asset;
import io.tresor.domain.asset.Site;
import io.tresor.domain.shared.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Deployed with the tests only: uses the data layer the way services do, and goes around it the
 * way a careless service might (the tenant unit injected directly, the reach forged), so that the
 * tests see what each line of tenant isolation lets through. Called without a signed-in caller,
 * whose reach is nothing; each method is a transaction of its own.
 */
@Stateless
public class ReachProbe {

    /** Deliberately around the data layer, which is the only production class that injects this unit. */
    @PersistenceContext(unitName = Tenancy.TENANT_UNIT)
    EntityManager around;

    @Inject
    TenantData data;


    public String reach() {
        return data.reach().toString();
    }

    public boolean found(String assetId) {
        return data.find(Asset.class, assetId).isPresent();
    }

    public long assetsSeen() {
        return data.query("SELECT COUNT(a) FROM Asset a", Long.class).getSingleResult();
    }

    /** The tenants whose assets a system job sees, and the asset loaded on the way (into any cache there were). */
    public List<String> tenantsSeenBySystemJob(String loadAssetId) {
        data.system(SystemJob.FIRST_START);
        data.find(Asset.class, loadAssetId).orElseThrow();
        return data.query("SELECT DISTINCT a.tenantId FROM Asset a", String.class).getResultList();
    }

    /** A JPQL query on the tenant unit that skipped the data layer: no reach bound. */
    public long assetsSeenAroundTheLayer() {
        return around.createQuery("SELECT COUNT(a) FROM Asset a", Long.class).getSingleResult();
    }

    /**
     * The first line forged: the caller's reach (nothing) is bound to the transaction and the
     * database, then the query's reach is overwritten with every tenant. Row-level security
     * still answers from the database's reach.
     */
    public List<String> tenantsSeenWithForgedCriteria(List<String> everyTenant) {
        data.reach();
        around.setProperty(Tenancy.REACH_PARAMETER, everyTenant);
        around.setProperty(Tenancy.REACH_EVERYTHING, true);
        return around.createQuery("SELECT DISTINCT a.tenantId FROM Asset a", String.class).getResultList();
    }

    /** A site written for a tenant the caller does not reach. */
    public void createSite(String tenantId) {
        data.persist(new Site(tenantId, "Probe " + Instant.now().toEpochMilli(), null, Instant.now()));
        data.flush();
    }

    /** The reach asked to change within one transaction. */
    public void changeReachMidway() {
        data.reach();
        data.system(SystemJob.FIRST_START);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean foundWithoutTransaction(String assetId) {
        return data.find(Asset.class, assetId).isPresent();
    }

    /** What the database itself was told about this transaction's reach (PostgreSQL), after a system job bound it. */
    public String databaseReachOfSystemJob() throws SQLException {
        data.system(SystemJob.FIRST_START);
        return setting();
    }

    /** The database's reach in a transaction that never bound one. */
    public String databaseReachUnbound() throws SQLException {
        return setting();
    }

    private String setting() throws SQLException {
        try (Connection c = data.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('tresor.reach', true)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    public boolean postgres() throws SQLException {
        try (Connection c = data.dataSource().getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
    }

    /** Some asset of the demo data. */
    public String anyAsset() {
        data.system(SystemJob.FIRST_START);
        return data.query("SELECT a.id FROM Asset a ORDER BY a.id", String.class).setMaxResults(1).getSingleResult();
    }

    /** The tenants that own assets. */
    public List<String> tenants() {
        data.system(SystemJob.FIRST_START);
        return data.query("SELECT DISTINCT a.tenantId FROM Asset a", String.class).getResultList();
    }
}
