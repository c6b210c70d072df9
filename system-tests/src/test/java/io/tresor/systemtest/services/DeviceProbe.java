package io.tresor.systemtest.services;

import io.tresor.application.crypto.Sealing;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.Asset;
import io.tresor.domain.asset.AssetStatus;
import io.tresor.domain.device.Device;
import io.tresor.domain.device.DeviceCertificate;
import io.tresor.domain.device.EnrollmentGroup;
import io.tresor.domain.shared.Tenancy;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Deployed with the tests only: sets up enrollment groups and devices the way the REST services
 * store them, and reads what device authentication left behind, each in a transaction of its own.
 * Fixtures across tenants, so they run under the reach of the first start, which sets up demo data.
 */
@Stateless
@SystemReach(SystemJob.FIRST_START)
public class DeviceProbe {

    /** An asset the demo data holds: id, tenant, type and serial number. */
    public record AssetRow(String id, String tenantId, String assetTypeId, String serialNumber) {
    }

    /** Enrollment groups. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;

    @Inject
    Sealing sealing;

    /** Demo assets in operation; those of one type come first, then those of others. */
    public List<AssetRow> assets() {
        return data.query("SELECT a FROM Asset a WHERE a.status <> :gone ORDER BY a.assetTypeId, a.serialNumber", Asset.class)
                .setParameter("gone", AssetStatus.DECOMMISSIONED).getResultStream()
                .map(a -> new AssetRow(a.getId(), a.getTenantId(), a.getAssetTypeId(), a.getSerialNumber())).toList();
    }

    public String x509Group(String name, String assetTypeId, String caPem, String caSubject, String caFingerprint) {
        EnrollmentGroup g = EnrollmentGroup.x509(name, assetTypeId, caPem, caSubject, caFingerprint, Instant.now());
        em.persist(g);
        return g.getId();
    }

    public String symmetricGroup(String name, String assetTypeId, byte[] groupKey) {
        EnrollmentGroup g = EnrollmentGroup.symmetric(name, assetTypeId, Instant.now());
        g.sealKey(sealing.seal(groupKey, EnrollmentGroup.keyContext(g.getId())));
        em.persist(g);
        return g.getId();
    }

    public String groupKeyWrapped(String groupId) {
        return em.find(EnrollmentGroup.class, groupId).getGroupKeyWrapped();
    }

    public void disableGroup(String groupId) {
        em.find(EnrollmentGroup.class, groupId).disable(Instant.now());
    }

    /** A device registered on the asset, as POST /api/v1/devices does (without its enrollment token). */
    public void registerDevice(String deviceId, AssetRow asset) {
        data.persist(new Device(deviceId, asset.tenantId(), asset.id(), Instant.now()));
    }

    /** Stores the record of a certificate Tresor's CA issued to the device, as enrollment does. */
    public void storeCertificate(String deviceId, String serial, String fingerprint, Instant notBefore, Instant notAfter) {
        data.persist(new DeviceCertificate(serial, data.find(Device.class, deviceId).orElseThrow(), fingerprint, notBefore,
                notAfter, "-"));
    }

    public void suspend(String deviceId) {
        data.find(Device.class, deviceId).orElseThrow().suspend(Instant.now());
    }

    public void revoke(String deviceId) {
        data.find(Device.class, deviceId).orElseThrow().revoke(Instant.now());
        data.namedQuery("DeviceCertificate.ofDevice", DeviceCertificate.class).setParameter("deviceId", deviceId)
                .getResultList().forEach(c -> c.revoke("keyCompromise", Instant.now()));
    }

    /** {@code state/assetId/enrollmentGroupId} of the device, or null if there is none. */
    public String device(String deviceId) {
        Device d = data.find(Device.class, deviceId).orElse(null);
        return d == null ? null : d.getState() + "/" + d.getAssetId() + "/" + d.getEnrollmentGroupId();
    }
}
