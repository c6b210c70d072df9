package io.tresor.application.tenant.internal;

import io.tresor.application.identity.Roles;
import io.tresor.application.shared.CallerTenant;
import io.tresor.application.tenant.DashboardService;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.identity.UserAccount;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@Stateless
@RolesAllowed({Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN, Roles.CLERK, Roles.AUDITOR, Roles.OPERATOR,
        Roles.PLATFORM_ADMIN})
public class DashboardServiceBean implements DashboardService {

    /** The tenant directory. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;

    @Inject
    CallerTenant caller;

    @Override
    public Overview overview() {
        // The caller's own organisation, also for the manufacturer's side, which reaches every tenant.
        Tenant tenant = em.find(Tenant.class, caller.require().tenantId());
        long users = data.namedQuery("UserAccount.countOfTenant", Long.class).setParameter("tenantId", tenant.getId())
                .getSingleResult();
        var recent = data.namedQuery("UserAccount.recentLogins", UserAccount.class).setParameter("tenantId", tenant.getId())
                .setMaxResults(5)
                .getResultStream().map(u -> new RecentLogin(u.getDisplayName().reveal(Purpose.ACCOUNT_ADMINISTRATION), u.getLastLoginAt())).toList();
        return new Overview(tenant.getName(), tenant.getKind().name(), users, recent);
    }
}
