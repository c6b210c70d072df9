package io.tresor.application.asset.internal;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.asset.SiteService;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.identity.Roles;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.Site;
import io.tresor.domain.crypto.Personal;
import io.tresor.domain.crypto.Purpose;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN})
public class SiteServiceBean implements SiteService {

    /** The tenant directory: sites belong to customers, never to the manufacturer's tenant. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager platform;

    @Inject
    TenantData data;

    @Inject
    Audit audit;

    @Override
    public List<SiteSummary> list(String tenantId) {
        String tenant = tenantId == null || tenantId.isBlank() ? null : tenantId;
        if (tenant != null && !data.reaches(tenant)) {
            return List.of();
        }
        List<Site> sites = tenant == null
                ? data.namedQuery("Site.all", Site.class).getResultList()
                : data.namedQuery("Site.ofTenant", Site.class).setParameter("tenantId", tenant).getResultList();
        // One grouped count for all listed sites, not a query per site.
        Map<String, Long> assets = new HashMap<>();
        TypedQuery<Object[]> counts = data.query("SELECT a.siteId, COUNT(a) FROM Asset a WHERE a.siteId IS NOT NULL"
                + (tenant == null ? "" : " AND a.tenantId = :tenantId") + " GROUP BY a.siteId", Object[].class);
        if (tenant != null) {
            counts.setParameter("tenantId", tenant);
        }
        counts.getResultStream().forEach(r -> assets.put((String) r[0], (Long) r[1]));
        return sites.stream().map(s -> new SiteSummary(s.getId(), s.getTenantId(), s.getName(),
                assets.getOrDefault(s.getId(), 0L))).toList();
    }

    @Override
    public SiteView get(String id) throws InstalledBaseException {
        return view(find(data, id));
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_ADMIN})
    public SiteView create(SiteDraft d) throws InstalledBaseException {
        // A customer's people create sites of their own company; the manufacturer's side names the customer.
        String tenantId = d.tenantId() != null ? d.tenantId() : data.reach().single().orElse(null);
        if (!data.reaches(tenantId) || !Customers.isCustomer(platform, tenantId)) {
            throw InstalledBaseException.invalid(InstalledBaseException.SITE_TENANT_INVALID,
                    "A site belongs to a customer within your reach");
        }
        Site site;
        try {
            site = new Site(tenantId, d.name(), new Site.Contact(d.address(), d.contactName(), d.contactEmail(),
                    d.contactPhone()), Instant.now());
        } catch (IllegalArgumentException e) {
            throw InstalledBaseException.invalid(InstalledBaseException.SITE_INVALID, e.getMessage());
        }
        if (!data.namedQuery("Site.byName", Site.class).setParameter("tenantId", tenantId)
                .setParameter("name", site.getName()).getResultList().isEmpty()) {
            throw InstalledBaseException.conflict(InstalledBaseException.SITE_NAME_TAKEN,
                    "The customer has a site named " + site.getName(),
                    site.getName());
        }
        data.persist(site);
        audit.record(AuditRecord.of(AuditAction.SITE_CREATED).tenant(tenantId).target("site", site.getId()));
        return view(site);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_ADMIN})
    public SiteView change(String id, SiteDraft d) throws InstalledBaseException {
        Site site = find(data, id);
        if (d.name() != null && !d.name().strip().equals(site.getName()) && !data.namedQuery("Site.byName", Site.class)
                .setParameter("tenantId", site.getTenantId()).setParameter("name", d.name().strip()).getResultList().isEmpty()) {
            throw InstalledBaseException.conflict(InstalledBaseException.SITE_NAME_TAKEN,
                    "The customer has a site named " + d.name().strip(),
                    d.name().strip());
        }
        try {
            site.rename(d.name());
            site.changeContact(new Site.Contact(d.address(), d.contactName(), d.contactEmail(), d.contactPhone()));
        } catch (IllegalArgumentException e) {
            throw InstalledBaseException.invalid(InstalledBaseException.SITE_INVALID, e.getMessage());
        }
        audit.record(AuditRecord.of(AuditAction.SITE_CHANGED).tenant(site.getTenantId()).target("site", id));
        return view(site);
    }

    /** A site within the caller's reach; beyond it the site does not exist. */
    static Site find(TenantData data, String id) throws InstalledBaseException {
        return data.find(Site.class, id).orElseThrow(() -> InstalledBaseException.notFound(
                InstalledBaseException.SITE_NOT_FOUND, "site", id));
    }

    private static SiteView view(Site s) {
        return new SiteView(s.getId(), s.getTenantId(), s.getName(), reveal(s.getAddress()), reveal(s.getContactName()),
                reveal(s.getContactEmail()), reveal(s.getContactPhone()));
    }

    private static String reveal(Personal value) {
        return value == null ? null : value.reveal(Purpose.SERVICE);
    }
}
