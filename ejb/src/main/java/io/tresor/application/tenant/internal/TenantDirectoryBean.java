package io.tresor.application.tenant.internal;

import io.tresor.application.identity.Roles;
import io.tresor.application.shared.CallerTenant;
import io.tresor.application.tenant.TenantDirectory;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Tenants are platform rows, so visibility is decided here from the caller's tenant, not by the tenant filter. */
@Stateless
@RolesAllowed({Roles.INTEGRATOR, Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN, Roles.CLERK, Roles.AUDITOR,
        Roles.OPERATOR, Roles.PLATFORM_ADMIN})
public class TenantDirectoryBean implements TenantDirectory {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    CallerTenant caller;

    @Override
    public List<Entry> visible() {
        Tenant own = own();
        if (own.getKind() != TenantKind.PLATFORM) {
            return List.of(entry(own));
        }
        return em.createNamedQuery("Tenant.all", Tenant.class).getResultStream().map(TenantDirectoryBean::entry).toList();
    }

    @Override
    public Optional<Entry> find(String tenantId) {
        Tenant own = own();
        if (own.getId().equals(tenantId)) {
            return Optional.of(entry(own));
        }
        if (own.getKind() != TenantKind.PLATFORM || tenantId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Tenant.class, tenantId)).map(TenantDirectoryBean::entry);
    }

    private Tenant own() {
        Tenant tenant = em.find(Tenant.class, caller.require().tenantId());
        if (tenant == null) {
            throw new SecurityException("The caller's tenant does not exist");
        }
        return tenant;
    }

    private static Entry entry(Tenant t) {
        return new Entry(t.getId(), t.getName(), t.getKind().name(), t.getStatus().name());
    }
}
