package io.tresor.application.device.internal;

import io.tresor.application.audit.ActorType;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.device.DeviceEnrollment;
import io.tresor.application.device.EnrollmentRefused;
import io.tresor.application.shared.Secrets;
import io.tresor.application.shared.Settings;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.device.CertificateStatus;
import io.tresor.domain.device.Device;
import io.tresor.domain.device.DeviceCertificate;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

@Stateless
@PermitAll
public class DeviceEnrollmentBean implements DeviceEnrollment {

    /** Where the certificate request comes from: PEM (REST) or DER (EST); parsed only after the token passed. */
    @FunctionalInterface
    private interface Csr {
        CertificationRequest parse() throws EnrollmentRefused;
    }

    /** Devices and certificates: enrollment finds the device by its id and token before anyone is signed in. */
    @Inject
    TenantData data;

    @Inject
    DevicePki pki;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    @Override
    public String enroll(String deviceId, String enrollmentToken, String csrPem) throws EnrollmentRefused {
        return pki.ca().pemChainFor(enroll(deviceId, enrollmentToken, () -> CertificationRequest.parsePem(csrPem)));
    }

    @Override
    public byte[] enrollDer(String deviceId, String enrollmentToken, byte[] csrDer) throws EnrollmentRefused {
        return CertsOnly.of(List.of(enroll(deviceId, enrollmentToken, () -> CertificationRequest.parseDer(csrDer))));
    }

    private X509Certificate enroll(String deviceId, String enrollmentToken, Csr source) throws EnrollmentRefused {
        data.system(SystemJob.AUTHENTICATION);
        Instant now = Instant.now();
        // Locked, so that one token cannot enroll twice in two requests at once.
        Device device = locked(deviceId);
        String tokenHash = enrollmentToken == null || enrollmentToken.isEmpty() ? null : Secrets.hash(enrollmentToken);
        if (device == null || !device.acceptsEnrollment(tokenHash, now)) {
            if (device != null && device.getState().isFinal()) {
                throw refused(AuditAction.DEVICE_ENROLLMENT_REFUSED, device, new EnrollmentRefused(EnrollmentRefused.DEVICE_REVOKED,
                        "The device is " + device.getState().name().toLowerCase() + " and gets no certificate"));
            }
            throw refused(AuditAction.DEVICE_ENROLLMENT_REFUSED, device, new EnrollmentRefused(EnrollmentRefused.TOKEN_INVALID,
                    "The device id and enrollment token do not match an open enrollment: the token is wrong, used,"
                            + " expired or replaced, or the device is suspended"));
        }
        CertificationRequest csr;
        try {
            csr = source.parse();
            csr.requireCommonName(device.getId());
        } catch (EnrollmentRefused e) {
            throw refused(AuditAction.DEVICE_ENROLLMENT_REFUSED, device, e);
        }
        X509Certificate certificate = issue(device, csr, now);
        device.enrolled(now);
        audit.record(AuditRecord.of(AuditAction.DEVICE_ENROLLED).actor(ActorType.DEVICE, device.getId()).tenant(device.getTenantId())
                .target("device", device.getId()).detail("serial", DevicePki.serialHex(certificate)));
        return certificate;
    }

    @Override
    public String renew(String deviceId, String signedRequest) throws EnrollmentRefused {
        data.system(SystemJob.AUTHENTICATION);
        Instant now = Instant.now();
        Device device = locked(deviceId);
        CertificationRequest csr;
        DeviceCertificate current;
        try {
            RenewalRequest request = RenewalRequest.parse(signedRequest);
            current = currentCertificate(device, request.certificate(), now);
            String csrPem = request.verifiedCsr(device.getId(), now);
            if (device.getState().isFinal()) {
                throw new EnrollmentRefused(EnrollmentRefused.DEVICE_REVOKED,
                        "The device is " + device.getState().name().toLowerCase() + " and gets no certificate");
            }
            if (!device.acceptsConnection()) {
                throw new EnrollmentRefused(EnrollmentRefused.DEVICE_SUSPENDED, "The device is suspended; an operator"
                        + " must resume it before it renews");
            }
            csr = CertificationRequest.parsePem(csrPem);
            csr.requireCommonName(device.getId());
        } catch (EnrollmentRefused e) {
            throw refused(AuditAction.DEVICE_RENEWAL_REFUSED, device, e);
        }
        X509Certificate certificate = issue(device, csr, now);
        device.renewed(now);
        audit.record(AuditRecord.of(AuditAction.DEVICE_RENEWED).actor(ActorType.DEVICE, device.getId()).tenant(device.getTenantId())
                .target("device", device.getId()).detail("serial", DevicePki.serialHex(certificate))
                .detail("previous", current.getSerial()));
        return pki.ca().pemChainFor(certificate);
    }

