package io.tresor.application.asset.internal;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.asset.SiteService;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.identity.Roles;
import io.tresor.application.tenant.TenantReach;
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
import java.util.Optional;

@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN})
public class SiteServiceBean implements SiteService {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantReach reach;

    @Inject
    Audit audit;

    @Override
    public List<SiteSummary> list(String tenantId) {
        Optional<String> confined = reach.confinedTo();
        if (confined.isPresent() && tenantId != null && !confined.get().equals(tenantId)) {
            return List.of();
        }
        String tenant = confined.orElse(tenantId);
        List<Site> sites = tenant == null
                ? em.createNamedQuery("Site.all", Site.class).getResultList()
                : em.createNamedQuery("Site.ofTenant", Site.class).setParameter("tenantId", tenant).getResultList();
        // One grouped count for all listed sites, not a query per site.
        Map<String, Long> assets = new HashMap<>();
        TypedQuery<Object[]> counts = em.createQuery("SELECT a.siteId, COUNT(a) FROM Asset a WHERE a.siteId IS NOT NULL"
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
        return view(find(em, reach, id));
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_ADMIN})
    public SiteView create(SiteDraft d) throws InstalledBaseException {
        String tenantId = reach.confinedTo().orElse(d.tenantId());
        if ((d.tenantId() != null && !d.tenantId().equals(tenantId)) || !reach.isCustomer(tenantId)) {
            throw InstalledBaseException.invalid("site.tenantInvalid", "A site belongs to a customer within your reach");
        }
        Site site;
        try {
            site = new Site(tenantId, d.name(), new Site.Contact(d.address(), d.contactName(), d.contactEmail(),
                    d.contactPhone()), Instant.now());
        } catch (IllegalArgumentException e) {
            throw InstalledBaseException.invalid("site.invalid", e.getMessage());
        }
        if (!em.createNamedQuery("Site.byName", Site.class).setParameter("tenantId", tenantId)
                .setParameter("name", site.getName()).getResultList().isEmpty()) {
            throw InstalledBaseException.conflict("site.nameTaken", "The customer has a site named " + site.getName());
        }
        em.persist(site);
        audit.record(AuditRecord.of("site.created").tenant(tenantId).target("site", site.getId()));
        return view(site);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_ADMIN})
    public SiteView change(String id, SiteDraft d) throws InstalledBaseException {
        Site site = find(em, reach, id);
        if (d.name() != null && !d.name().strip().equals(site.getName()) && !em.createNamedQuery("Site.byName", Site.class)
                .setParameter("tenantId", site.getTenantId()).setParameter("name", d.name().strip()).getResultList().isEmpty()) {
            throw InstalledBaseException.conflict("site.nameTaken", "The customer has a site named " + d.name().strip());
        }
        try {
            site.rename(d.name());
            site.changeContact(new Site.Contact(d.address(), d.contactName(), d.contactEmail(), d.contactPhone()));
        } catch (IllegalArgumentException e) {
            throw InstalledBaseException.invalid("site.invalid", e.getMessage());
        }
        audit.record(AuditRecord.of("site.changed").tenant(site.getTenantId()).target("site", id));
        return view(site);
    }

    /** A site within the caller's reach; beyond it the site does not exist. */
    static Site find(EntityManager em, TenantReach reach, String id) throws InstalledBaseException {
        Site site = id == null ? null : em.find(Site.class, id);
        if (site == null || !reach.reaches(site.getTenantId())) {
            throw InstalledBaseException.notFound("site", id);
        }
        return site;
    }

    private static SiteView view(Site s) {
        return new SiteView(s.getId(), s.getTenantId(), s.getName(), reveal(s.getAddress()), reveal(s.getContactName()),
                reveal(s.getContactEmail()), reveal(s.getContactPhone()));
    }

    private static String reveal(Personal value) {
        return value == null ? null : value.reveal(Purpose.SERVICE);
    }
}
