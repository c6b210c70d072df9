package io.tresor.application.tenant.internal;

import io.tresor.application.identity.AccountException;
import io.tresor.application.identity.Roles;
import io.tresor.application.identity.Invitations;
import io.tresor.application.identity.AccountDirectory;
import io.tresor.application.shared.TenantData;
import io.tresor.application.tenant.TenantService;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.CipherService;
import io.tresor.application.tenant.TenantException;
import io.tresor.domain.identity.LoginAccount;
import io.tresor.domain.identity.Role;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class TenantServiceBean implements TenantService {

    /** The tenant directory. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    /** The first admin of a new tenant, and the number of people per tenant. */
    @Inject
    TenantData data;

    @EJB
    AccountDirectory accounts;

    @Inject
    Invitations invitations;

    @Inject
    CipherService cipher;

    @Inject
    Audit audit;

    @Override
    public List<TenantView> list() {
        return em.createNamedQuery("Tenant.all", Tenant.class).getResultStream().map(this::view).toList();
    }

    @Override
    public TenantView createCustomer(String name, String adminEmail, String adminName) throws TenantException {
        if (name == null || name.isBlank()) {
            throw TenantException.invalid(TenantException.NAME_REQUIRED, "A tenant needs a name");
        }
        if (!em.createNamedQuery("Tenant.byName", Tenant.class).setParameter("name", name.strip()).getResultList().isEmpty()) {
            throw TenantException.conflict(TenantException.NAME_TAKEN, "A tenant with this name exists");
        }
        String email;
        try {
            email = LoginAccount.normaliseEmail(adminEmail);
        } catch (IllegalArgumentException e) {
            throw TenantException.invalid(TenantException.EMAIL_INVALID, "Not an e-mail address");
        }
        if (accounts.loginTaken(cipher.loginEmailIndex(email))) {
            throw TenantException.conflict(TenantException.EMAIL_TAKEN, "This e-mail address already has an account");
        }
        Instant now = Instant.now();
        Tenant tenant = new Tenant(name, TenantKind.CUSTOMER, now);
        em.persist(tenant);
        em.flush();
        String tokenHash = invitations.send(email, adminName, tenant.getName());
        LoginAccount admin = LoginAccount.invited(tenant.getId(), email, adminName, EnumSet.of(Role.CUSTOMER_ADMIN),
                tokenHash, now);
        data.persist(admin);
        audit.record(AuditRecord.of(AuditAction.TENANT_CREATED).target("tenant", tenant.getId()).detail("firstAdmin", admin.getId()));
        return view(tenant);
    }

    @Override
    public TenantView suspend(String tenantId) throws TenantException {
        Tenant tenant = find(tenantId);
        try {
            tenant.suspend();
        } catch (IllegalStateException e) {
            throw TenantException.conflict(TenantException.PLATFORM_NOT_SUSPENDABLE, e.getMessage());
        }
        audit.record(AuditRecord.of(AuditAction.TENANT_SUSPENDED).target("tenant", tenantId));
        return view(tenant);
    }

    @Override
    public TenantView reactivate(String tenantId) throws TenantException {
        Tenant tenant = find(tenantId);
        tenant.reactivate();
        audit.record(AuditRecord.of(AuditAction.TENANT_REACTIVATED).target("tenant", tenantId));
        return view(tenant);
    }

    private Tenant find(String id) throws TenantException {
        Tenant tenant = id == null ? null : em.find(Tenant.class, id);
        if (tenant == null) {
            throw TenantException.notFound(TenantException.NOT_FOUND, "No such tenant");
        }
        return tenant;
    }

    private TenantView view(Tenant t) {
        long users = data.namedQuery("LoginAccount.countByTenant", Long.class)
                .setParameter("tenantId", t.getId()).getSingleResult();
        return new TenantView(t.getId(), t.getName(), t.getKind().name(), t.getStatus().name(), users, t.getCreatedAt());
    }
}
