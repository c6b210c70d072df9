package io.tresor.application.device.internal;

import io.tresor.application.audit.ActorType;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.crypto.Sealing;
import io.tresor.application.device.AuthenticationRefused;
import io.tresor.application.device.DeviceAuthentication;
import io.tresor.application.shared.Settings;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.Asset;
import io.tresor.domain.asset.AssetStatus;
import io.tresor.domain.device.CertificateStatus;
import io.tresor.domain.device.Device;
import io.tresor.domain.device.DeviceCertificate;
import io.tresor.domain.device.DeviceState;
import io.tresor.domain.device.EnrollmentGroup;
import io.tresor.domain.device.EnrollmentGroupKind;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The connector's door for devices. Refusals are audited (they survive the rollback they cause);
 * admissions only when they change something (a registration, a first connection), so that a
 * device reconnecting every minute does not flood the trail.
 */
@Stateless
@PermitAll
public class DeviceAuthenticationBean implements DeviceAuthentication {

    /** A factory CA and the group that trusts it. */
    private record Candidate(EnrollmentGroup group, X509Certificate ca) {
    }

    /** Enrollment groups, which belong to the manufacturer and to no tenant. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    /** Devices, their assets and certificates, found under the system reach of authentication. */
    @Inject
    TenantData data;

    @Inject
    DevicePki pki;

    @Inject
    Sealing sealing;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    @Override
    public AuthenticatedDevice authenticateWithCertificate(X509Certificate[] chain) throws AuthenticationRefused {
        data.system(SystemJob.AUTHENTICATION);
        Instant now = Instant.now();
        try {
            if (chain == null || chain.length == 0 || Arrays.stream(chain).anyMatch(c -> c == null)) {
                throw new AuthenticationRefused(AuthenticationRefused.CHAIN_INVALID, "No certificate chain was presented");
            }
            return pki.ca().issued(chain[0]) ? tresorCertificate(chain[0], now) : factoryCertificate(chain, now);
        } catch (AuthenticationRefused e) {
            throw refused(e, chain != null && chain.length > 0 && chain[0] != null ? FactoryChain.commonName(chain[0]) : null);
        }
    }

    private AuthenticatedDevice tresorCertificate(X509Certificate certificate, Instant now) throws AuthenticationRefused {
        DeviceCertificate stored = data.namedQuery("DeviceCertificate.byFingerprint", DeviceCertificate.class)
                .setParameter("fingerprint", DevicePki.fingerprint(certificate)).getResultStream().findFirst().orElse(null);
        if (stored == null) {
            throw new AuthenticationRefused(AuthenticationRefused.CHAIN_INVALID, "Tresor has no record of this certificate");
        }
        if (stored.getStatus() == CertificateStatus.REVOKED) {
            throw new AuthenticationRefused(AuthenticationRefused.CERTIFICATE_REVOKED, "The certificate is revoked");
        }
        if (now.isBefore(stored.getNotBefore()) || now.isAfter(stored.getNotAfter())) {
            throw new AuthenticationRefused(AuthenticationRefused.CERTIFICATE_EXPIRED, "The certificate is valid from "
                    + stored.getNotBefore() + " to " + stored.getNotAfter());
        }
        return admitted(lockedDevice(stored.getDeviceId()), false, now);
    }

