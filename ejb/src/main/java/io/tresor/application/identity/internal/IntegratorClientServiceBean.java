package io.tresor.application.identity.internal;

import io.tresor.application.shared.Secrets;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.identity.AccountException;
import io.tresor.application.identity.IntegratorClientService;
import io.tresor.application.identity.Roles;
import io.tresor.application.identity.Scopes;
import io.tresor.domain.identity.IntegratorClient;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import io.tresor.domain.tenant.TenantKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/** The platform admin manages the clients of every tenant: the manufacturer's side reaches them all. */
@Stateless
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class IntegratorClientServiceBean implements IntegratorClientService {

    /** The tenant directory. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;

    @Inject
    Audit audit;

    @Override
    public List<ClientView> list() {
        return data.namedQuery("IntegratorClient.all", IntegratorClient.class).getResultStream()
                .map(this::view).toList();
    }

    @Override
    public List<String> scopesFor(String tenantId) {
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        return tenant == null ? List.of() : tenant.getKind() == TenantKind.PLATFORM ? Scopes.MANUFACTURER : Scopes.CUSTOMER;
    }

    @Override
    public ClientSecret create(String tenantId, String name, List<String> scopes, List<String> allowedCidrs,
                               int rateLimitPerMinute) throws AccountException {
        Tenant tenant = tenantId == null ? null : em.find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new AccountException(AccountException.CLIENT_TENANT_REQUIRED,
                    "Choose the tenant the client acts for");
        }
        if (scopes.isEmpty() || !Scopes.allowedFor(tenant.getKind() == TenantKind.PLATFORM, new HashSet<>(scopes))) {
            throw new AccountException(AccountException.CLIENT_SCOPES_INVALID, "The scopes do not fit this tenant");
        }
        for (String cidr : allowedCidrs) {
            try {
                Cidr.parse(cidr);
            } catch (RuntimeException e) {
                throw new AccountException(AccountException.CLIENT_CIDR_INVALID, "Not an address block: " + cidr, cidr);
            }
        }
        String secret = Secrets.newSecret();
        IntegratorClient client;
        try {
            client = new IntegratorClient(Secrets.newIdentifier("cl-"), tenantId, name, Secrets.hash(secret),
                    scopes, allowedCidrs, rateLimitPerMinute, Instant.now());
        } catch (IllegalArgumentException e) {
            throw new AccountException(AccountException.CLIENT_INVALID, e.getMessage());
        }
        data.persist(client);
        audit.record(AuditRecord.of(AuditAction.CLIENT_CREATED).target("client", client.getClientId()).detail("tenant", tenantId)
                .detail("scopes", String.join(" ", scopes)).detail("cidrs", String.join(" ", allowedCidrs))
                .detail("ratePerMinute", rateLimitPerMinute));
        return new ClientSecret(client.getClientId(), secret);
    }

    @Override
    public ClientSecret rotateSecret(String id) throws AccountException {
        IntegratorClient client = find(id);
        String secret = Secrets.newSecret();
        client.rotateSecret(Secrets.hash(secret));
        audit.record(AuditRecord.of(AuditAction.CLIENT_SECRET_ROTATED).target("client", client.getClientId()));
        return new ClientSecret(client.getClientId(), secret);
    }

    @Override
    public void disable(String id) throws AccountException {
        IntegratorClient client = find(id);
        client.disable();
        audit.record(AuditRecord.of(AuditAction.CLIENT_DISABLED).target("client", client.getClientId()));
    }

    @Override
    public void enable(String id) throws AccountException {
        IntegratorClient client = find(id);
        client.enable();
        audit.record(AuditRecord.of(AuditAction.CLIENT_ENABLED).target("client", client.getClientId()));
    }

    private IntegratorClient find(String id) throws AccountException {
        return data.find(IntegratorClient.class, id)
                .orElseThrow(() -> AccountException.notFound(AccountException.CLIENT_NOT_FOUND, "No such client"));
    }

    private ClientView view(IntegratorClient c) {
        Tenant tenant = em.find(Tenant.class, c.getTenantId());
        return new ClientView(c.getId(), c.getClientId(), c.getName(), c.getTenantId(),
                tenant == null ? "?" : tenant.getName(), c.getScopes(), c.getAllowedCidrs(),
                c.getRateLimitPerMinute(), c.isEnabled(), c.getCreatedAt());
    }
}
