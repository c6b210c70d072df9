package io.tresor.application.asset.internal;

import io.tresor.application.asset.AssetService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.identity.Roles;
import io.tresor.application.tenant.ManufacturerSide;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.Asset;
import io.tresor.domain.asset.AssetOwnership;
import io.tresor.domain.asset.AssetStatus;
import io.tresor.domain.asset.AssetType;
import io.tresor.domain.asset.Site;
import io.tresor.domain.device.Device;
import io.tresor.domain.device.DeviceCertificate;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN})
public class AssetServiceBean implements AssetService {


    /** Asset types and the tenant directory, which belong to no tenant. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager platform;

    @Inject
    TenantData data;

    @Inject
    Audit audit;

    @Override
    public Page page(Query q) throws InstalledBaseException {
        Where where = where(q);
        if (where == null) {
            return new Page(List.of(), 0);
        }
        // Only a sort by type name needs the types joined; otherwise an index on (tenant, serial,
        // id) or (serial, id) hands out the page in order, and the type names come from one small
        // query. H2 uses such an index only if the ORDER BY starts with its first column, so the
        // tenant, the same in every row, leads the ORDER BY of a customer's list.
        boolean byTypeName = q.sort() == Sort.ASSET_TYPE;
        String direction = q.ascending() ? " ASC" : " DESC";
        String conditions = where.sql() + (byTypeName ? (where.sql().isEmpty() ? " WHERE " : " AND ") + "t.id = a.assetTypeId" : "");
        // The page's ids first, from the index alone; then those assets. Asking for whole rows in
        // one query makes H2 sort every asset of the customer instead of reading the index in order.
        TypedQuery<String> ids = data.query("SELECT a.id FROM Asset a" + (byTypeName ? ", AssetType t" : "") + conditions
                + " ORDER BY " + (where.oneTenant() ? "a.tenantId" + direction + ", " : "") + order(q.sort()) + direction
                + ", a.id" + direction, String.class);
        where.params().forEach(ids::setParameter);
        List<String> page = ids.setFirstResult(q.page().offset()).setMaxResults(q.page().limit()).getResultList();
        Map<String, Asset> assets = new HashMap<>();
        if (!page.isEmpty()) {
            data.query("SELECT a FROM Asset a WHERE a.id IN :ids", Asset.class).setParameter("ids", page)
                    .getResultStream().forEach(a -> assets.put(a.getId(), a));
        }
        Map<String, String> typeNames = new HashMap<>();
        platform.createNamedQuery("AssetType.all", AssetType.class).getResultStream()
                .forEach(t -> typeNames.put(t.getId(), t.getName()));
        List<AssetView> items = page.stream().map(assets::get).filter(java.util.Objects::nonNull)
                .map(a -> view(a, typeNames.get(a.getAssetTypeId()))).toList();
        return new Page(items, count(where));
    }

    @Override
    public long count(Query q) throws InstalledBaseException {
        Where where = where(q);
        return where == null ? 0 : count(where);
    }

    private long count(Where where) {
        TypedQuery<Long> count = data.query("SELECT COUNT(a) FROM Asset a" + where.sql(), Long.class);
        where.params().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The conditions of a list query, their parameters, and whether they fix one tenant. */
    private record Where(String sql, Map<String, Object> params, boolean oneTenant) {
    }