    /**
     * The stored record of the certificate a renewal is signed with: issued by Tresor's CA to
     * this device (CN and record agree), not revoked, valid now. Every miss is the same refusal,
     * so a caller learns nothing about other devices' certificates.
     */
    private DeviceCertificate currentCertificate(Device device, X509Certificate presented, Instant now)
            throws EnrollmentRefused {
        DeviceCertificate stored = device == null || !pki.ca().issued(presented) ? null
                : data.namedQuery("DeviceCertificate.byFingerprint", DeviceCertificate.class)
                .setParameter("fingerprint", DevicePki.fingerprint(presented)).getResultStream().findFirst().orElse(null);
        if (stored == null || !stored.getDeviceId().equals(device.getId())
                || !device.getId().equals(FactoryChain.commonName(presented))) {
            throw new EnrollmentRefused(EnrollmentRefused.CERTIFICATE_INVALID,
                    "The certificate in x5c is not one Tresor issued to device " + (device == null ? "?" : device.getId()));
        }
        if (stored.getStatus() == CertificateStatus.REVOKED) {
            throw new EnrollmentRefused(EnrollmentRefused.DEVICE_REVOKED, "The certificate in x5c is revoked");
        }
        if (now.isAfter(stored.getNotAfter()) || now.isBefore(stored.getNotBefore())) {
            throw new EnrollmentRefused(EnrollmentRefused.CERTIFICATE_INVALID, "The certificate in x5c expired at "
                    + stored.getNotAfter() + "; the device needs a new enrollment token");
        }
        return stored;
    }

    /** Signs the certificate, supersedes the device's valid ones and stores it. */
    private X509Certificate issue(Device device, CertificationRequest csr, Instant now) {
        X509Certificate certificate = pki.ca().issue(csr, device.getTenantId(), device.getId(),
                settings.deviceCertificateValidity(), now);
        data.namedQuery("DeviceCertificate.ofDevice", DeviceCertificate.class).setParameter("deviceId", device.getId())
                .getResultStream().filter(c -> c.getStatus() == CertificateStatus.VALID).forEach(DeviceCertificate::supersede);
        data.persist(new DeviceCertificate(DevicePki.serialHex(certificate), device, DevicePki.fingerprint(certificate),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), DeviceCa.pem(certificate)));
        return certificate;
    }

    private Device locked(String deviceId) {
        return Device.isValidId(deviceId) ? data.find(Device.class, deviceId, LockModeType.PESSIMISTIC_WRITE).orElse(null) : null;
    }

    /** Audited (the event survives the rollback that the refusal causes) and handed back to throw. */
    private EnrollmentRefused refused(AuditAction action, Device device, EnrollmentRefused e) {
        AuditRecord r = AuditRecord.of(action).actor(ActorType.DEVICE, device == null ? null : device.getId())
                .failed(e.code());
        if (device != null) {
            r.tenant(device.getTenantId()).target("device", device.getId());
        }
        audit.record(r);
        return e;
    }

    @Override
    public String caChainPem() {
        return pki.ca().chainPem();
    }

    @Override
    public byte[] caCertsPkcs7() {
        return CertsOnly.of(pki.ca().chain());
    }

    @Override
    public byte[] crl() {
        data.system(SystemJob.CERTIFICATE_REVOCATION_LIST);
        return pki.crl(data.namedQuery("DeviceCertificate.revoked", DeviceCertificate.class).getResultList());
    }
}
