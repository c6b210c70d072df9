package io.tresor.application.tenant;

import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * How far a caller reaches across tenants in platform-unit services: the manufacturer's side
 * (the platform tenant) reaches every customer, a customer only itself. Platform-unit services
 * confine every query and every lookup by id with it, and report what lies beyond as absent.
 */
@ApplicationScoped
public class TenantReach {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    CallerTenant caller;

    /** The tenant the caller is confined to, or empty for the platform side, which sees every tenant. */
    public Optional<String> confinedTo() {
        String tenantId = caller.require().tenantId();
        Tenant tenant = em.find(Tenant.class, tenantId);
        return tenant != null && tenant.getKind() == TenantKind.PLATFORM ? Optional.empty() : Optional.of(tenantId);
    }

    /** Whether the caller may see what belongs to {@code tenantId}. */
    public boolean reaches(String tenantId) {
        return confinedTo().map(own -> own.equals(tenantId)).orElse(true);
    }

    /** Defence in depth for the manufacturer's changes: roles and scopes already keep customers out. */
    public void requirePlatformSide() {
        if (confinedTo().isPresent()) {
            throw new EJBAccessException("Only the manufacturer's side may change this");
        }
    }

    /** Whether {@code tenantId} is a customer tenant (assets and sites belong to customers only). */
    public boolean isCustomer(String tenantId) {
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        return tenant != null && tenant.getKind() == TenantKind.CUSTOMER;
    }
}
