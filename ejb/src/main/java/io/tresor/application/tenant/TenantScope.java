package io.tresor.application.tenant;

import io.tresor.domain.shared.Tenancy;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;

/**
 * Binds the tenant unit's EntityManager to the caller's tenant before a tenant-scoped
 * service method runs. EclipseLink then filters every find, query and bulk update by it.
 * Switching tenant inside one transaction is refused: EclipseLink would silently mix them.
 */
public class TenantScope {

    @PersistenceContext(unitName = Tenancy.TENANT_UNIT)
    EntityManager em;

    @Inject
    CallerTenant callerTenant;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        String tenantId = callerTenant.require().tenantId();
        Object current = em.getProperties().get(Tenancy.CONTEXT_PROPERTY);
        if (current != null && !Objects.equals(current, tenantId)) {
            throw new IllegalStateException("Refusing to switch tenant inside one transaction");
        }
        em.setProperty(Tenancy.CONTEXT_PROPERTY, tenantId);
        return invocation.proceed();
    }
}