    private AuthenticatedDevice factoryCertificate(X509Certificate[] chain, Instant now) throws AuthenticationRefused {
        List<Candidate> candidates = em.createNamedQuery("EnrollmentGroup.enabledForCa", EnrollmentGroup.class)
                .setParameter("subjects", List.copyOf(FactoryChain.issuerSubjects(chain))).getResultStream()
                .filter(g -> g.getKind() == EnrollmentGroupKind.X509).map(g -> new Candidate(g, certificate(g))).toList();
        if (candidates.isEmpty()) {
            throw new AuthenticationRefused(AuthenticationRefused.CA_UNKNOWN, "No enabled enrollment group trusts the CA "
                    + FactoryChain.canonical(chain[chain.length - 1].getIssuerX500Principal()));
        }
        List<EnrollmentGroup> trusting = new ArrayList<>();
        AuthenticationRefused firstFailure = null;
        for (Candidate c : candidates) {
            try {
                FactoryChain.validate(chain, c.ca(), now);
                trusting.add(c.group());
            } catch (AuthenticationRefused e) {
                firstFailure = firstFailure == null ? e : firstFailure;
            }
        }
        if (trusting.isEmpty()) {
            throw firstFailure;
        }
        String serial = FactoryChain.serialNumber(chain[0]);
        String deviceId = FactoryChain.commonName(chain[0]);
        if (!Device.isValidId(deviceId)) {
            throw new AuthenticationRefused(AuthenticationRefused.DEVICE_CONFLICT, "The certificate's subject needs one"
                    + " CN that is a device id: 1 to 64 letters, digits, dots, dashes or underscores");
        }
        List<Asset> assets = new ArrayList<>();
        List<EnrollmentGroup> groups = new ArrayList<>();
        for (EnrollmentGroup g : trusting) {
            data.namedQuery("Asset.bySerial", Asset.class).setParameter("assetTypeId", g.getAssetTypeId())
                    .setParameter("serialNumber", serial).getResultStream().findFirst().ifPresent(a -> {
                        if (!assets.contains(a)) {
                            assets.add(a);
                            groups.add(g);
                        }
                    });
        }
        if (assets.isEmpty()) {
            throw new AuthenticationRefused(AuthenticationRefused.ASSET_UNKNOWN, "No asset of the enrollment group's type"
                    + " has the serial number " + serial);
        }
        if (assets.size() > 1) {
            throw new AuthenticationRefused(AuthenticationRefused.ASSET_AMBIGUOUS, "Assets of " + assets.size()
                    + " types trusted for this CA have the serial number " + serial);
        }
        return registerOrAdmit(deviceId, assets.get(0), groups.get(0), now);
    }

