package io.tresor.domain.device;

import io.tresor.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A certificate Tresor's issuing CA signed for a device; revoked ones are listed in the CRL. */
@Entity
@Table(name = "device_certificate")
@NamedQuery(name = "DeviceCertificate.ofDevice",
        query = "SELECT c FROM DeviceCertificate c WHERE c.deviceId = :deviceId ORDER BY c.notBefore DESC")
@NamedQuery(name = "DeviceCertificate.revoked",
        query = "SELECT c FROM DeviceCertificate c WHERE c.status = io.tresor.domain.device.CertificateStatus.REVOKED"
                + " ORDER BY c.revokedAt")
@NamedQuery(name = "DeviceCertificate.ofAsset", query = "SELECT c FROM DeviceCertificate c WHERE c.deviceId IN"
        + " (SELECT d.id FROM Device d WHERE d.assetId = :assetId)")
@NamedQuery(name = "DeviceCertificate.byFingerprint",
        query = "SELECT c FROM DeviceCertificate c WHERE c.fingerprint = :fingerprint")
public class DeviceCertificate extends TenantOwned {

    /** Serial number in lower-case hex. */
    @Id
    @Column(length = 40)
    private String serial;

    @Column(name = "device_id", nullable = false, length = 64)
    private String deviceId;

    /** SHA-256 of the DER encoding, lower-case hex. */
    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "not_before", nullable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false)
    private Instant notAfter;

    @Column(nullable = false, length = 4000)
    private String pem;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateStatus status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason", length = 30)
    private String revocationReason;

    @Version
    private long version;

    protected DeviceCertificate() {
    }

    public DeviceCertificate(String serial, Device device, String fingerprint, Instant notBefore, Instant notAfter,
                             String pem) {
        super(device.getTenantId());
        this.serial = Objects.requireNonNull(serial, "serial");
        this.deviceId = device.getId();
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.notBefore = Objects.requireNonNull(notBefore, "notBefore");
        this.notAfter = Objects.requireNonNull(notAfter, "notAfter");
        this.pem = Objects.requireNonNull(pem, "pem");
        this.status = CertificateStatus.VALID;
    }

    /** The certificate follows its device to the new owner of the device's asset. */
    public void movedTo(String newTenantId) {
        changeTenant(newTenantId);
    }

    /** Revoked stays revoked; the first reason and time are the ones the CRL keeps. */
    public void revoke(String reason, Instant at) {
        if (status != CertificateStatus.REVOKED) {
            status = CertificateStatus.REVOKED;
            revokedAt = at;
            revocationReason = reason;
        }
    }

    /** A renewal replaced it; it stays usable until it expires, so a device can switch over. */
    public void supersede() {
        if (status == CertificateStatus.VALID) {
            status = CertificateStatus.SUPERSEDED;
        }
    }

    public String getSerial() {
        return serial;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public String getPem() {
        return pem;
    }

    public CertificateStatus getStatus() {
        return status;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }
}
