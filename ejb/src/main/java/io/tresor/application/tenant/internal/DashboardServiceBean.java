package io.tresor.application.tenant.internal;

import io.tresor.application.identity.Roles;
import io.tresor.application.tenant.CallerTenant;
import io.tresor.application.tenant.DashboardService;
import io.tresor.application.tenant.TenantScope;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.identity.UserAccount;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
@Interceptors(TenantScope.class)
@RolesAllowed({Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN, Roles.CLERK, Roles.AUDITOR, Roles.OPERATOR,
        Roles.PLATFORM_ADMIN})
public class DashboardServiceBean implements DashboardService {

    @PersistenceContext(unitName = Tenancy.TENANT_UNIT)
    EntityManager em;

    @Inject
    CallerTenant caller;

    @Override
    public Overview overview() {
        Tenant tenant = em.find(Tenant.class, caller.require().tenantId());
        long users = em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
        var recent = em.createNamedQuery("UserAccount.recentLogins", UserAccount.class).setMaxResults(5)
                .getResultStream().map(u -> new RecentLogin(u.getDisplayName().reveal(Purpose.ACCOUNT_ADMINISTRATION), u.getLastLoginAt())).toList();
        return new Overview(tenant.getName(), tenant.getKind().name(), users, recent);
    }
}
