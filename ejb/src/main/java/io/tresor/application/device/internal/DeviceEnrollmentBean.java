package io.tresor.application.device.internal;

import io.tresor.application.audit.ActorType;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.device.DeviceEnrollment;
import io.tresor.application.device.EnrollmentRefused;
import io.tresor.application.identity.internal.Secrets;
import io.tresor.application.platform.Settings;
import io.tresor.domain.device.CertificateStatus;
import io.tresor.domain.device.Device;
import io.tresor.domain.device.DeviceCertificate;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.time.Instant;

@Stateless
@PermitAll
public class DeviceEnrollmentBean implements DeviceEnrollment {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    DevicePki pki;

    @Inject
    Settings settings;

    @Inject
    Audit audit;

    @Override
    public String enroll(String deviceId, String enrollmentToken, String csrPem) throws EnrollmentRefused {
        Instant now = Instant.now();
        // Locked, so that one token cannot enroll twice in two requests at once.
        Device device = Device.isValidId(deviceId) ? em.find(Device.class, deviceId, LockModeType.PESSIMISTIC_WRITE) : null;
        String tokenHash = enrollmentToken == null || enrollmentToken.isEmpty() ? null : Secrets.hash(enrollmentToken);
        if (device == null || !device.acceptsEnrollment(tokenHash, now)) {
            if (device != null && device.getState().isFinal()) {
                throw refused(device, new EnrollmentRefused(EnrollmentRefused.DEVICE_REVOKED,
                        "The device is " + device.getState().name().toLowerCase() + " and gets no certificate"));
            }
            throw refused(device, new EnrollmentRefused(EnrollmentRefused.TOKEN_INVALID,
                    "The device id and enrollment token do not match an open enrollment: the token is wrong, used,"
                            + " expired or replaced, or the device is suspended"));
        }
        CertificationRequest csr;
        try {
            csr = CertificationRequest.parsePem(csrPem);
            csr.requireCommonName(device.getId());
        } catch (EnrollmentRefused e) {
            throw refused(device, e);
        }
        X509Certificate certificate = pki.ca().issue(csr, device.getTenantId(), device.getId(),
                settings.deviceCertificateValidity(), now);
        em.createNamedQuery("DeviceCertificate.ofDevice", DeviceCertificate.class).setParameter("deviceId", device.getId())
                .getResultStream().filter(c -> c.getStatus() == CertificateStatus.VALID).forEach(DeviceCertificate::supersede);
        String serial = DevicePki.serialHex(certificate);
        em.persist(new DeviceCertificate(serial, device.getId(), DevicePki.fingerprint(certificate),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(), DeviceCa.pem(certificate)));
        device.enrolled(now);
        audit.record(AuditRecord.of("device.enrolled").actor(ActorType.DEVICE, device.getId()).tenant(device.getTenantId())
                .target("device", device.getId()).detail("serial", serial));
        return pki.ca().pemChainFor(certificate);
    }

    /** Audited (the event survives the rollback that the refusal causes) and handed back to throw. */
    private EnrollmentRefused refused(Device device, EnrollmentRefused e) {
        AuditRecord r = AuditRecord.of("device.enrollment-refused").actor(ActorType.DEVICE, device == null ? null : device.getId())
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
    public byte[] crl() {
        return pki.crl(em.createNamedQuery("DeviceCertificate.revoked", DeviceCertificate.class).getResultList());
    }
}
