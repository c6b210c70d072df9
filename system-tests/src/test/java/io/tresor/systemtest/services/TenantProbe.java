package io.tresor.systemtest.services;

import io.tresor.domain.identity.UserAccount;
import io.tresor.domain.shared.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Deployed with the tests only: reads the tenant unit the way the services do, after binding
 * it to a tenant (or deliberately not), so the tests can see what EclipseLink lets through.
 */
@Stateless
public class TenantProbe {

    @PersistenceContext(unitName = Tenancy.TENANT_UNIT)
    EntityManager em;

    public List<String> emailsSeenBy(String tenantId) {
        em.setProperty(Tenancy.CONTEXT_PROPERTY, tenantId);
        return em.createNamedQuery("UserAccount.all", UserAccount.class).getResultStream()
                .map(u -> u.getEmail().reveal(io.tresor.domain.crypto.Purpose.SUPPORT)).toList();
    }

    public boolean canFind(String tenantId, String userId) {
        em.setProperty(Tenancy.CONTEXT_PROPERTY, tenantId);
        return em.find(UserAccount.class, userId) != null;
    }

    public long countWithoutTenant() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }
}
