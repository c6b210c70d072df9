package io.tresor.application.device.internal;

import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.device.DeviceException;
import io.tresor.application.device.DeviceService;
import io.tresor.application.identity.Roles;
import io.tresor.application.shared.Secrets;
import io.tresor.application.tenant.ManufacturerSide;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.Asset;
import io.tresor.domain.asset.AssetStatus;
import io.tresor.domain.device.CertificateStatus;
import io.tresor.domain.device.Device;
import io.tresor.domain.device.DeviceCertificate;
import io.tresor.domain.device.DeviceState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN})
public class DeviceServiceBean implements DeviceService {

    @Inject
    TenantData data;

    @Inject
    DevicePki pki;

    @Inject
    Audit audit;

    @Override
    public Page page(Query q) throws DeviceException {
        String tenant = q.tenantId() == null || q.tenantId().isBlank() ? null : q.tenantId();
        if (tenant != null && !data.reaches(tenant)) {
            return new Page(List.of(), 0);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (tenant != null) {
            where.append(" AND d.tenantId = :tenantId");
            params.put("tenantId", tenant);
        }
        if (q.assetId() != null) {
            where.append(" AND d.assetId = :assetId");
            params.put("assetId", q.assetId());
        }
        if (q.state() != null) {
            where.append(" AND d.state = :state");
            params.put("state", state(q.state()));
        }
        TypedQuery<Long> count = data.query("SELECT COUNT(d) FROM Device d" + where, Long.class);
        TypedQuery<Device> rows = data.query("SELECT d FROM Device d" + where + " ORDER BY d.id", Device.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<DeviceView> items = rows.setFirstResult(q.page().offset()).setMaxResults(q.page().limit()).getResultStream()
                .map(d -> view(d, List.of())).toList();
        return new Page(items, count.getSingleResult());
    }

    @Override
    public DeviceView get(String id) throws DeviceException {
        return view(find(id));
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public Registration register(String assetId, String deviceId) throws DeviceException {
        Asset asset = data.find(Asset.class, assetId).orElseThrow(() -> DeviceException.notFound(
                DeviceException.ASSET_NOT_FOUND, "asset", assetId));
        if (asset.getStatus() == AssetStatus.DECOMMISSIONED) {
            throw DeviceException.conflict(DeviceException.ASSET_DECOMMISSIONED,
                    "A decommissioned asset gets no new device");
        }
        String id = deviceId == null || deviceId.isBlank() ? Secrets.newIdentifier("dev-") : deviceId.strip();
        if (!Device.isValidId(id)) {
            throw DeviceException.invalid(DeviceException.DEVICE_ID_INVALID,
                    "A device id has 1 to 64 letters, digits, dots,"
                    + " dashes or underscores and starts with a letter or digit");
        }
        if (data.find(Device.class, id).isPresent()) {
            throw DeviceException.conflict(DeviceException.DEVICE_ID_TAKEN,
                    "A device with the id " + id + " exists", id);
        }
        Instant now = Instant.now();
        Device device = new Device(id, asset.getTenantId(), asset.getId(), now);
        String token = Secrets.newSecret();
        device.issueEnrollmentToken(Secrets.hash(token), now);
        data.persist(device);
        audit.record(AuditRecord.of(AuditAction.DEVICE_REGISTERED).tenant(device.getTenantId()).target("device", id)
                .detail("asset", asset.getId()));
        return new Registration(view(device, List.of()), token);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public Registration newEnrollmentToken(String id) throws DeviceException {
        Device device = find(id);
        String token = Secrets.newSecret();
        try {
            device.issueEnrollmentToken(Secrets.hash(token), Instant.now());
        } catch (IllegalStateException e) {
            throw DeviceException.conflict(DeviceException.DEVICE_FINAL, e.getMessage());
        }
        audit.record(AuditRecord.of(AuditAction.DEVICE_ENROLLMENT_TOKEN_ISSUED).tenant(device.getTenantId()).target("device", id));
        return new Registration(view(device), token);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public DeviceView suspend(String id) throws DeviceException {
        Device device = find(id);
        try {
            device.suspend(Instant.now());
        } catch (IllegalStateException e) {
            throw DeviceException.conflict(DeviceException.DEVICE_FINAL, e.getMessage());
        }
        audit.record(AuditRecord.of(AuditAction.DEVICE_SUSPENDED).tenant(device.getTenantId()).target("device", id));
        return view(device);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public DeviceView resume(String id) throws DeviceException {
        Device device = find(id);
        boolean credential = certificates(id).stream().anyMatch(c -> c.getStatus() != CertificateStatus.REVOKED);
        device.resume(credential, Instant.now());
        audit.record(AuditRecord.of(AuditAction.DEVICE_RESUMED).tenant(device.getTenantId()).target("device", id));
        return view(device);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public DeviceView revoke(String id, String reason) throws DeviceException {
        String why = reason == null || reason.isBlank() ? "unspecified" : reason.strip();
        if (!REVOCATION_REASONS.contains(why)) {
            throw DeviceException.invalid(DeviceException.DEVICE_REASON_INVALID, "The reason is one of "
                    + String.join(", ", REVOCATION_REASONS), why, String.join(", ", REVOCATION_REASONS));
        }
        Device device = find(id);
        Instant now = Instant.now();
        device.revoke(now);
        List<DeviceCertificate> certificates = certificates(id);
        certificates.forEach(c -> c.revoke(why, now));
        pki.crlStale();
        audit.record(AuditRecord.of(AuditAction.DEVICE_REVOKED).tenant(device.getTenantId()).target("device", id)
                .detail("reason", why).detail("certificates", certificates.size()));
        return view(device, certificates);
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public DeviceView decommission(String id) throws DeviceException {
        Device device = find(id);
        Instant now = Instant.now();
        device.decommission(now);
        List<DeviceCertificate> certificates = certificates(id);
        certificates.forEach(c -> c.revoke("cessationOfOperation", now));
        pki.crlStale();
        audit.record(AuditRecord.of(AuditAction.DEVICE_DECOMMISSIONED).tenant(device.getTenantId()).target("device", id)
                .detail("certificates", certificates.size()));
        return view(device, certificates);
    }

    private Device find(String id) throws DeviceException {
        return (Device.isValidId(id) ? data.find(Device.class, id) : java.util.Optional.<Device>empty())
                .orElseThrow(() -> DeviceException.notFound(DeviceException.DEVICE_NOT_FOUND, "device", id));
    }

    private List<DeviceCertificate> certificates(String deviceId) {
        return data.namedQuery("DeviceCertificate.ofDevice", DeviceCertificate.class).setParameter("deviceId", deviceId)
                .getResultList();
    }

    private static DeviceState state(String name) throws DeviceException {
        try {
            return DeviceState.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DeviceException.invalid(DeviceException.DEVICE_STATE_INVALID, "Unknown device state " + name, name);
        }
    }

    private DeviceView view(Device d) {
        return view(d, certificates(d.getId()));
    }

    private static DeviceView view(Device d, List<DeviceCertificate> certificates) {
        return new DeviceView(d.getId(), d.getAssetId(), d.getTenantId(), d.getState().name(), d.getCreatedAt(),
                d.getChangedAt(), d.getEnrollmentExpiresAt(), certificates.stream().map(c -> new CertificateView(c.getSerial(),
                c.getStatus().name(), c.getNotBefore(), c.getNotAfter(), c.getRevokedAt(), c.getRevocationReason())).toList());
    }
}
