package io.tresor.application.device;

import io.tresor.application.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * The device registry as operators and integrators use it. Every state change is audited;
 * enrollment tokens are shown once, when issued, and stored only as hashes.
 */
public interface DeviceService {

    /** The reasons a revocation may give, as RFC 5280 names them; they become the CRL entry's reason code. */
    List<String> REVOCATION_REASONS = List.of("unspecified", "keyCompromise", "superseded", "cessationOfOperation",
            "affiliationChanged");

    record CertificateView(String serial, String status, Instant notBefore, Instant notAfter, Instant revokedAt,
                           String revocationReason) {
    }

    record DeviceView(String id, String assetId, String tenantId, String state, Instant createdAt, Instant changedAt,
                      Instant enrollmentExpiresAt, List<CertificateView> certificates) {
    }

    /** A device with the enrollment token it needs; the token is not retrievable later. */
    record Registration(DeviceView device, String enrollmentToken) {
    }

    /** Filters of a page; null means "any". A customer is always confined to itself. */
    record Query(String tenantId, String assetId, String state, @NotNull @Valid PageRequest page) {
    }

    record Page(List<DeviceView> items, long total) {
    }

    Page page(Query query) throws DeviceException;

    DeviceView get(String id) throws DeviceException;

    /** Registers a device on an asset; {@code deviceId} may be null for a generated one. */
    Registration register(String assetId, String deviceId) throws DeviceException;

    /** A new enrollment token (the previous one stops working), e.g. for a replaced box. */
    Registration newEnrollmentToken(String id) throws DeviceException;

    DeviceView suspend(String id) throws DeviceException;

    DeviceView resume(String id) throws DeviceException;

    /** Revokes the device and its certificates; the CRL lists them from now on. */
    DeviceView revoke(String id, String reason) throws DeviceException;

    /**
     * Takes the device out of service for good (the box was removed or scrapped): its
     * certificates are revoked for cessation of operation, so the CRL lists them too.
     */
    DeviceView decommission(String id) throws DeviceException;
}