    private AuthenticatedDevice registerOrAdmit(String deviceId, Asset asset, EnrollmentGroup group, Instant now)
            throws AuthenticationRefused {
        if (asset.getStatus() == AssetStatus.DECOMMISSIONED) {
            throw new AuthenticationRefused(AuthenticationRefused.ASSET_DECOMMISSIONED, "The asset with serial number "
                    + asset.getSerialNumber() + " is decommissioned");
        }
        Device device = data.find(Device.class, deviceId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (device == null) {
            device = new Device(deviceId, asset.getTenantId(), asset.getId(), now);
            device.enrolledThrough(group.getId(), now);
            data.persist(device);
            audit.record(AuditRecord.of(AuditAction.DEVICE_REGISTERED).actor(ActorType.DEVICE, deviceId).tenant(device.getTenantId())
                    .target("device", deviceId).detail("asset", asset.getId()).detail("enrollmentGroup", group.getId()));
            return admitted(device, true, now);
        }
        if (!asset.getId().equals(device.getAssetId()) || !group.getId().equals(device.getEnrollmentGroupId())) {
            throw new AuthenticationRefused(AuthenticationRefused.DEVICE_CONFLICT, "The device id " + deviceId
                    + " belongs to a device on another asset or of another enrollment group");
        }
        return admitted(device, false, now);
    }

    @Override
    public AuthenticatedDevice authenticateWithKey(String token) throws AuthenticationRefused {
        data.system(SystemJob.AUTHENTICATION);
        Instant now = Instant.now();
        String deviceId = null;
        try {
            DeviceKeyToken parsed = DeviceKeyToken.parse(token);
            deviceId = parsed.deviceId();
            parsed.requireFresh(now, settings.deviceTokenMaxLifetime());
            EnrollmentGroup group = em.find(EnrollmentGroup.class, parsed.groupId());
            if (group == null || group.getKind() != EnrollmentGroupKind.SYMMETRIC || !group.isEnabled()
                    || !parsed.signedWithDeviceKey(deviceKey(group, parsed.deviceId()))) {
                throw new AuthenticationRefused(AuthenticationRefused.TOKEN_INVALID, "The token's signature does not"
                        + " verify with the key of device " + deviceId + " in an enabled symmetric group");
            }
            Device device = data.find(Device.class, deviceId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
            if (device == null) {
                throw new AuthenticationRefused(AuthenticationRefused.DEVICE_UNKNOWN, "Device " + deviceId + " is not"
                        + " registered: register it on its asset first (POST /api/v1/devices)");
            }
            Asset asset = data.find(Asset.class, device.getAssetId()).orElseThrow();
            if (!group.getAssetTypeId().equals(asset.getAssetTypeId()) || (device.getEnrollmentGroupId() != null
                    && !group.getId().equals(device.getEnrollmentGroupId()))) {
                throw new AuthenticationRefused(AuthenticationRefused.DEVICE_CONFLICT, "Device " + deviceId
                        + " is on an asset of another type than the group's, or came through another enrollment group");
            }
            if (asset.getStatus() == AssetStatus.DECOMMISSIONED) {
                throw new AuthenticationRefused(AuthenticationRefused.ASSET_DECOMMISSIONED, "The device's asset is"
                        + " decommissioned");
            }
            boolean first = device.getEnrollmentGroupId() == null;
            requireAdmissible(device);
            device.enrolledThrough(group.getId(), now);
            return admitted(device, first, now);
        } catch (AuthenticationRefused e) {
            throw refused(e, deviceId);
        }
    }

    /** The device's key, derived from the sealed group key as the factory derives it; the group key stays sealed. */
    private byte[] deviceKey(EnrollmentGroup group, String deviceId) {
        return sealing.derive(group.getGroupKeyWrapped(), EnrollmentGroup.keyContext(group.getId()),
                DeviceKeyToken.deviceKeyInput(deviceId));
    }

    private Device lockedDevice(String id) {
        return data.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
    }

    private static void requireAdmissible(Device device) throws AuthenticationRefused {
        if (device.getState().isFinal()) {
            throw new AuthenticationRefused(AuthenticationRefused.DEVICE_REVOKED, "The device is "
                    + device.getState().name().toLowerCase());
        }
        if (!device.acceptsConnection()) {
            throw new AuthenticationRefused(AuthenticationRefused.DEVICE_SUSPENDED, "The device is suspended");
        }
    }

    /** The device's first connection makes it active; that, and a registration, are audited. */
    private AuthenticatedDevice admitted(Device device, boolean registeredNow, Instant now) throws AuthenticationRefused {
        requireAdmissible(device);
        DeviceState before = device.getState();
        device.activated(now);
        if (registeredNow || before != device.getState()) {
            audit.record(AuditRecord.of(AuditAction.DEVICE_ACTIVATED).actor(ActorType.DEVICE, device.getId())
                    .tenant(device.getTenantId()).target("device", device.getId()));
        }
        return new AuthenticatedDevice(device.getId(), device.getTenantId(), device.getAssetId(), registeredNow);
    }

    private AuthenticationRefused refused(AuthenticationRefused e, String deviceId) {
        Device device = Device.isValidId(deviceId) ? data.find(Device.class, deviceId).orElse(null) : null;
        AuditRecord r = AuditRecord.of(AuditAction.DEVICE_AUTHENTICATION_REFUSED).actor(ActorType.DEVICE, deviceId).failed(e.code());
        if (device != null) {
            r.tenant(device.getTenantId()).target("device", device.getId());
        }
        audit.record(r);
        return e;
    }

    /** The group's factory CA, parsed from the PEM that was checked when the group was created. */
    static X509Certificate certificate(EnrollmentGroup group) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(group.getCaCertificate().getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalStateException("The CA of enrollment group " + group.getId() + " cannot be read", e);
        }
    }
}
