package io.tresor.application.asset.internal;

import io.tresor.application.asset.AssetTypeService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.identity.Roles;
import io.tresor.application.tenant.ManufacturerSide;
import io.tresor.domain.asset.AssetType;
import io.tresor.application.asset.MetricSpec;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN, Roles.PLATFORM_ADMIN})
public class AssetTypeServiceBean implements AssetTypeService {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    Audit audit;

    @Override
    public List<AssetTypeView> list() {
        return em.createNamedQuery("AssetType.all", AssetType.class).getResultStream().map(AssetTypeServiceBean::view).toList();
    }

    @Override
    public AssetTypeView get(String id) throws InstalledBaseException {
        return view(find(em, id));
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public AssetTypeView create(String name, String partNumber, String manufacturer, List<MetricSpec> telemetrySchema)
            throws InstalledBaseException {
        AssetType type;
        try {
            type = new AssetType(name, partNumber, manufacturer, stored(telemetrySchema), Instant.now());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InstalledBaseException.invalid(InstalledBaseException.ASSET_TYPE_INVALID, e.getMessage());
        }
        if (!em.createNamedQuery("AssetType.byName", AssetType.class).setParameter("name", type.getName())
                .getResultList().isEmpty()) {
            throw InstalledBaseException.conflict(InstalledBaseException.ASSET_TYPE_NAME_TAKEN,
                    "An asset type named " + type.getName() + " exists",
                    type.getName());
        }
        if (!em.createNamedQuery("AssetType.byPartNumber", AssetType.class).setParameter("partNumber", type.getPartNumber())
                .getResultList().isEmpty()) {
            throw InstalledBaseException.conflict(InstalledBaseException.ASSET_TYPE_PART_NUMBER_TAKEN,
                    "An asset type with part number " + type.getPartNumber() + " exists", type.getPartNumber());
        }
        em.persist(type);
        audit.record(AuditRecord.of(AuditAction.ASSET_TYPE_CREATED).target("asset-type", type.getId())
                .detail("metrics", type.getTelemetrySchema().size()));
        return view(type);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public AssetTypeView changeSchema(String id, List<MetricSpec> telemetrySchema) throws InstalledBaseException {
        AssetType type = find(em, id);
        try {
            type.changeSchema(stored(telemetrySchema));
        } catch (IllegalArgumentException e) {
            throw InstalledBaseException.invalid(InstalledBaseException.ASSET_TYPE_INVALID, e.getMessage());
        }
        audit.record(AuditRecord.of(AuditAction.ASSET_TYPE_SCHEMA_CHANGED).target("asset-type", id)
                .detail("metrics", type.getTelemetrySchema().size()));
        return view(type);
    }

    static AssetType find(EntityManager em, String id) throws InstalledBaseException {
        AssetType type = id == null ? null : em.find(AssetType.class, id);
        if (type == null) {
            throw InstalledBaseException.notFound(InstalledBaseException.ASSET_TYPE_NOT_FOUND, "asset type", id);
        }
        return type;
    }

    static AssetTypeView view(AssetType t) {
        return new AssetTypeView(t.getId(), t.getName(), t.getPartNumber(), t.getManufacturer(),
                t.getTelemetrySchema().stream().map(MetricSpec::of).toList());
    }

    private static List<io.tresor.domain.asset.Metric> stored(List<MetricSpec> schema) {
        return schema == null ? null : schema.stream().map(MetricSpec::toStored).toList();
    }
}
