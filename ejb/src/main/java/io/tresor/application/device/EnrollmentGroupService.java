package io.tresor.application.device;

import java.time.Instant;
import java.util.List;

/**
 * Enrollment groups as the manufacturer's operators and integrators manage them: an X.509 group
 * trusts a factory CA for one asset type, a symmetric group holds a group key from which device
 * keys are derived. Customers see none of them. Every change is audited; the group key is shown
 * once, when the group is created, and stored only wrapped by the master key.
 */
public interface EnrollmentGroupService {

    /** {@code caSubject}, {@code caFingerprint} (SHA-256 of the DER, hex) and {@code caNotAfter} only for X509 groups. */
    record GroupView(String id, String name, String kind, String assetTypeId, String state, Instant createdAt,
                     Instant disabledAt, String caSubject, String caFingerprint, Instant caNotAfter) {
    }

    /** A new group; {@code groupKey} (base64 of 32 bytes) only for a symmetric group, and only now. */
    record Created(GroupView group, String groupKey) {
    }

    /** Every group, by name; empty for customers. */
    List<GroupView> list();

    GroupView get(String id) throws DeviceException;

    /**
     * Creates a group of {@code kind} X509 (with {@code caCertificatePem}: one PEM CA certificate,
     * valid now, allowed to sign certificates) or SYMMETRIC (a new random group key) for devices of
     * {@code assetTypeId}.
     */
    Created create(String name, String kind, String assetTypeId, String caCertificatePem) throws DeviceException;

    /** Admits nobody any more; devices registered through it stay as they are. */
    GroupView disable(String id) throws DeviceException;
}