    /**
     * The conditions of a list query, or null when it asks for a tenant beyond the caller's reach
     * (the data layer adds the reach itself; this only keeps an impossible filter from running).
     */
    private Where where(Query q) throws InstalledBaseException {
        String requested = q.tenantId() == null || q.tenantId().isBlank() ? null : q.tenantId();
        if (requested != null && !data.reaches(requested)) {
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        condition(conditions, params, "a.tenantId", "tenantId", requested);
        condition(conditions, params, "a.assetTypeId", "assetTypeId", q.assetTypeId());
        condition(conditions, params, "a.siteId", "siteId", q.siteId());
        if (q.status() != null && !q.status().isBlank()) {
            condition(conditions, params, "a.status", "status", status(q.status()));
        }
        if (q.serialNumber() != null && !q.serialNumber().isBlank()) {
            // A range, not LIKE: both databases plan an index range for it with bound parameters, and
            // under PostgreSQL's row-level security only leakproof comparisons may become index conditions.
            SerialRange range = SerialRange.of(q.serialNumber());
            conditions.add("a.serialKey >= :serialFrom");
            params.put("serialFrom", range.from());
            range.to().ifPresent(to -> {
                conditions.add("a.serialKey < :serialTo");
                params.put("serialTo", to);
            });
        }
        String sql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return new Where(sql, params, requested != null || data.reach().single().isPresent());
    }

    private static void condition(List<String> conditions, Map<String, Object> params, String path, String name,
                                  Object value) {
        if (value != null && !"".equals(value)) {
            conditions.add(path + " = :" + name);
            params.put(name, value);
        }
    }

    private static String order(Sort sort) {
        return switch (sort == null ? Sort.SERIAL_NUMBER : sort) {
            case SERIAL_NUMBER -> "a.serialNumber";
            case ASSET_TYPE -> "t.name";
            case STATUS -> "a.status";
            case INSTALLED_ON -> "a.installedOn";
            case LAST_SEEN -> "a.lastSeenAt";
        };
    }

    @Override
    public AssetView get(String id) throws InstalledBaseException {
        return view(find(data, id));
    }

    @Override
    public List<OwnershipPeriod> ownership(String id) throws InstalledBaseException {
        Asset asset = find(data, id);
        // A customer sees the periods of its own ownership only: the others lie beyond its reach.
        return data.namedQuery("AssetOwnership.ofAsset", AssetOwnership.class).setParameter("assetId", asset.getId())
                .getResultStream().map(o -> new OwnershipPeriod(o.getTenantId(), o.getOwnedFrom(), o.getOwnedUntil())).toList();
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public AssetView register(AssetDraft d) throws InstalledBaseException {
        if (!Customers.isCustomer(platform, d.tenantId())) {
            throw InstalledBaseException.invalid(InstalledBaseException.ASSET_TENANT_INVALID,
                    "An asset belongs to an existing customer tenant");
        }
        AssetType type = AssetTypeServiceBean.find(platform, d.assetTypeId());
        if (d.siteId() != null) {
            requireSiteOf(d.tenantId(), d.siteId());
        }
        Asset asset;
        try {
            asset = new Asset(d.tenantId(), type, d.serialNumber(), d.siteId(), d.installedOn(), Instant.now());
        } catch (IllegalArgumentException e) {
            throw InstalledBaseException.invalid(InstalledBaseException.ASSET_INVALID, e.getMessage());
        }
        if (!data.namedQuery("Asset.bySerial", Asset.class).setParameter("assetTypeId", type.getId())
                .setParameter("serialNumber", asset.getSerialNumber()).getResultList().isEmpty()) {
            throw InstalledBaseException.conflict(InstalledBaseException.ASSET_SERIAL_TAKEN,
                    "An asset of type " + type.getName() + " with serial number " + asset.getSerialNumber() + " exists",
                    type.getName(), asset.getSerialNumber());
        }
        data.persist(asset);
        data.persist(asset.firstOwnership());
        audit.record(AuditRecord.of(AuditAction.ASSET_REGISTERED).tenant(d.tenantId()).target("asset", asset.getId()));
        return view(asset, type.getName());
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public AssetView move(String id, String newTenantId) throws InstalledBaseException {
        Asset asset = find(data, id);
        if (!Customers.isCustomer(platform, newTenantId)) {
            throw InstalledBaseException.invalid(InstalledBaseException.ASSET_TENANT_INVALID,
                    "An asset moves to an existing customer tenant");
        }
        String previous = asset.getTenantId();
        AssetOwnership current = data.namedQuery("AssetOwnership.ofAsset", AssetOwnership.class)
                .setParameter("assetId", id).getResultStream().filter(AssetOwnership::isCurrent).findFirst()
                .orElseGet(asset::firstOwnership);
        try {
            data.persist(asset.moveTo(newTenantId, current, Instant.now()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw InstalledBaseException.conflict(InstalledBaseException.ASSET_NOT_MOVABLE, e.getMessage());
        }
        if (!data.contains(current)) {
            data.persist(current);
        }
        // The asset's devices and their certificates follow it to the new owner.
        data.namedQuery("Device.ofAsset", Device.class).setParameter("assetId", id).getResultStream()
                .forEach(device -> device.movedTo(newTenantId));
        data.namedQuery("DeviceCertificate.ofAsset", DeviceCertificate.class).setParameter("assetId", id)
                .getResultStream().forEach(certificate -> certificate.movedTo(newTenantId));
        audit.record(AuditRecord.of(AuditAction.ASSET_MOVED).tenant(newTenantId).target("asset", id).detail("from", previous));
        return view(asset);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public AssetView changeStatus(String id, String status) throws InstalledBaseException {
        Asset asset = find(data, id);
        AssetStatus next = status(status);
        try {
            asset.changeStatus(next);
        } catch (IllegalStateException e) {
            throw InstalledBaseException.conflict(InstalledBaseException.ASSET_DECOMMISSIONED, e.getMessage());
        }
        audit.record(AuditRecord.of(AuditAction.ASSET_STATUS_CHANGED).tenant(asset.getTenantId()).target("asset", id)
                .detail("status", next.name()));
        return view(asset);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public AssetView relocate(String id, String siteId, LocalDate installedOn) throws InstalledBaseException {
        Asset asset = find(data, id);
        String site = siteId == null || siteId.isBlank() ? null : siteId;
        if (site != null) {
            requireSiteOf(asset.getTenantId(), site);
        }
        asset.placeAt(site);
        asset.installedOn(installedOn);
        audit.record(AuditRecord.of(AuditAction.ASSET_RELOCATED).tenant(asset.getTenantId()).target("asset", id)
                .detail("site", site == null ? "none" : site));
        return view(asset);
    }

    private void requireSiteOf(String tenantId, String siteId) throws InstalledBaseException {
        Site site = SiteServiceBean.find(data, siteId);
        if (!site.getTenantId().equals(tenantId)) {
            throw InstalledBaseException.invalid(InstalledBaseException.ASSET_SITE_INVALID,
                    "The site belongs to another customer");
        }
    }

    private static AssetStatus status(String name) throws InstalledBaseException {
        try {
            return AssetStatus.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InstalledBaseException.invalid(InstalledBaseException.ASSET_STATUS_INVALID,
                    "The status is one of IN_OPERATION, MAINTENANCE, OUT_OF_SERVICE, DECOMMISSIONED", name);
        }
    }

    /** An asset within the caller's reach; beyond it the asset does not exist. */
    static Asset find(TenantData data, String id) throws InstalledBaseException {
        return data.find(Asset.class, id).orElseThrow(() -> InstalledBaseException.notFound(
                InstalledBaseException.ASSET_NOT_FOUND, "asset", id));
    }

    private AssetView view(Asset a) {
        return view(a, platform.find(AssetType.class, a.getAssetTypeId()).getName());
    }

    private static AssetView view(Asset a, String typeName) {
        return new AssetView(a.getId(), a.getSerialNumber(), a.getAssetTypeId(), typeName, a.getTenantId(), a.getSiteId(),
                a.getInstalledOn(), a.getStatus().name(), a.getFirmwareVersion(), a.getLastSeenAt());
    }
}
