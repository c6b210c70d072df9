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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A connected box on an asset. Its id is what the device calls itself (certificate CN, MQTT
 * client id and topic), so it is restricted to characters that are safe in all three. The
 * enrollment token is kept only as a hash and is consumed by the enrollment it allows.
 */
@Entity
@Table(name = "device")
@NamedQuery(name = "Device.ofAsset", query = "SELECT d FROM Device d WHERE d.assetId = :assetId ORDER BY d.createdAt")
public class Device extends TenantOwned {

    /** An enrollment token is valid this long after it was issued. */
    public static final Duration ENROLLMENT_VALIDITY = Duration.ofHours(24);

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    @Id
    @Column(length = 64)
    private String id;

    @Column(name = "asset_id", nullable = false, length = 36)
    private String assetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeviceState state;

    @Column(name = "enrollment_token_hash", length = 64)
    private String enrollmentTokenHash;

    @Column(name = "enrollment_expires_at")
    private Instant enrollmentExpiresAt;

    /** The enrollment group the device proved its identity through; null for Tresor's own token enrollment. */
    @Column(name = "enrollment_group_id", length = 36)
    private String enrollmentGroupId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Device() {
    }

    public Device(String id, String tenantId, String assetId, Instant now) {
        super(tenantId);
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A device id has 1 to 64 letters, digits, dots, dashes or underscores"
                    + " and starts with a letter or digit");
        }
        this.id = id;
        this.assetId = Objects.requireNonNull(assetId, "assetId");
        this.state = DeviceState.REGISTERED;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.changedAt = now;
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Replaces any earlier token; the token itself is shown once and never stored. */
    public void issueEnrollmentToken(String tokenHash, Instant now) {
        requireNotFinal();
        this.enrollmentTokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.enrollmentExpiresAt = now.plus(ENROLLMENT_VALIDITY);
    }

    /** Whether the token with this hash may enroll the device now. */
    public boolean acceptsEnrollment(String tokenHash, Instant now) {
        return !state.isFinal() && state != DeviceState.SUSPENDED && enrollmentTokenHash != null
                && enrollmentTokenHash.equals(tokenHash) && now.isBefore(enrollmentExpiresAt);
    }

    /** The certificate is issued: the token is used up. */
    public void enrolled(Instant now) {
        requireNotFinal();
        enrollmentTokenHash = null;
        enrollmentExpiresAt = null;
        if (state == DeviceState.REGISTERED) {
            state = DeviceState.ENROLLED;
        }
        changedAt = now;
    }

    /**
     * The device proved its identity through an enrollment group (a factory certificate or a
     * derived key): it holds a credential now, and belongs to that group from here on.
     *
     * @throws IllegalStateException if the device is revoked or decommissioned, or came through another group
     */
    public void enrolledThrough(String groupId, Instant now) {
        requireNotFinal();
        if (enrollmentGroupId != null && !enrollmentGroupId.equals(groupId)) {
            throw new IllegalStateException("The device belongs to another enrollment group");
        }
        if (enrollmentGroupId == null) {
            enrollmentGroupId = Objects.requireNonNull(groupId, "groupId");
            enrolled(now);
        }
    }

    /** Whether the device may connect or renew its credential now: neither suspended nor final. */
    public boolean acceptsConnection() {
        return state != DeviceState.SUSPENDED && !state.isFinal();
    }

    /** A renewal replaced the device's certificate. */
    public void renewed(Instant now) {
        requireNotFinal();
        changedAt = now;
    }

    /** The device connected with its credential for the first time. */
    public void activated(Instant now) {
        if (state == DeviceState.ENROLLED) {
            state = DeviceState.ACTIVE;
            changedAt = now;
        }
    }

    public void suspend(Instant now) {
        requireNotFinal();
        state = DeviceState.SUSPENDED;
        changedAt = now;
    }

    /** Back to where a suspended device was: active if it ever connected with a credential, else registered. */
    public void resume(boolean hasCredential, Instant now) {
        if (state == DeviceState.SUSPENDED) {
            state = hasCredential ? DeviceState.ACTIVE : DeviceState.REGISTERED;
            changedAt = now;
        }
    }

    public void revoke(Instant now) {
        if (state != DeviceState.DECOMMISSIONED) {
            state = DeviceState.REVOKED;
        }
        enrollmentTokenHash = null;
        enrollmentExpiresAt = null;
        changedAt = now;
    }

    public void decommission(Instant now) {
        state = DeviceState.DECOMMISSIONED;
        enrollmentTokenHash = null;
        enrollmentExpiresAt = null;
        changedAt = now;
    }

    /** The device follows its asset to the asset's new owner. */
    public void movedTo(String newTenantId) {
        changeTenant(newTenantId);
    }

    private void requireNotFinal() {
        if (state.isFinal()) {
            throw new IllegalStateException("The device is " + state.name().toLowerCase() + "; it gets no new credential");
        }
    }

    public String getId() {
        return id;
    }

    public String getAssetId() {
        return assetId;
    }

    public DeviceState getState() {
        return state;
    }

    public String getEnrollmentGroupId() {
        return enrollmentGroupId;
    }

    public Instant getEnrollmentExpiresAt() {
        return enrollmentExpiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Device other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
