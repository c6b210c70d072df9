package io.tresor.domain.device;

import io.tresor.domain.shared.Ids;
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

/**
 * The manufacturer's promise about a device model: devices that prove their identity with this
 * group's credential (a certificate chained to {@code caCertificate}, or a key derived from the
 * group key) are devices of {@code assetTypeId}. A disabled group admits nobody any more; devices
 * it admitted before stay registered. The group key is stored only wrapped by the master key.
 */
@Entity
@Table(name = "enrollment_group")
@NamedQuery(name = "EnrollmentGroup.all", query = "SELECT g FROM EnrollmentGroup g ORDER BY g.name")
@NamedQuery(name = "EnrollmentGroup.byName", query = "SELECT g FROM EnrollmentGroup g WHERE g.name = :name")
@NamedQuery(name = "EnrollmentGroup.enabledForCa",
        query = "SELECT g FROM EnrollmentGroup g WHERE g.caSubject IN :subjects"
                + " AND g.state = io.tresor.domain.device.EnrollmentGroup.State.ENABLED ORDER BY g.createdAt")
public class EnrollmentGroup {

    public enum State { ENABLED, DISABLED }

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrollmentGroupKind kind;

    @Column(name = "asset_type_id", nullable = false, length = 36)
    private String assetTypeId;

    /** PEM of the factory CA (X509 groups). */
    @Column(name = "ca_certificate", length = 8000)
    private String caCertificate;

    /** The CA's subject, RFC 2253 canonical form, to find the group for a device's chain. */
    @Column(name = "ca_subject", length = 1000)
    private String caSubject;

    /** SHA-256 of the CA certificate's DER, lower-case hex. */
    @Column(name = "ca_fingerprint", length = 64)
    private String caFingerprint;

    /** The group key wrapped by the master key (SYMMETRIC groups). */
    @Column(name = "group_key_wrapped", length = 1000)
    private String groupKeyWrapped;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Version
    private long version;

    protected EnrollmentGroup() {
    }

    private EnrollmentGroup(String name, EnrollmentGroupKind kind, String assetTypeId, Instant now) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("An enrollment group needs a name of at most 200 characters");
        }
        this.id = Ids.newId();
        this.name = name.strip();
        this.kind = kind;
        this.assetTypeId = Objects.requireNonNull(assetTypeId, "assetTypeId");
        this.state = State.ENABLED;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** A group that trusts a factory CA; the caller has checked that the PEM is a CA certificate. */
    public static EnrollmentGroup x509(String name, String assetTypeId, String caPem, String caSubject, String caFingerprint,
                                       Instant now) {
        EnrollmentGroup g = new EnrollmentGroup(name, EnrollmentGroupKind.X509, assetTypeId, now);
        g.caCertificate = Objects.requireNonNull(caPem, "caPem");
        g.caSubject = Objects.requireNonNull(caSubject, "caSubject");
        g.caFingerprint = Objects.requireNonNull(caFingerprint, "caFingerprint");
        return g;
    }

    /** A group with a group key; the key is sealed right after, because its wrapping binds the group id. */
    public static EnrollmentGroup symmetric(String name, String assetTypeId, Instant now) {
        return new EnrollmentGroup(name, EnrollmentGroupKind.SYMMETRIC, assetTypeId, now);
    }

    /** Sets the wrapped group key once; a group never changes its key (a new key is a new group). */
    public void sealKey(String wrapped) {
        if (kind != EnrollmentGroupKind.SYMMETRIC || groupKeyWrapped != null) {
            throw new IllegalStateException("Only a new symmetric group gets its key, once");
        }
        groupKeyWrapped = Objects.requireNonNull(wrapped, "wrapped");
    }

    /** After a master key rotation: the same key, wrapped by the current master key. */
    public void rewrapKey(String wrapped) {
        if (groupKeyWrapped == null) {
            throw new IllegalStateException("The group has no key to re-wrap");
        }
        groupKeyWrapped = Objects.requireNonNull(wrapped, "wrapped");
    }

    public void disable(Instant now) {
        if (state == State.ENABLED) {
            state = State.DISABLED;
            disabledAt = now;
        }
    }

    public boolean isEnabled() {
        return state == State.ENABLED;
    }

    /** What the master key binds to the wrapped group key, so a wrapped key copied to another row does not open. */
    public static String keyContext(String groupId) {
        return "enrollment-group:" + groupId;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public EnrollmentGroupKind getKind() {
        return kind;
    }

    public String getAssetTypeId() {
        return assetTypeId;
    }

    public String getCaCertificate() {
        return caCertificate;
    }

    public String getCaSubject() {
        return caSubject;
    }

    public String getCaFingerprint() {
        return caFingerprint;
    }

    public String getGroupKeyWrapped() {
        return groupKeyWrapped;
    }

    public State getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrollmentGroup other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
